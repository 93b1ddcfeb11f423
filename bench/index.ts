import { ackBench } from './ack.js';
import { checkDigestBench } from './check-digest.js';
import { pipelineBench } from './pipeline.js';
import { remediationsBench } from './remediations.js';
import { replayBench } from './replay.js';
import { rulesBench } from './rules.js';
import { sqsBench } from './sqs.js';
import { whoBench } from './who.js';
/** A benchmark prints its own numbers to stdout; `npm run bench` runs them in order. */
export interface Benchmark {
  name: string;
  run(): Promise<void>;
}

/** Every benchmark, one line each (bench/<name>.ts). */
export const benchmarks: readonly Benchmark[] = [
  replayBench,
  rulesBench,
  whoBench,
  pipelineBench,
  checkDigestBench,
  remediationsBench,
  sqsBench,
  ackBench,
] as const;
