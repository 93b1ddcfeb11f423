import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataHash, inputStats, namesUrl, snapshotUrl, validateData, type KnowledgeSnapshot } from './data.js';

/**
 * `npm run build` runs this after tsc: validates the knowledge data and writes
 * it with the duty search index to dist/src/knowledge/knowledge-snapshot.json,
 * so `srm who` loads it instead of validating and indexing at every start; and
 * the text of every name srm knows beside it (known-names.txt), read when a
 * question quotes a name.
 */
async function main(): Promise<void> {
  process.env.SRM_KNOWLEDGE_SNAPSHOT = 'off';
  const data = await validateData();
  const [{ indexSnapshot }, { catalogueCoverage }, { dutyWords, namesText }] = await Promise.all([import('./rank.js'), import('./coverage.js'), import('./duty-model.js')]);
  const snapshot: KnowledgeSnapshot = { hash: dataHash(), stats: inputStats(), ...data, index: indexSnapshot(), dutyWords: dutyWords(), coverage: await catalogueCoverage() };
  // ASCII only (other characters as \u escapes): reading it back skips the slow UTF-8 decode.
  writeFileSync(snapshotUrl, JSON.stringify(snapshot).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  writeFileSync(namesUrl, `${snapshot.hash}\n${namesText(data)}`);
  process.stderr.write(`knowledge snapshot: ${data.services.length} services, ${data.areas.length} areas, ${data.duties.length} duties -> ${fileURLToPath(snapshotUrl)}\n`);
}

await main();
