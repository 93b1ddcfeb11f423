import { Redis } from 'ioredis';
import { scanAudit, type AuditEntry } from '../audit/log.js';
import { SrmError, UsageError, errorMessage } from '../errors.js';
import { queuePrefix } from '../queue/connection.js';
import { stripControls } from '../slack/escape.js';
import type { RegisterCli } from './index.js';

const units: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `--since`: an ISO 8601 time ("2026-11-23", "2026-11-23T10:00:00Z") or a span back from now ("30m", "24h", "7d", "2w"). */
export function parseSince(raw: string, now = Date.now()): Date {
  const span = /^(\d{1,6})([mhdw])$/.exec(raw.trim());
  if (span) return new Date(now - Number(span[1]) * units[span[2]!]!);
  if (/^\d{4}-\d\d-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(raw.trim())) {
    const t = Date.parse(raw.trim());
    if (Number.isFinite(t)) return new Date(t);
  }
  throw new UsageError(`--since: expected a time like 2026-11-23T10:00:00Z or a span like 30m, 24h, 7d, got "${raw}"`);
}

/** One entry as a terminal line; every field is untrusted text (control and bidi characters dropped). */
export function auditText(e: AuditEntry): string {
  const clean = (s: string) => stripControls(s).replace(/\s+/g, ' ');
  const detail = e.detail ? `  (${clean(e.detail)})` : '';
  return `${e.time}  ${clean(e.user)}  ${e.action}  ${clean(e.target)}  -> ${clean(e.outcome)}${detail}`;
}

/** The JSON line of an entry: at least time, user, action, target, outcome (the contract), then what else it has. */
export function auditJson(e: AuditEntry): string {
  const { id, time, user, action, target, outcome, ...rest } = e;
  return JSON.stringify({ time, user, action, target, outcome, ...rest, id });
}

export interface AuditCliOptions {
  json?: boolean;
  since?: string;
}

/** Prints the audit trail from Redis (REDIS_URL, SRM_QUEUE_PREFIX) oldest first; returns how many entries. */
export async function printAudit(opts: AuditCliOptions, env: NodeJS.ProcessEnv = process.env, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const since = opts.since === undefined ? undefined : parseSince(opts.since);
  const prefix = queuePrefix(env);
  const url = env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    try {
      await redis.connect();
    } catch (err) {
      throw new SrmError('redis-unavailable', `cannot reach Redis at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${errorMessage(err)}; set REDIS_URL`);
    }
    let n = 0;
    let buffered = '';
    for await (const e of scanAudit({ redis, prefix }, since)) {
      buffered += `${opts.json ? auditJson(e) : auditText(e)}\n`;
      n += 1;
      if (buffered.length > 64_000) {
        write(buffered);
        buffered = '';
      }
    }
    write(buffered);
    return n;
  } finally {
    redis.disconnect();
  }
}

export const registerAudit: RegisterCli = (program) => {
  program
    .command('audit')
    .description('print the audit trail: acknowledgements, assignments, snoozes, remediation requests, approvals, refusals, expiries and results (from Redis: REDIS_URL, SRM_QUEUE_PREFIX)')
    .option('--json', 'one JSON object per line on stdout: time, user, action, target, outcome (and detail, alert, request, remediation, account, region when known)')
    .option('--since <time>', 'only entries from this time: ISO 8601 (2026-11-23T10:00:00Z) or a span back from now (30m, 24h, 7d)')
    .action(async (opts: AuditCliOptions) => {
      const n = await printAudit(opts);
      process.stderr.write(`${n} audit entr${n === 1 ? 'y' : 'ies'}${opts.since ? ` since ${parseSince(opts.since).toISOString()}` : ''}\n`);
    });
};
