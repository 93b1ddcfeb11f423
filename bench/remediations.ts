import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readRecords } from '../src/ingest/read.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { remediationsForRecord } from '../src/remediations/targets.js';
import type { Benchmark } from './index.js';

/**
 * remediationsForRecord runs for every record that alerts (post-alert stores
 * the offers with the alert): records per second over the public CloudTrail
 * and GuardDuty data in ../shared/data (falling back to samples/), the heap
 * it keeps, and the cold import of the catalogue (every action and the SDK
 * commands it sends) in a fresh node.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const targetsModule = path.resolve(here, '../src/remediations/targets.js');

export const remediationsBench: Benchmark = {
  name: 'remediations',
  async run() {
    const shared = path.resolve(repo, '../shared/data');
    const source = existsSync(shared) ? shared : path.join(repo, 'samples');
    const records: IngestedRecord[] = [];
    for await (const r of readRecords([source])) records.push(r);

    for (let i = 0; i < 2; i++) for (const r of records) remediationsForRecord(r);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let evaluated = 0;
    let offers = 0;
    const start = performance.now();
    while (performance.now() - start < 2000) {
      for (const r of records) offers += remediationsForRecord(r).length;
      evaluated += records.length;
    }
    const ms = performance.now() - start;
    globalThis.gc?.();
    const heapKb = (process.memoryUsage().heapUsed - heapBefore) / 1024;
    process.stdout.write(
      `remediationsForRecord: ${records.length} records from ${path.relative(repo, source) || source}, ${((evaluated / ms) * 1000).toFixed(0)} records/s ` +
        `(${((ms * 1000) / evaluated).toFixed(1)} µs each), ${(offers / (evaluated / records.length)).toFixed(0)} offers per pass, heap kept ${heapKb.toFixed(0)} KiB\n`,
    );

    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(targetsModule).href)}); console.log(performance.now() - t);`], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cold import failed: ${r.stderr}`);
      cold.push(Number(r.stdout.trim()));
    }
    cold.sort((a, b) => a - b);
    process.stdout.write(`cold import of the catalogue (src/remediations/targets.js): median ${cold[2]?.toFixed(0)} ms of 5\n`);
  },
};
