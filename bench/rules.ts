import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { readRecords } from '../src/ingest/read.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import type { Rule } from '../src/rules/define-rule.js';
import { createRuleEngine } from '../src/rules/engine.js';
import type { Benchmark } from './index.js';
import { generateCorpus } from './replay.js';

/**
 * The rule engine alone, in process, on the replay benchmark's generated
 * corpus (SRM_BENCH_RULES_MB, default 64): CPU per record with every rule,
 * and with the stateless rules only (what the stateful windows cost). Best of
 * SRM_BENCH_RULES_RUNS (default 8), each with a fresh engine (empty windows).
 */
async function run(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srm-bench-rules-'));
  try {
    const mb = Number(process.env.SRM_BENCH_RULES_MB ?? 64);
    const runs = Number(process.env.SRM_BENCH_RULES_RUNS ?? 8);
    await generateCorpus(dir, mb * 1024 * 1024);
    const records: IngestedRecord[] = [];
    for await (const r of readRecords([dir])) records.push(r);
    const all = rules as readonly Rule[];
    const stateless = all.filter((r) => r.source !== 'cloudtrail' || !r.state);
    for (const [name, list] of [['every rule', all], ['stateless rules only', stateless]] as const) {
      let best = Infinity;
      let alerts = 0;
      for (let k = 0; k < runs; k++) {
        const engine = createRuleEngine({ rules: list });
        const start = process.cpuUsage();
        alerts = 0;
        for (const r of records) alerts += engine.evaluate(r).length;
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      process.stdout.write(
        `${name} (${list.length}): ${best.toFixed(0)} ms CPU for ${records.length} records = ${((best * 1000) / records.length).toFixed(2)} µs/record, ${alerts} alerts (best of ${runs})\n`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const rulesBench: Benchmark = { name: 'rules', run };
