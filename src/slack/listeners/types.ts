import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import type { SlashCommand } from '../define-command.js';

export interface ListenerContext {
  /** The `/srm` subcommands (commands/index.ts unless a test passes its own). */
  commands: readonly SlashCommand[];
}

/** Registers one listener (or a small family) on the app. */
export type RegisterListener = (app: App, deps: Deps, ctx: ListenerContext) => void;
