import { Counter, Gauge, Summary } from 'prom-client';
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

/**
 * How long `/srm who` answers took over the last minute: `stage="thread"` is the who thread's own time for the
 * answer (from reading the question to posting the answer: the answer itself, and a warm-up answer it waited for),
 * `stage="round_trip"` the time from handing the question to the thread to having its answer back on the main
 * thread (the thread's time, plus waiting for a core and for either event loop). Their difference is the cost of
 * answering off the main thread.
 */
export const whoAnswerSeconds = new Summary({
  name: 'srm_who_answer_seconds',
  help: 'Time to answer /srm who over the last minute: waiting for the who thread (queue), in it (thread), and round trip from the main thread.',
  labelNames: ['stage'] as const,
  percentiles: [0.5, 0.9, 0.99],
  maxAgeSeconds: 60,
  ageBuckets: 6,
  registers: [registry],
});
