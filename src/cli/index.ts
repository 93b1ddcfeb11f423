import type { Command } from 'commander';

/** Registers one `srm` subcommand on the program. */
export type RegisterCli = (program: Command) => void;

/** Every `srm` subcommand, one line each (src/cli/<name>.ts). */
export const cliCommands: readonly RegisterCli[] = [] as const;
