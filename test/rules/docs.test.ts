import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { renderCatalogue, renderRuleNotes } from '../../src/rules/catalogue-doc.js';
import { readSection } from '../../src/rules/coverage.js';

const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md'), 'utf8');

describe('docs/rules.md', () => {
  it.each(rules.map((r) => [r.id, r] as const))('documents %s with its controls, ATT&CK ids and tuning, and its pattern verbatim', (_id, rule) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
    expect(row, 'catalogue row').toBeDefined();
    expect(row).toContain(`| ${rule.severity} | ${rule.area} |`);
    for (const c of rule.controls) expect(row).toContain(c);
    for (const t of rule.attack) expect(row).toContain(t);
    if (rule.source === 'cloudtrail' && rule.pattern) expect(doc).toContain(rule.pattern);
    expect(doc).toContain(rule.tuning.replace(/\|/g, '\\|'));
  });

  it('has the generated catalogue and notes up to date (npm run coverage)', () => {
    expect(readSection(doc, 'catalogue')).toBe(renderCatalogue(rules));
    expect(readSection(doc, 'rule-notes')).toBe(renderRuleNotes(rules));
  });
});
