import type { Command } from 'commander';

/** Registers one `srm` subcommand on the program. */
export type RegisterCli = (program: Command) => void;

/**
 * A subcommand, loaded only when it runs (or for the full help), so that
 * `srm who` does not pay for the AWS SDK clients `srm check` needs.
 */
export interface LazyCli {
  name: string;
  load(): Promise<RegisterCli>;
}

/** Every `srm` subcommand, one line each (src/cli/<name>.ts). */
export const cliCommands: readonly LazyCli[] = [
  { name: 'audit', load: async () => (await import('./audit.js')).registerAudit },
  { name: 'check', load: async () => (await import('./check.js')).registerCheck },
  { name: 'checks', load: async () => (await import('./checks.js')).registerChecks },
  { name: 'demo', load: async () => (await import('./demo.js')).registerDemo },
  { name: 'remediations', load: async () => (await import('./remediations.js')).registerRemediations },
  { name: 'replay', load: async () => (await import('./replay.js')).registerReplay },
  { name: 'rules', load: async () => (await import('./rules.js')).registerRules },
  { name: 'serve', load: async () => (await import('./serve.js')).registerServe },
  { name: 'who', load: async () => (await import('./who.js')).registerWho },
  { name: 'worker', load: async () => (await import('./worker.js')).registerWorker },
] as const;
