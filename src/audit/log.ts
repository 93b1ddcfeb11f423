import { z } from 'zod';
import type { RedisScope } from '../router/keys.js';

/**
 * The audit trail: every step people (and srm on their behalf) took on an
 * alert or a remediation, appended to one Redis stream, bounded with
 * MAXLEN ~ (the oldest entries go first). Entries are facts, never secrets.
 */
export const auditActions = [
  'acknowledge',
  'assign',
  'snooze',
  'remediation-request',
  'approval',
  'rejection',
  'refusal',
  'expiry',
  'result',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  /** The stream entry id ("1732356000000-0"): time-ordered and unique. */
  id: string;
  /** ISO 8601. */
  time: string;
  /** The Slack user who acted (or whose request it was, for expiries and results). */
  user: string;
  action: AuditAction;
  /** What was acted on, in words ("alert … (Root user signed in …)", "iam:UpdateAccessKey on access key AKIA… in 123456789012/us-east-1"). */
  target: string;
  /** ok, refused, duplicate, pending-approval, queued, approved, rejected, expired, succeeded, failed … */
  outcome: string;
  /** Why (a refusal's reason, an AWS error, the assignee, the snooze length). */
  detail?: string;
  /** The alert's reference, the remediation request and the remediation id, when there is one. */
  alert?: string;
  request?: string;
  remediation?: string;
  account?: string;
  region?: string;
}

/** Entries kept (approximately: Redis trims whole macro nodes). */
export const auditMaxLen = 100_000;

export function auditKey(prefix: string): string {
  return `${prefix}:srm:audit`;
}

const optionalFields = ['detail', 'alert', 'request', 'remediation', 'account', 'region'] as const;

const entrySchema = z.object({
  time: z.string(),
  user: z.string(),
  action: z.enum(auditActions),
  target: z.string(),
  outcome: z.string(),
  detail: z.string().optional(),
  alert: z.string().optional(),
  request: z.string().optional(),
  remediation: z.string().optional(),
  account: z.string().optional(),
  region: z.string().optional(),
});

/** Long untrusted text is cut so one entry stays small. */
function cap(s: string, n = 2000): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'time'> & { time?: string };

/** Appends one entry; returns its stream id. */
export async function appendAudit(scope: RedisScope, entry: NewAuditEntry): Promise<string> {
  const fields: string[] = ['time', entry.time ?? new Date().toISOString(), 'user', cap(entry.user, 100), 'action', entry.action, 'target', cap(entry.target), 'outcome', cap(entry.outcome, 100)];
  for (const f of optionalFields) {
    const v = entry[f];
    if (v !== undefined && v !== '') fields.push(f, cap(v));
  }
  const id = await scope.redis.xadd(auditKey(scope.prefix), 'MAXLEN', '~', String(auditMaxLen), '*', ...fields);
  return id ?? '';
}

function parse(id: string, raw: string[]): AuditEntry | undefined {
  const doc: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) doc[raw[i]!] = raw[i + 1]!;
  const parsed = entrySchema.safeParse(doc);
  return parsed.success ? { id, ...parsed.data } : undefined;
}

export interface ReadAuditOptions {
  /** Only entries at or after this time. */
  since?: Date;
  /** At most this many: the oldest ones from `since`, or the newest ones without it. */
  limit?: number;
}

/**
 * Entries oldest first: from `since` onwards (at most `limit`), or without
 * `since` the latest `limit` (default 20).
 */
export async function readAudit(scope: RedisScope, options: ReadAuditOptions = {}): Promise<AuditEntry[]> {
  const key = auditKey(scope.prefix);
  let rows: [string, string[]][];
  if (options.since) {
    const start = String(Math.max(0, options.since.getTime()));
    rows = options.limit ? await scope.redis.xrange(key, start, '+', 'COUNT', options.limit) : await scope.redis.xrange(key, start, '+');
  } else {
    rows = (await scope.redis.xrevrange(key, '+', '-', 'COUNT', options.limit ?? 20)).reverse();
  }
  return rows.map(([id, raw]) => parse(id, raw)).filter((e): e is AuditEntry => e !== undefined);
}

/** Every entry from `since` (or the start), in pages, oldest first: for `srm audit` over a long trail. */
export async function* scanAudit(scope: RedisScope, since?: Date, page = 1000): AsyncGenerator<AuditEntry> {
  const key = auditKey(scope.prefix);
  let start = since ? String(Math.max(0, since.getTime())) : '-';
  for (;;) {
    const rows = await scope.redis.xrange(key, start, '+', 'COUNT', page);
    for (const [id, raw] of rows) {
      const e = parse(id, raw);
      if (e) yield e;
    }
    if (rows.length < page) return;
    start = `(${rows[rows.length - 1]![0]}`;
  }
}
