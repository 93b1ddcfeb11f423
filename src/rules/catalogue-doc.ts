import type { Rule } from './define-rule.js';
import { formatDuration, parseDuration } from './duration.js';

/** Markdown for docs/rules.md, from the rules' own metadata (`npm run coverage` writes it; docs.test.ts checks it). */

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '—');

/** What a rule looks at, in a few words. */
export function matchesText(r: Rule): string {
  if (r.source === 'guardduty') return 'every finding';
  if (r.pattern !== undefined) return 'metric filter pattern';
  const when = r.when;
  const names = when?.eventName === undefined ? [] : typeof when.eventName === 'string' ? [when.eventName] : [...when.eventName];
  const parts = [names.length ? names.join(', ') : 'every call'];
  if (when?.success === true) parts.push('(successful calls)');
  if (when?.success === false) parts.push('(failed calls)');
  if (r.match) parts.push('+ match');
  if (r.state) {
    const w = formatDuration(parseDuration(r.state.window));
    parts.push(r.state.kind === 'count' ? `+ ${r.state.threshold} distinct within ${w} (count)` : `+ new within ${w} (first-seen)`);
  }
  return parts.filter(Boolean).join(' ');
}

export function renderCatalogue(rules: readonly Rule[]): string {
  const lines = ['| id | source | severity | area | controls | ATT&CK | matches |', '|---|---|---|---|---|---|---|'];
  for (const r of rules) {
    lines.push(`| \`${r.id}\` | ${r.source} | ${r.severity} | ${r.area} | ${list(r.controls)} | ${list(r.attack)} | ${cell(matchesText(r))} |`);
  }
  return lines.join('\n');
}

export function renderRuleNotes(rules: readonly Rule[]): string {
  const lines = ['| id | known false positives | tune with | GuardDuty findings that overlap |', '|---|---|---|---|'];
  for (const r of rules) {
    const overlap = r.source === 'cloudtrail' ? list(r.guardduty.map((t) => `\`${t}\``)) : '(the findings themselves)';
    lines.push(`| \`${r.id}\` | ${cell(r.falsePositives.join(' '))} | ${cell(r.tuning)} | ${overlap} |`);
  }
  return lines.join('\n');
}
