import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeSortedWords } from './dictionary.js';
import { asciiJson, dataHash, inputStats, namesUrl, proseUrl, snapshotUrl, splitProse, validateData, type KnowledgeSnapshot } from './data.js';

/**
 * `npm run build` runs this after tsc: validates the knowledge data and writes
 * it with the duty search index to dist/src/knowledge/knowledge-snapshot.json
 * (the duties' prose beside it, knowledge-prose.jsonl, read per duty),
 * so `srm who` loads it instead of validating and indexing at every start; and
 * the text of every name srm knows beside it (known-names.txt), read when a
 * question quotes a name.
 */
async function main(): Promise<void> {
  process.env.SRM_KNOWLEDGE_SNAPSHOT = 'off';
  const data = await validateData();
  const [{ indexSnapshot }, { catalogueCoverage }, { dutyWords, namesText }] = await Promise.all([import('./rank.js'), import('./coverage.js'), import('./duty-model.js')]);
  const hash = dataHash();
  const { cores, text, starts } = splitProse(data.duties, hash);
  const snapshot: KnowledgeSnapshot = { hash, stats: inputStats(), ...data, duties: cores, proseStarts: starts, index: indexSnapshot(), dutyWords: dutyWords(), coverage: await catalogueCoverage() };
  writeFileSync(proseUrl, text, 'latin1');
  writeFileSync(snapshotUrl, asciiJson(snapshot));
  writeFileSync(namesUrl, `${snapshot.hash}\n${namesText(data)}`);
  writeSortedWords();
  process.stderr.write(`knowledge snapshot: ${data.services.length} services, ${data.areas.length} areas, ${data.duties.length} duties -> ${fileURLToPath(snapshotUrl)}\n`);
}

await main();
