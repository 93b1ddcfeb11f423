import type { Redis } from 'ioredis';
import { sha1Hex } from '../sha1.js';

/** Where router state lives: a Redis connection and the runtime's key prefix (shared with BullMQ). */
export interface RedisScope {
  redis: Redis;
  prefix: string;
}

const recentDigests = new Map<string, string>();

/** Untrusted parts (actor ARNs, channel names) are hashed so keys stay short and printable. */
export function digestOf(...parts: string[]): string {
  const text = parts.length === 1 ? parts[0]! : parts.join('\0');
  // A burst asks for the same channel+rule keys thousands of times: the last few thousand are remembered.
  let digest = recentDigests.get(text);
  if (digest === undefined) {
    digest = sha1Hex(text).slice(0, 24);
    if (recentDigests.size >= 4096) recentDigests.clear();
    recentDigests.set(text, digest);
  }
  return digest;
}

/**
 * One alert is one record (every rule it matched is in the one message):
 * `<source>/<dedup key>` (CloudTrail eventID, GuardDuty id@updatedAt, or a
 * check's check:account:region:resource:run key).
 */
export function alertId(alert: { source: string; dedupKey: string }): string {
  return `${alert.source}/${alert.dedupKey}`;
}

/** The short, printable reference of an alert that Slack payloads carry (button values, modal metadata). */
export function alertRef(alert: { source: string; dedupKey: string }): string {
  return digestOf(alertId(alert));
}

/** What an alert reference looks like (validated wherever one comes back from Slack). */
export const alertRefPattern = /^[0-9a-f]{24}$/;

/** A key part from an alert ref; anything else (never expected) is hashed so a key stays short and printable. */
function asRef(ref: string): string {
  return alertRefPattern.test(ref) ? ref : digestOf(ref);
}

const keysByPrefix = new Map<string, RouterKeys>();

/** Every router key, in one place, under `<prefix>:srm:` (built once per prefix). */
export function routerKeys(prefix: string): RouterKeys {
  let keys = keysByPrefix.get(prefix);
  if (!keys) {
    if (keysByPrefix.size >= 64) keysByPrefix.clear();
    keysByPrefix.set(prefix, (keys = buildRouterKeys(prefix)));
  }
  return keys;
}

function buildRouterKeys(prefix: string) {
  const base = `${prefix}:srm`;
  return {
    /** Alerts for one channel+rule in the current window (flood counter). */
    burst: (channel: string, rule: string) => `${base}:burst:${digestOf(channel, rule)}`,
    /** The digest episode open for one channel+rule (its id), while the burst lasts. */
    digestOpen: (channel: string, rule: string) => `${base}:digest-open:${digestOf(channel, rule)}`,
    /** One digest episode's state (hash) and breakdowns. */
    digest: (id: string) => `${base}:digest:${id}`,
    digestActors: (id: string) => `${base}:digest:${id}:actor`,
    digestAccounts: (id: string) => `${base}:digest:${id}:account`,
    digestRegions: (id: string) => `${base}:digest:${id}:region`,
    digestIds: (id: string) => `${base}:digest:${id}:ids`,
    digestLock: (id: string) => `${base}:digest:${id}:lock`,
    /** The alerts folded into a digest (alertId()), so a retried fold counts once. */
    digestMembers: (id: string) => `${base}:digest:${id}:members`,
    /** The first alert of a rule+actor in a channel, whose thread takes the repeats. */
    thread: (channel: string, rule: string, actor: string) => `${base}:thread:${digestOf(channel, rule, actor)}`,
    /** The first top-level alert about a principal in a channel, whose thread takes the other source's alerts about it. */
    principalThread: (channel: string, principal: string) => `${base}:principal-thread:${digestOf(channel, principal)}`,
    /** What a post-alert job already did for an alert (idempotent retries); `id` from alertId(). */
    posted: (id: string) => `${base}:posted:${digestOf(id)}`,
    /** The claim and record of one keyed message's post (slack/post-claim.ts): one attempt posts it, once. */
    postClaim: (channel: string, threadTs: string | undefined, key: string) => `${base}:post-claim:${digestOf(channel, threadTs ?? '', key)}`,
    /** Per-channel posting slot (rate limit shared by replicas). */
    rate: (channel: string) => `${base}:rate:${digestOf(channel)}`,
    /** Recently posted alerts (list of refs, newest first) and each one's record, by alertRef(). */
    recent: () => `${base}:alerts:recent`,
    alert: (ref: string) => `${base}:alerts:${asRef(ref)}`,
    /** What people did with an alert (hash: acknowledged, assigned, snoozed, remediation, seen). */
    alertLife: (ref: string) => `${base}:alert-life:${asRef(ref)}`,
    /** One message refresher per alert at a time (chat.update in order); `dirty` asks the holder for one more pass. */
    alertRender: (ref: string) => `${base}:alert-render:${asRef(ref)}`,
    /** A snooze of one rule on one resource (hash), and the index of snoozes by expiry (sorted set). */
    snooze: (rule: string, resource: string) => `${base}:snooze:${digestOf(rule, resource)}`,
    snoozes: () => `${base}:snoozes`,
    /** Posts that kept failing: hash id -> JSON entry. */
    failed: () => `${base}:failed-posts`,
    /** Counters of what the router did with each alert (accounting). */
    stats: () => `${base}:router-stats`,
  };
}

export type RouterKeys = ReturnType<typeof buildRouterKeys>;
