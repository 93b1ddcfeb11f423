import type { Scenario } from '../lib/scenario.js';
import { baseline } from './baseline.js';
import { redisKillAof, redisKillNoPersistence } from './redis-kill.js';

/** Every fault scenario, in the order `npm run test:faults` runs them (one line each). */
export const scenarios: readonly Scenario[] = [
  baseline,
  redisKillAof,
  redisKillNoPersistence,
] as const;
