import { createAwsClients, enabledRegions, getCallerAccount, type AwsClients } from '../aws/clients.js';
import { classifyAwsError } from '../aws/errors.js';
import type { Check } from '../checks/define-check.js';
import { runChecks, type RunTarget } from '../checks/run.js';
import { findChecks } from '../checks/select.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import { UsageError, errorMessage } from '../errors.js';
import { createLogger } from '../logger.js';
import type { RegisterCli } from './index.js';

export interface CheckCommandOptions {
  json?: boolean;
  allRegions?: boolean;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  progress: boolean;
}

/** Exit code by the CLI contract: 1 any fail, 2 any error and no fail, else 0. */
export function exitCodeFor(results: readonly CheckResult[]): number {
  if (results.some((r) => r.status === 'fail')) return 1;
  if (results.some((r) => r.status === 'error')) return 2;
  return 0;
}

/** The `--json` line: the contract's fields in order, extra fields after. */
export function jsonLine(r: CheckResult): string {
  const { check, title, area, owner, controls, account, region, resource, status, detail, ...extra } = r;
  return JSON.stringify({ check, title, area, owner, controls, account, region, resource, status, detail, ...extra });
}

const order: CheckStatus[] = ['fail', 'error', 'pass'];

/** Human-readable report: by status, then area, then check; remediation under failures. */
export function renderReport(results: readonly CheckResult[], checks: readonly Check[]): string {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const status of order) {
    const mine = results.filter((r) => r.status === status);
    if (mine.length === 0) continue;
    lines.push(`${status.toUpperCase()} (${mine.length})`);
    const areas = [...new Set(mine.map((r) => r.area))].sort();
    for (const area of areas) {
      lines.push(`  ${area}`);
      const ids = [...new Set(mine.filter((r) => r.area === area).map((r) => r.check))];
      for (const id of ids) {
        const rs = mine.filter((r) => r.check === id);
        const first = rs[0]!;
        lines.push(`    ${id}: ${first.title} [${first.controls.join(', ')}]`);
        for (const r of rs) lines.push(`      ${r.resource} (${r.region}): ${r.detail}`);
        const check = byId.get(id);
        if (status === 'fail' && check) lines.push(`      fix: ${check.remediation}`);
        // Name the permissions only where the details do not already say which one is missing.
        if (status === 'error' && check && !rs.every((r) => r.detail.includes('missing permission'))) {
          lines.push(`      needs: ${check.permissions.join(', ')}`);
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function credentialsHelp(name: string): string {
  return (
    `no usable AWS credentials (${name}): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ` +
    '(and AWS_SESSION_TOKEN for temporary ones), or AWS_PROFILE, or run where an instance or task role is available'
  );
}

export async function runCheckCommand(ids: readonly string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const checks = findChecks(ids);
  const region = io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION;
  if (!region) throw new UsageError('no AWS region: set AWS_REGION (for example AWS_REGION=us-east-1)');
  const logger = createLogger({ level: io.env.SRM_LOG_LEVEL ?? 'error' });
  const clientsByRegion = new Map<string, AwsClients>();
  const clientsFor = (r: string): AwsClients => {
    let c = clientsByRegion.get(r);
    if (!c) {
      c = createAwsClients({ region: r });
      clientsByRegion.set(r, c);
    }
    return c;
  };

  let account: string;
  try {
    account = await getCallerAccount(clientsFor(region));
  } catch (err) {
    const aws = classifyAwsError(err);
    if (aws.kind === 'credentials') throw new UsageError(credentialsHelp(aws.name));
    io.err(`srm: could not find the account (sts:GetCallerIdentity): ${aws.name}: ${aws.message}\n`);
    return 2;
  }

  let regions = [region];
  if (opts.allRegions && checks.some((c) => c.scope === 'regional')) {
    try {
      const enabled = await enabledRegions(clientsFor(region).ec2);
      regions = [region, ...enabled.filter((r) => r !== region)];
    } catch (err) {
      const aws = classifyAwsError(err);
      io.err(`srm: could not list enabled regions (ec2:DescribeRegions): ${aws.name}; checking ${region} only\n`);
      return finish(await run([region]), 2);
    }
  }
  return finish(await run(regions));

  async function run(rs: string[]): Promise<CheckResult[]> {
    const targets: RunTarget[] = rs.map((r) => ({ account, region: r }));
    return runChecks(checks, targets, (t) => clientsFor(t.region), {
      logger,
      concurrency: 8,
      onResults: (results, done) => {
        if (!io.progress) return;
        const counts = order.map((s) => `${results.filter((r) => r.status === s).length} ${s}`).join(', ');
        const where = done.check.scope === 'global' ? 'global' : done.target.region;
        io.err(`[${done.done}/${done.total}] ${done.check.id} ${where}: ${counts}\n`);
      },
    });
  }

  function finish(results: CheckResult[], floor = 0): number {
    if (opts.json) for (const r of results) io.out(`${jsonLine(r)}\n`);
    else io.out(renderReport(results, checks));
    const counts = order.map((s) => `${results.filter((r) => r.status === s).length} ${s}`).join(', ');
    io.err(`srm: ${checks.length} checks, ${results.length} results (${counts}) for account ${account} in ${regions.join(', ')}\n`);
    return Math.max(exitCodeFor(results), results.some((r) => r.status === 'fail') ? 0 : floor);
  }
}

export const registerCheck: RegisterCli = (program) => {
  program
    .command('check')
    .description('run AWS security checks against the account of the ambient credentials')
    .argument('[ids...]', 'check ids, area ids, service prefixes or "all" (default: all)')
    .option('--json', 'one JSON line per result on stdout')
    .option('--all-regions', 'run regional checks in every enabled region, not only AWS_REGION')
    .action(async (ids: string[], opts: CheckCommandOptions) => {
      try {
        process.exitCode = await runCheckCommand(ids, opts, {
          out: (s) => process.stdout.write(s),
          err: (s) => process.stderr.write(s),
          env: process.env,
          progress: process.stderr.isTTY === true,
        });
      } catch (err) {
        if (err instanceof UsageError) throw err;
        process.stderr.write(`srm: ${errorMessage(err)}\n`);
        process.exitCode = 2;
      }
    });
};
