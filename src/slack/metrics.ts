import { Counter } from 'prom-client';
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
