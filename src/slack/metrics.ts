import { Counter, Gauge } from 'prom-client';
import { registry } from '../metrics.js';

/** `/srm` invocations by subcommand and outcome (ok, usage, unknown, error). */
export const slashCommandsTotal = new Counter({
  name: 'srm_slack_commands_total',
  help: 'Slash command invocations by subcommand and outcome.',
  labelNames: ['subcommand', 'outcome'] as const,
  registers: [registry],
});

/** Block actions handled, by action id and outcome. */
export const slackActionsTotal = new Counter({
  name: 'srm_slack_actions_total',
  help: 'Block actions handled by action id and outcome.',
  labelNames: ['action', 'outcome'] as const,
  registers: [registry],
});

/**
 * 1 once every who thread has finished its one-pass warm-up (who-worker.ts), 0 while one still warms up; absent
 * without warm-up. Until then the threads answer the duties' own phrases while idle, a core's worth of CPU.
 */
export const whoWarmupDone = new Gauge({
  name: 'srm_who_warmup_done',
  help: 'Whether every who thread has finished its warm-up (1) or one still warms up (0).',
  registers: [registry],
});
