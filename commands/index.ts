import type { SlashCommand } from '../src/slack/define-command.js';
import { help } from './help.js';
import { who } from './who.js';
import { check } from './check.js';
import { checksCommand } from './checks.js';
import { rulesCommand } from './rules.js';
import { status } from './status.js';
import { alertsCommand } from './alerts.js';
import { auditCommand } from './audit.js';

/** Every `/srm` subcommand, one line each (commands/<name>.ts). */
export const commands: readonly SlashCommand[] = [
  help,
  who,
  check,
  checksCommand,
  rulesCommand,
  status,
  alertsCommand,
  auditCommand,
] as const;
