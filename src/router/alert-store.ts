import { z } from 'zod';
import { severities, severityRank, type Alert, type Severity } from '../rules/types.js';
import { routedAlertSchema } from './alert-schema.js';
import { asEventAlert, type EventAlert } from './event-alert.js';
import { alertRef, routerKeys, type RedisScope } from './keys.js';
import { evalScript } from '../redis-script.js';

/** How many posted alerts are kept (App Home and `/srm alerts` show the open ones). */
export const recentAlertsKept = 500;
/** A posted alert's record and what people did with it are kept this long. */
export const alertTtlSeconds = 30 * 24 * 3600;

export const snoozeDurations = {
  '1h': { seconds: 3600, label: '1 hour' },
  '1d': { seconds: 24 * 3600, label: '1 day' },
  '7d': { seconds: 7 * 24 * 3600, label: '7 days' },
} as const;
export type SnoozeDuration = keyof typeof snoozeDurations;

export interface Acknowledgement {
  by: string;
  at: string;
}
export interface Assignment {
  to: string;
  by: string;
  at: string;
}
export interface SnoozeMark {
  by: string;
  at: string;
  until: string;
  duration: SnoozeDuration;
}

export const remediationStates = ['pending-approval', 'queued', 'running', 'succeeded', 'failed', 'rejected', 'expired'] as const;
export type RemediationState = (typeof remediationStates)[number];

/** The latest remediation of an alert, as its message shows it. */
export interface RemediationMark {
  requestId: string;
  remediationId: string;
  title: string;
  call: string;
  resource: string;
  state: RemediationState;
  approval: 'single' | 'four-eyes';
  requestedBy: string;
  requestedAt: string;
  expiresAt?: string;
  approvedBy?: string;
  rejectedBy?: string;
  decidedAt?: string;
  finishedAt?: string;
  /** What AWS did (success) or the error in plain words (failure). */
  summary?: string;
}

/** Alerts from the other source about this alert's principal, folded into its thread. */
export interface LinkedMark {
  count: number;
  source: 'cloudtrail' | 'guardduty';
  /** The principal key that linked them (src/rules/principal.ts). */
  principal: string;
  /** The highest severity among them. */
  severity: Severity;
}

/** What people did with an alert; each part is set on its own (no read-modify-write races). */
export interface AlertLifecycle {
  acknowledged?: Acknowledgement;
  assigned?: Assignment;
  snoozed?: SnoozeMark;
  remediation?: RemediationMark;
  /** Times the lead rule fired for this actor (thread parent), when more than once. */
  seen?: number;
  /** The other source's alerts about its principal in its thread. */
  linked?: LinkedMark;
}

/** "closed" once a remediation succeeded; everything else is open (acknowledged or not). */
export type AlertState = 'open' | 'closed';

/** A posted alert: where it is, what it says and what people did with it. */
export interface StoredAlert {
  ref: string;
  alert: EventAlert;
  channel: string;
  ts: string;
  permalink: string | null;
  state: AlertState;
  postedAt: string;
  life: AlertLifecycle;
}

const recordSchema = z.object({
  alert: routedAlertSchema,
  channel: z.string(),
  ts: z.string(),
  permalink: z.string().nullable(),
  postedAt: z.string(),
});

const lifeSchemas = {
  ack: z.object({ by: z.string(), at: z.string() }),
  assign: z.object({ to: z.string(), by: z.string(), at: z.string() }),
  snooze: z.object({ by: z.string(), at: z.string(), until: z.string(), duration: z.enum(Object.keys(snoozeDurations) as [SnoozeDuration]) }),
  remediation: z
    .object({
      requestId: z.string(),
      remediationId: z.string(),
      title: z.string(),
      call: z.string(),
      resource: z.string(),
      state: z.enum(remediationStates),
      approval: z.enum(['single', 'four-eyes']),
      requestedBy: z.string(),
      requestedAt: z.string(),
      expiresAt: z.string().optional(),
      approvedBy: z.string().optional(),
      rejectedBy: z.string().optional(),
      decidedAt: z.string().optional(),
      finishedAt: z.string().optional(),
      summary: z.string().optional(),
    }),
  linked: z.object({ count: z.number().int().min(1), source: z.enum(['cloudtrail', 'guardduty']), principal: z.string().min(1), severity: z.enum(severities) }),
};

function parseField<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function lifeOf(h: Record<string, string>): AlertLifecycle {
  const life: AlertLifecycle = {};
  const ack = parseField(lifeSchemas.ack, h.ack);
  const assign = parseField(lifeSchemas.assign, h.assign);
  const snooze = parseField(lifeSchemas.snooze, h.snooze);
  const remediation = parseField(lifeSchemas.remediation, h.remediation);
  if (ack) life.acknowledged = ack;
  if (assign) life.assigned = assign;
  if (snooze) life.snoozed = snooze;
  if (remediation) life.remediation = remediation;
  if (h.seen && Number(h.seen) > 1) life.seen = Number(h.seen);
  const linked = lifeSchemas.linked.safeParse({ count: Number(h.linked), source: h.linkedSource, principal: h.linkedPrincipal, severity: h.linkedSeverity });
  if (linked.success) life.linked = linked.data;
  return life;
}

function stored(ref: string, raw: string | null, life: Record<string, string>): StoredAlert | undefined {
  if (!raw) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = recordSchema.safeParse(doc);
  if (!parsed.success) return undefined;
  const l = lifeOf(life);
  return {
    ref,
    ...parsed.data,
    alert: asEventAlert(parsed.data.alert),
    life: l,
    state: l.remediation?.state === 'succeeded' ? 'closed' : 'open',
  };
}

/** Records a posted alert; the list is capped and older records (and what was done with them) go with it. */
export async function recordPostedAlert(scope: RedisScope, entry: { alert: Alert | EventAlert; channel: string; ts: string; permalink: string | null; postedAt?: string }): Promise<string> {
  const k = routerKeys(scope.prefix);
  const ref = alertRef(entry.alert);
  const doc = { alert: entry.alert, channel: entry.channel, ts: entry.ts, permalink: entry.permalink, postedAt: entry.postedAt ?? new Date().toISOString() };
  const dropped = await scope.redis
    .multi()
    .set(k.alert(ref), JSON.stringify(doc), 'EX', alertTtlSeconds)
    .lrem(k.recent(), 0, ref)
    .lpush(k.recent(), ref)
    .lrange(k.recent(), recentAlertsKept, -1)
    .ltrim(k.recent(), 0, recentAlertsKept - 1)
    .exec();
  const old = (dropped?.[3]?.[1] as string[] | undefined) ?? [];
  if (old.length) await scope.redis.del(...old.flatMap((o) => [k.alert(o), k.alertLife(o)]));
  return ref;
}

/** A stored alert by its reference, or by the alert itself. */
export async function getStoredAlert(scope: RedisScope, which: string | { source: string; dedupKey: string }): Promise<StoredAlert | undefined> {
  const ref = typeof which === 'string' ? which : alertRef(which);
  const k = routerKeys(scope.prefix);
  const [raw, life] = await Promise.all([scope.redis.get(k.alert(ref)), scope.redis.hgetall(k.alertLife(ref))]);
  return stored(ref, raw, life);
}

/** Open before closed; unacknowledged before acknowledged; newest first within each. */
export function triageOrder(a: StoredAlert, b: StoredAlert): number {
  const rank = (s: StoredAlert) => (s.state === 'closed' ? 2 : s.life.acknowledged ? 1 : 0);
  return rank(a) - rank(b) || b.postedAt.localeCompare(a.postedAt);
}

/**
 * The open alerts among the most recent ones (at most `limit`):
 * unacknowledged first, then acknowledged, newest first within each.
 * Takes a Runtime or anything with `redis` and `prefix`.
 */
export async function listOpenAlerts(scope: RedisScope, limit = 20): Promise<StoredAlert[]> {
  const k = routerKeys(scope.prefix);
  const refs = await scope.redis.lrange(k.recent(), 0, recentAlertsKept - 1);
  const out: StoredAlert[] = [];
  for (let i = 0; i < refs.length; i += 100) {
    const batch = refs.slice(i, i + 100);
    const p = scope.redis.pipeline();
    p.mget(...batch.map((r) => k.alert(r)));
    for (const r of batch) p.hgetall(k.alertLife(r));
    const replies = (await p.exec()) ?? [];
    const raws = (replies[0]?.[1] as (string | null)[] | undefined) ?? [];
    batch.forEach((ref, j) => {
      const s = stored(ref, raws[j] ?? null, (replies[j + 1]?.[1] as Record<string, string> | undefined) ?? {});
      if (s && s.state === 'open') out.push(s);
    });
  }
  return out.sort(triageOrder).slice(0, limit);
}

/**
 * Sets one part of an alert's lifecycle, only while the alert is kept.
 * `onlyIfAbsent`: keep the first one (acknowledgement). Returns 'set',
 * 'exists' (with the part already there) or 'gone'.
 */
const setPartScript = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'gone', ''} end
if ARGV[3] == '1' then
  local cur = redis.call('HGET', KEYS[2], ARGV[1])
  if cur then return {'exists', cur} end
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
return {'set', ''}
`;

type LifePart = 'ack' | 'assign' | 'snooze' | 'remediation';

async function setPart(scope: RedisScope, ref: string, part: LifePart, value: unknown, onlyIfAbsent = false): Promise<{ outcome: 'set' | 'gone' } | { outcome: 'exists'; current: string }> {
  const k = routerKeys(scope.prefix);
  const [outcome, current] = (await evalScript(scope.redis, setPartScript, 2, k.alert(ref), k.alertLife(ref), part, JSON.stringify(value), onlyIfAbsent ? '1' : '0', String(alertTtlSeconds))) as [string, string];
  if (outcome === 'exists') return { outcome, current };
  return { outcome: outcome === 'set' ? 'set' : 'gone' };
}

/** The first acknowledgement wins; a later one is told who did it. */
export async function acknowledgeAlert(scope: RedisScope, ref: string, ack: Acknowledgement): Promise<{ outcome: 'set' | 'gone' } | { outcome: 'exists'; by: Acknowledgement }> {
  const r = await setPart(scope, ref, 'ack', ack, true);
  if (r.outcome !== 'exists') return r;
  return { outcome: 'exists', by: parseField(lifeSchemas.ack, r.current) ?? ack };
}

export async function assignAlert(scope: RedisScope, ref: string, assignment: Assignment): Promise<'set' | 'gone'> {
  return (await setPart(scope, ref, 'assign', assignment)).outcome as 'set' | 'gone';
}

export async function markSnoozed(scope: RedisScope, ref: string, mark: SnoozeMark): Promise<'set' | 'gone'> {
  return (await setPart(scope, ref, 'snooze', mark)).outcome as 'set' | 'gone';
}

export async function markRemediation(scope: RedisScope, ref: string, mark: RemediationMark): Promise<'set' | 'gone'> {
  return (await setPart(scope, ref, 'remediation', mark)).outcome as 'set' | 'gone';
}

/** The thread parent's repeat count only grows (concurrent repeats converge on the highest). */
export async function markSeen(scope: RedisScope, ref: string, seen: number): Promise<void> {
  const k = routerKeys(scope.prefix);
  await evalScript(scope.redis, 
    "if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end local cur = tonumber(redis.call('HGET', KEYS[2], 'seen') or '0') if tonumber(ARGV[1]) > cur then redis.call('HSET', KEYS[2], 'seen', ARGV[1]) redis.call('EXPIRE', KEYS[2], tonumber(ARGV[2])) end return 1",
    2,
    k.alert(ref),
    k.alertLife(ref),
    String(seen),
    String(alertTtlSeconds),
  );
}

/**
 * The count of the other source's alerts folded into an alert's thread only
 * grows, and the severity shown is the highest (concurrent folds converge).
 */
export async function markLinked(scope: RedisScope, ref: string, mark: LinkedMark): Promise<void> {
  const k = routerKeys(scope.prefix);
  await evalScript(scope.redis, 
    `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local cur = tonumber(redis.call('HGET', KEYS[2], 'linked') or '0')
if tonumber(ARGV[1]) > cur then redis.call('HSET', KEYS[2], 'linked', ARGV[1]) end
redis.call('HSET', KEYS[2], 'linkedSource', ARGV[2], 'linkedPrincipal', ARGV[3])
local rank = tonumber(redis.call('HGET', KEYS[2], 'linkedRank') or '-1')
if tonumber(ARGV[5]) > rank then redis.call('HSET', KEYS[2], 'linkedRank', ARGV[5], 'linkedSeverity', ARGV[4]) end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[6]))
return 1`,
    2,
    k.alert(ref),
    k.alertLife(ref),
    String(mark.count),
    mark.source,
    mark.principal,
    mark.severity,
    String(severityRank(mark.severity)),
    String(alertTtlSeconds),
  );
}
