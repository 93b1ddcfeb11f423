import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { coverageTotals, measureNoise, measureStratus, readSection, renderCoverage, renderNoise, replaceSection, stratusTechniques } from '../../src/rules/coverage.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(root, '../shared/data');
const doc = readFileSync(path.join(root, 'docs/rules.md'), 'utf8');

describe('Stratus Red Team coverage (docs/rules.md, npm run coverage)', () => {
  it('detects every technique with a rule written for it, never only the generic unauthorized-call rule', async () => {
    const rows = await measureStratus(path.join(dataDir, 'cloudtrail/stratus-red-team-detonation-logs'), rules);
    expect(rows).toHaveLength(35);
    expect(Object.keys(stratusTechniques).sort()).toEqual(rows.map((r) => r.technique).sort());
    const missed = rows.filter((r) => r.specific.length === 0).map((r) => r.technique);
    expect(missed).toEqual([]);
    expect(coverageTotals(rows)).toEqual({ detected: 35, total: 35 });
    for (const r of rows) {
      expect(r.specific, r.technique).not.toContain('cloudtrail-unauthorized-api-calls');
      expect(r.attack.length, r.technique).toBeGreaterThan(0);
      for (const id of r.attack) expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
    expect(readSection(doc, 'coverage'), 'run npm run coverage').toBe(renderCoverage(rows));
  });

  it('keeps the noise table in docs/rules.md current', async () => {
    const cis = new Set(rules.filter((r) => r.source === 'cloudtrail' && r.pattern !== undefined).map((r) => r.id));
    expect(readSection(doc, 'noise'), 'run npm run coverage').toBe(renderNoise(await measureNoise(dataDir, rules), cis));
  });

  it('rewrites only between its markers', () => {
    const text = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb';
    expect(replaceSection(text, 'x', 'new')).toBe('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb');
    expect(readSection(replaceSection(text, 'x', 'new'), 'x')).toBe('new');
    expect(() => replaceSection('no markers', 'x', 'new')).toThrow(/markers/);
  });
});
