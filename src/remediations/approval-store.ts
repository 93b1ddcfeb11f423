import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { storedOfferSchema } from '../router/alert-schema.js';
import { remediationStates, type RemediationState } from '../router/alert-store.js';
import type { RedisScope } from '../router/keys.js';
import { evalScript } from '../redis-script.js';

/**
 * Remediation requests in Redis: one record per confirmation, moved through
 * its states by compare-and-set scripts so that double clicks, double
 * submits, Slack retries, replicas and job retries all act once.
 *
 *   single:    queued -> running -> succeeded | failed
 *   four-eyes: pending-approval -> queued (approved) | rejected | expired; then as single
 *
 * While a request of a subject + remediation is live (pending, queued,
 * running, or succeeded) a new one is not created: the existing one is
 * returned. After a failure, rejection or expiry a new request may be made.
 */

/** What a remediation acts on: an alert, or one failing result of a check run. */
export const subjectSchema = z.union([
  z.object({ kind: z.literal('alert'), ref: z.string().regex(/^[0-9a-f]{24}$/) }),
  z.object({ kind: z.literal('check'), runId: z.string().regex(/^[\w.-]{1,80}$/), key: z.string().regex(/^[0-9a-f]{24}$/) }),
]);
export type SubjectRef = z.output<typeof subjectSchema>;

export function subjectKey(s: SubjectRef): string {
  return s.kind === 'alert' ? `a:${s.ref}` : `c:${s.runId}:${s.key}`;
}

/** The reference Slack carries (button values, modal metadata): "a:<ref>" or "c:<run id>:<key>". */
export function parseSubjectKey(raw: string): SubjectRef | undefined {
  const m = /^a:([0-9a-f]{24})$/.exec(raw);
  if (m) return { kind: 'alert', ref: m[1]! };
  const c = /^c:([\w.-]{1,80}):([0-9a-f]{24})$/.exec(raw);
  if (c) return { kind: 'check', runId: c[1]!, key: c[2]! };
  return undefined;
}

const docSchema = z.object({
  id: z.string(),
  subject: subjectSchema,
  offer: storedOfferSchema,
  title: z.string(),
  call: z.string(),
  preview: z.string(),
  approval: z.enum(['single', 'four-eyes']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  expiresAt: z.string().optional(),
  /** Where approvals and results are posted: the alert's thread (or the check run's message). */
  thread: z.object({ channel: z.string(), ts: z.string().optional() }).optional(),
  /** The alert whose message shows the request. */
  alertRef: z.string().optional(),
  /** What the subject is called in the audit trail. */
  target: z.string(),
});
export type RequestDoc = z.output<typeof docSchema>;

export interface RemediationRequest extends RequestDoc {
  state: RemediationState;
  approvedBy?: string;
  rejectedBy?: string;
  decidedAt?: string;
  finishedAt?: string;
  /** What AWS did, or the error in plain words. */
  summary?: string;
  code?: string;
  alreadyDone?: boolean;
  /** The approval request message, once posted. */
  approvalMessage?: { channel: string; ts: string };
  /** Side effects already done (audited, posted …), so a retried job does each once. */
  done: Set<string>;
}

/** Requests are kept as long as their alerts. */
export const requestTtlSeconds = 30 * 24 * 3600;

export function requestKeys(prefix: string) {
  const base = `${prefix}:srm:remediation`;
  return {
    request: (id: string) => `${base}:request:${id}`,
    /** The live request of one subject + remediation (absent when none is live). */
    active: (subject: SubjectRef, remediationId: string) => `${base}:active:${createHash('sha1').update(`${subjectKey(subject)}\0${remediationId}`).digest('hex').slice(0, 24)}`,
  };
}

/** Sortable and unique: "rq-<time36>-<random>". */
export function newRequestId(now = Date.now()): string {
  return `rq-${now.toString(36)}-${randomBytes(5).toString('hex')}`;
}

export const requestIdPattern = /^rq-[0-9a-z]{6,12}-[0-9a-f]{10}$/;

const createScript = `
local cur = redis.call('GET', KEYS[1])
if cur then return {0, cur} end
redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[4]))
redis.call('HSET', KEYS[2], 'state', ARGV[2], 'doc', ARGV[3])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
return {1, ARGV[1]}
`;

/**
 * Creates the request unless one of the same subject + remediation is live;
 * returns whether it was created and the live request's id.
 */
export async function createRequest(scope: RedisScope, doc: RequestDoc, state: 'pending-approval' | 'queued'): Promise<{ created: boolean; id: string }> {
  const k = requestKeys(scope.prefix);
  const [created, id] = (await evalScript(scope.redis, createScript, 2, k.active(doc.subject, doc.offer.id), k.request(doc.id), doc.id, state, JSON.stringify(doc), String(requestTtlSeconds))) as [number, string];
  return { created: created === 1, id };
}

export async function getRequest(scope: RedisScope, id: string): Promise<RemediationRequest | undefined> {
  if (!requestIdPattern.test(id)) return undefined;
  const h = await scope.redis.hgetall(requestKeys(scope.prefix).request(id));
  if (!h.doc || !h.state) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(h.doc);
  } catch {
    return undefined;
  }
  const doc = docSchema.safeParse(raw);
  const state = z.enum(remediationStates).safeParse(h.state);
  if (!doc.success || !state.success) return undefined;
  const done = new Set(Object.keys(h).filter((f) => f.startsWith('done:')).map((f) => f.slice(5)));
  return {
    ...doc.data,
    state: state.data,
    ...(h.approvedBy ? { approvedBy: h.approvedBy } : {}),
    ...(h.rejectedBy ? { rejectedBy: h.rejectedBy } : {}),
    ...(h.decidedAt ? { decidedAt: h.decidedAt } : {}),
    ...(h.finishedAt ? { finishedAt: h.finishedAt } : {}),
    ...(h.summary ? { summary: h.summary } : {}),
    ...(h.code ? { code: h.code } : {}),
    ...(h.alreadyDone ? { alreadyDone: h.alreadyDone === '1' } : {}),
    ...(h.approvalChannel && h.approvalTs ? { approvalMessage: { channel: h.approvalChannel, ts: h.approvalTs } } : {}),
    done,
  };
}

/** A request's end: its subject + remediation may be requested again. */
const endStates = new Set<RemediationState>(['failed', 'rejected', 'expired']);

const transitionScript = `
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return {'gone', ''} end
local ok = false
for from in string.gmatch(ARGV[1], '[^,]+') do if from == st then ok = true end end
if not ok then return {'conflict', st} end
redis.call('HSET', KEYS[1], 'state', ARGV[2])
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
if ARGV[4] == '1' and redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return {'ok', st}
`;

export type TransitionResult = { outcome: 'ok'; from: RemediationState } | { outcome: 'conflict'; state: RemediationState } | { outcome: 'gone' };

/**
 * Moves a request from one of `from` to `to` and sets `fields`, atomically;
 * only one caller wins (two approvers, an approval racing the expiry).
 */
export async function transition(scope: RedisScope, request: Pick<RemediationRequest, 'id' | 'subject' | 'offer'>, from: readonly RemediationState[], to: RemediationState, fields: Record<string, string> = {}): Promise<TransitionResult> {
  const k = requestKeys(scope.prefix);
  const pairs = Object.entries(fields).flat();
  const [outcome, state] = (await evalScript(scope.redis, 
    transitionScript,
    2,
    k.request(request.id),
    k.active(request.subject, request.offer.id),
    from.join(','),
    to,
    request.id,
    endStates.has(to) ? '1' : '0',
    ...pairs,
  )) as [string, string];
  if (outcome === 'ok') return { outcome, from: state as RemediationState };
  if (outcome === 'conflict') return { outcome, state: state as RemediationState };
  return { outcome: 'gone' };
}

/** Records extra fields (the approval message's ts). */
export async function setRequestFields(scope: RedisScope, id: string, fields: Record<string, string>): Promise<void> {
  await scope.redis.hset(requestKeys(scope.prefix).request(id), fields);
}

/**
 * Marks a side effect done (after doing it): a retried job skips what
 * `request.done` lists, so a step is lost never and repeated only if the
 * process dies between doing it and marking it.
 */
export async function markDone(scope: RedisScope, id: string, step: string): Promise<void> {
  await scope.redis.hset(requestKeys(scope.prefix).request(id), `done:${step}`, new Date().toISOString());
}
