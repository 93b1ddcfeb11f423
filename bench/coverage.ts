import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { renderCatalogue, renderRuleNotes } from '../src/rules/catalogue-doc.js';
import { coverageTotals, measureNoise, measureStratus, per10k, renderCoverage, renderNoise, replaceSection } from '../src/rules/coverage.js';

/**
 * `npm run coverage`: writes the rule catalogue and its notes, replays each
 * Stratus Red Team technique log and the benign corpus in ../shared/data, and
 * writes those tables into docs/rules.md (between its markers); prints the totals.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.SRM_DATA_DIR ?? path.resolve(root, '../shared/data');
const docPath = path.join(root, 'docs/rules.md');

const coverage = await measureStratus(path.join(dataDir, 'cloudtrail/stratus-red-team-detonation-logs'), rules);
const noise = await measureNoise(dataDir, rules);
const cis = new Set(rules.filter((r) => r.source === 'cloudtrail' && r.pattern !== undefined).map((r) => r.id));

let doc = readFileSync(docPath, 'utf8');
doc = replaceSection(doc, 'catalogue', renderCatalogue(rules));
doc = replaceSection(doc, 'rule-notes', renderRuleNotes(rules));
doc = replaceSection(doc, 'coverage', renderCoverage(coverage));
doc = replaceSection(doc, 'noise', renderNoise(noise, cis));
writeFileSync(docPath, doc);

const t = coverageTotals(coverage);
const all = noise.readOnly.alerts + noise.changes.alerts;
const records = noise.readOnly.records + noise.changes.records;
process.stdout.write(
  `${t.detected}/${t.total} techniques detected by a specific rule\n` +
    `benign corpus: ${records} records, ${all} alerts = ${per10k(all, records)} per 10,000 ` +
    `(read-only ${per10k(noise.readOnly.alerts, noise.readOnly.records)}, routine changes ${per10k(noise.changes.alerts, noise.changes.records)})\n` +
    `docs/rules.md updated\n`,
);
