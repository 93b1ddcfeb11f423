import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { cliCommands } from './cli/index.js';
import { SrmError, UsageError, errorMessage } from './errors.js';

/**
 * The `srm` command line. Each subcommand lives in src/cli/<name>.ts and is
 * listed in src/cli/index.ts. Exit codes are each subcommand's contract;
 * a usage error exits 3 unless the subcommand says otherwise.
 */
/** The version in srm's own package.json (not npm_package_version, which is the invoking project's under npx). */
function packageVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'srm' && pkg.version) return pkg.version;
    } catch {
      // not at this level (source tree vs dist/)
    }
  }
  return 'unknown';
}

export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('srm')
    .description('AWS Shared Responsibility Model for Slack: who owns what, security checks, CloudTrail and GuardDuty alerts.')
    .version(packageVersion())
    .showHelpAfterError()
    .exitOverride();
  // Load only the subcommand being run; help (or an unknown name) loads them all.
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  const only = cliCommands.filter((c) => c.name === first);
  const versionOnly = !first && argv.slice(2).some((a) => a === '-V' || a === '--version');
  if (!versionOnly) for (const c of only.length ? only : cliCommands) (await c.load())(program);
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

