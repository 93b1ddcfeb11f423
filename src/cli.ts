import { Command, CommanderError } from 'commander';
import { cliCommands } from './cli/index.js';
import { SrmError, UsageError, errorMessage } from './errors.js';

/**
 * The `srm` command line. Each subcommand lives in src/cli/<name>.ts and is
 * listed in src/cli/index.ts. Exit codes are each subcommand's contract;
 * a usage error exits 3 unless the subcommand says otherwise.
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('srm')
    .description('AWS Shared Responsibility Model for Slack: who owns what, security checks, CloudTrail and GuardDuty alerts.')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError()
    .exitOverride();
  // Load only the subcommand being run; help (or an unknown name) loads them all.
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  const only = cliCommands.filter((c) => c.name === first);
  for (const c of only.length ? only : cliCommands) (await c.load())(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 3;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`srm: ${err.message}\n`);
      return 3;
    }
    if (err instanceof SrmError) {
      process.stderr.write(`srm: ${err.message} (${err.code})\n`);
      return 1;
    }
    process.stderr.write(`srm: ${errorMessage(err)}\n`);
    return 1;
  }
}

