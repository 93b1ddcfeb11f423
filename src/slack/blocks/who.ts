import type { KnownBlock, Button } from '@slack/types';
import type { CommandReply } from '../define-command.js';
import { escapeMrkdwn, inlineCode, truncate, userMention } from '../escape.js';
import { actionIds } from '../ids.js';

/**
 * The shape `srm who --json` prints (DESIGN.md), as far as the renderer needs it.
 * Checks, rules and suggestions may be ids or objects with an id/title.
 */
export type WhoItem = string | { id?: string; title?: string; name?: string; question?: string };

export interface WhoKnownAnswer {
  owner: 'aws' | 'customer' | 'shared';
  service: { id: string; name: string; model?: string } | null;
  area: { id: string; name: string } | null;
  /** The documented duty the question is about. */
  duty?: { id: string; name: string };
  /** The settings that flip the duty's owner; `stated` marks the one the question gave. */
  conditions?: { when: string; owner: 'aws' | 'customer' | 'shared'; default?: boolean; stated?: boolean }[];
  /** A question about how a task is split: each part with its owner. */
  parts?: { duty: { id: string; name: string }; owner: 'aws' | 'customer' | 'shared' }[];
  summary: string;
  why?: string;
  awsResponsibilities?: string[];
  customerActions: string[];
  checks: WhoItem[];
  rules: WhoItem[];
  sources: { title: string; url: string }[];
  notes?: string[];
  byOwner?: Record<string, WhoItem[]>;
  byModel?: Record<string, unknown>;
}

export interface WhoUnknownAnswer {
  owner: 'unknown';
  suggestions: WhoItem[];
  reason?: string;
  /** Area-only questions: the owner per service model, with example services. */
  byModel?: Record<string, unknown>;
  area?: { id: string; name: string };
}

export type WhoAnswer = WhoKnownAnswer | WhoUnknownAnswer;

export interface WhoRenderOptions {
  question: string;
  /** Set when posted in a channel through "Share in channel": who shared it, and no share button. */
  sharedBy?: string;
}

/** Why an answer is what it is (`srm who --explain`), as far as the renderer needs it. */
export interface WhoExplanation {
  service: { id: string; words: string[] } | null;
  choice: { kind: string; id: string; name: string; words: string[]; score: number } | null;
  runnerUp: { kind: string; id: string; name: string; owner: string; score: number } | null;
  coverage: number | null;
  setting: { when: string; words: string } | null;
}

export const ownerBadges = {
  aws: { emoji: ':cloud:', label: 'AWS' },
  customer: { emoji: ':bust_in_silhouette:', label: 'Customer' },
  shared: { emoji: ':handshake:', label: 'Shared (AWS and customer)' },
} as const;

function itemText(item: WhoItem): string {
  if (typeof item === 'string') return item;
  return item.question ?? item.title ?? item.name ?? item.id ?? '';
}

function itemId(item: WhoItem): string {
  if (typeof item === 'string') return item;
  return item.id ?? item.title ?? item.name ?? '';
}

/** Ids as code spans, at most `max` of them, then "+N more" (so a span is never cut). */
function idList(items: readonly WhoItem[], max = 20): string {
  const shown = items.slice(0, max).map((i) => inlineCode(itemId(i), 120));
  return items.length > max ? `${shown.join(' ')} +${items.length - max} more` : shown.join(' ');
}

function bullets(items: readonly string[], limit = 3000): string {
  return truncate(items.map((i) => `• ${escapeMrkdwn(i)}`).join('\n'), limit);
}

function mrkdwnSection(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } };
}

/** A link to a trusted source; the title is escaped, the url restricted to http(s) without mrkdwn delimiters. */
function link(source: { title: string; url: string }): string {
  const title = escapeMrkdwn(source.title, { limit: 200, neutraliseFormatting: false }).replace(/\|/g, '¦');
  if (!/^https?:\/\/[^\s<>|]+$/.test(source.url)) return title;
  return `<${source.url}|${title}>`;
}

/** The three service models of AWS's "Shared Responsibility Model" whitepaper. */
const modelLabels: Record<string, string> = {
  infrastructure: 'Infrastructure services',
  container: 'Container services',
  abstracted: 'Abstracted services',
};

/** "By service model" lines from `{ model: owner }` or `{ model: { owner, examples } }`. */
function byModelSection(byModel: Record<string, unknown> | undefined): KnownBlock | undefined {
  if (!byModel) return undefined;
  const lines = Object.entries(byModel).map(([model, value]) => {
    const v = typeof value === 'object' && value !== null ? (value as { owner?: unknown; examples?: unknown }) : { owner: value };
    const owner = String(v.owner);
    const label = ownerBadges[owner as keyof typeof ownerBadges]?.label ?? owner;
    const examples = Array.isArray(v.examples) && v.examples.length > 0 ? ` (e.g. ${v.examples.slice(0, 4).map((e) => escapeMrkdwn(String(e))).join(', ')})` : '';
    return `• ${escapeMrkdwn(modelLabels[model] ?? model)}: *${escapeMrkdwn(label)}*${examples}`;
  });
  return lines.length > 0 ? mrkdwnSection(`*By service model*\n${lines.join('\n')}`) : undefined;
}

/** "Who owns it depends on a setting": each setting with its owner, the stated one marked. */
function conditionsSection(conditions: WhoKnownAnswer['conditions']): KnownBlock | undefined {
  if (!conditions || conditions.length === 0) return undefined;
  const lines = conditions.map((c) => {
    const label = ownerBadges[c.owner]?.label ?? c.owner;
    const marks = [c.stated ? 'your setting' : '', c.default ? "AWS's default" : ''].filter(Boolean).join(', ');
    return `${c.stated ? ':point_right:' : '•'} ${escapeMrkdwn(c.when)}: *${escapeMrkdwn(label)}*${marks ? ` _(${marks})_` : ''}`;
  });
  return mrkdwnSection(`*Depends on the setting*\n${lines.join('\n')}`);
}

function partsSection(parts: WhoKnownAnswer['parts']): KnownBlock | undefined {
  if (!parts || parts.length === 0) return undefined;
  const lines = parts.map((x) => `• ${escapeMrkdwn(x.duty.name)}: *${escapeMrkdwn(ownerBadges[x.owner]?.label ?? x.owner)}*`);
  return mrkdwnSection(`*Split between*\n${lines.join('\n')}`);
}

function explainButton(question: string): Button {
  return {
    type: 'button',
    action_id: actionIds.whoExplain,
    text: { type: 'plain_text', text: 'Why this answer?', emoji: true },
    value: truncate(question, 2000),
  };
}

/** Block Kit for "Why this answer?": the service and duty found, the words that chose them, the runner-up. */
export function renderWhoExplanation(question: string, owner: string, explain: WhoExplanation | undefined): CommandReply {
  const lines: string[] = [`*Question* _${escapeMrkdwn(question, { limit: 500 })}_ → *${escapeMrkdwn(ownerBadges[owner as keyof typeof ownerBadges]?.label ?? owner)}*`];
  if (!explain) lines.push('Answered from the question grammar (area and service words), not from a documented duty.');
  else {
    lines.push(explain.service ? `*Service* ${inlineCode(explain.service.id, 60)} from ${explain.service.words.map((w) => `"${escapeMrkdwn(w, { limit: 60 })}"`).join(', ')}` : '*Service* none named');
    if (explain.choice) lines.push(`*${explain.choice.kind === 'duty' ? 'Duty' : 'Area'}* ${escapeMrkdwn(explain.choice.name)} (${inlineCode(explain.choice.id, 80)}) from ${explain.choice.words.map((w) => `"${escapeMrkdwn(w, { limit: 60 })}"`).join(', ') || 'no words'}, score ${explain.choice.score}${explain.coverage !== null ? `, ${Math.round(explain.coverage * 100)}% of the question's meaningful words` : ''}`);
    if (explain.setting) lines.push(`*Setting* ${escapeMrkdwn(explain.setting.when)} from "${escapeMrkdwn(explain.setting.words, { limit: 100 })}"`);
    lines.push(explain.runnerUp ? `*Runner-up* ${escapeMrkdwn(explain.runnerUp.name)} (${escapeMrkdwn(explain.runnerUp.owner)}), score ${explain.runnerUp.score}` : '*Runner-up* none with another owner');
  }
  return { text: 'Why this answer', blocks: [mrkdwnSection(lines.join('\n'))], responseType: 'ephemeral' };
}

function shareButton(question: string): Button {
  return {
    type: 'button',
    action_id: actionIds.shareWhoAnswer,
    text: { type: 'plain_text', text: 'Share in channel', emoji: true },
    value: truncate(question, 2000),
  };
}

function questionLine(options: WhoRenderOptions): string {
  const q = escapeMrkdwn(options.question, { limit: 500 });
  const by = userMention(options.sharedBy);
  return by ? `${by} asked: _${q}_` : `_${q}_`;
}

function renderKnown(answer: WhoKnownAnswer, options: WhoRenderOptions): CommandReply {
  const badge = ownerBadges[answer.owner];
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`${badge.label} responsibility`, 150), emoji: true } },
    mrkdwnSection(`${badge.emoji} *${badge.label}*  ${questionLine(options)}\n${escapeMrkdwn(answer.summary)}`),
  ];
  const fields: { type: 'mrkdwn'; text: string }[] = [];
  if (answer.service) {
    const model = answer.service.model ? ` (${escapeMrkdwn(answer.service.model)})` : '';
    fields.push({ type: 'mrkdwn', text: truncate(`*Service*\n${escapeMrkdwn(answer.service.name)}${model}`, 2000) });
  }
  if (answer.duty) fields.push({ type: 'mrkdwn', text: truncate(`*Duty*\n${escapeMrkdwn(answer.duty.name)}`, 2000) });
  if (answer.area) fields.push({ type: 'mrkdwn', text: truncate(`*Area*\n${escapeMrkdwn(answer.area.name)}`, 2000) });
  if (fields.length > 0) blocks.push({ type: 'section', fields });
  const parts = partsSection(answer.parts);
  if (parts) blocks.push(parts);
  const conditions = conditionsSection(answer.conditions);
  if (conditions) blocks.push(conditions);
  if (answer.why) blocks.push(mrkdwnSection(`*Why*\n${escapeMrkdwn(answer.why)}`));
  if (answer.notes && answer.notes.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(answer.notes.map((n) => `:information_source: ${escapeMrkdwn(n)}`).join('\n'), 3000) }] });
  if (answer.awsResponsibilities && answer.awsResponsibilities.length > 0) {
    blocks.push(mrkdwnSection(`*What AWS does*\n${bullets(answer.awsResponsibilities, 2900)}`));
  }
  if (answer.customerActions.length > 0) {
    blocks.push(mrkdwnSection(`*What you must do*\n${bullets(answer.customerActions, 2900)}`));
  } else if (answer.owner === 'aws') {
    blocks.push(mrkdwnSection('*What you must do*\nNothing for this area: AWS operates it. Keep using the service as documented.'));
  }
  if (answer.byOwner) {
    const lines = Object.entries(answer.byOwner)
      .filter(([, items]) => items.length > 0)
      .map(([owner, items]) => `*${escapeMrkdwn(ownerBadges[owner as keyof typeof ownerBadges]?.label ?? owner)}*: ${items.map((i) => escapeMrkdwn(itemText(i))).join(', ')}`);
    if (lines.length > 0) blocks.push(mrkdwnSection(`*Who owns what for this service*\n${lines.join('\n')}`));
  }
  const models = byModelSection(answer.byModel);
  if (models) blocks.push(models);
  const coverage: string[] = [];
  if (answer.checks.length > 0) coverage.push(`*Checks:* ${idList(answer.checks)}`);
  if (answer.rules.length > 0) coverage.push(`*Rules:* ${idList(answer.rules)}`);
  if (coverage.length > 0) blocks.push({ type: 'context', elements: coverage.map((text) => ({ type: 'mrkdwn', text: truncate(text, 3000) })) });
  if (answer.sources.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`:books: ${answer.sources.slice(0, 10).map(link).join(' · ')}`, 3000) }] });
  }
  if (!options.sharedBy) blocks.push({ type: 'actions', block_id: 'srm-who-actions', elements: [shareButton(options.question), explainButton(options.question)] });
  const where = answer.service ? ` for ${answer.service.name}` : '';
  const area = answer.area ? `${answer.area.name}${where}` : answer.service?.name ?? 'this';
  return {
    text: truncate(`${badge.label}: ${escapeMrkdwn(area)}. ${escapeMrkdwn(answer.summary)}`, 3000),
    blocks,
    responseType: options.sharedBy ? 'in_channel' : 'ephemeral',
  };
}

function renderUnknown(answer: WhoUnknownAnswer, options: WhoRenderOptions): CommandReply {
  const reason = answer.reason ? escapeMrkdwn(answer.reason) : 'Name an AWS service and a topic, for example _who patches the database engine on rds_.';
  const blocks: KnownBlock[] = [mrkdwnSection(`:grey_question: I can't tell who owns that: ${questionLine(options)}\n${reason}`)];
  const models = byModelSection(answer.byModel);
  if (models) blocks.push(models);
  const suggestions = answer.suggestions.map(itemText).filter((s) => s.length > 0).slice(0, 5);
  if (suggestions.length > 0) {
    blocks.push(mrkdwnSection('*Did you mean…*'));
    blocks.push({
      type: 'actions',
      block_id: 'srm-who-suggestions',
      elements: suggestions.map((s, i) => ({
        type: 'button',
        action_id: `${actionIds.whoSuggestion}:${i}`,
        text: { type: 'plain_text', text: truncate(s, 75), emoji: false },
        value: truncate(s, 2000),
      })),
    });
  }
  return { text: "I can't tell who owns that.", blocks, responseType: 'ephemeral' };
}

/** Block Kit for a `/srm who` answer: owner badge, why, actions, coverage, sources, share button. */
export function renderWhoAnswer(answer: WhoAnswer, options: WhoRenderOptions): CommandReply {
  return answer.owner === 'unknown' ? renderUnknown(answer, options) : renderKnown(answer, options);
}
