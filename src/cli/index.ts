import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerChecks } from './checks.js';
import { registerDemo } from './demo.js';
import { registerReplay } from './replay.js';
import { registerRules } from './rules.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';
import { registerWho } from './who.js';

/** Registers one `srm` subcommand on the program. */
export type RegisterCli = (program: Command) => void;

/** Every `srm` subcommand, one line each (src/cli/<name>.ts). */
export const cliCommands: readonly RegisterCli[] = [
  registerCheck,
  registerChecks,
  registerReplay,
  registerRules,
  registerServe,
  registerDemo,
  registerWorker,
  registerWho,
] as const;
