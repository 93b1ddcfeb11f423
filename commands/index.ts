import type { SlashCommand } from '../src/slack/define-command.js';

/** Every `/srm` subcommand, one line each (commands/<name>.ts). */
export const commands: readonly SlashCommand[] = [] as const;
