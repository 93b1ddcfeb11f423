import type { Scenario } from '../lib/scenario.js';
import { awsFaults } from './aws-faults.js';
import { clusterScaleOut } from './cluster.js';
import { hostileConfig } from './hostile-config.js';
import { hostileRecords } from './hostile-records.js';
import { hostileSlack } from './hostile-slack.js';
import { baseline } from './baseline.js';
import { serveRestart, workerKill } from './process-faults.js';
import { slackStorm } from './slack-storm.js';
import { redisKillAof, redisKillNoPersistence } from './redis-kill.js';

/** Every fault scenario, in the order `npm run test:faults` runs them (one line each). */
export const scenarios: readonly Scenario[] = [
  baseline,
  redisKillAof,
  redisKillNoPersistence,
  workerKill,
  serveRestart,
  slackStorm,
  awsFaults,
  clusterScaleOut,
  hostileConfig,
  hostileRecords,
  hostileSlack,
] as const;
