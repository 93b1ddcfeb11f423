import type { Logger } from '../logger.js';
import { principalKey, type PrincipalKey } from '../rules/principal.js';
import type { Alert } from '../rules/types.js';
import { renderAlertLinked } from '../slack/blocks/alert.js';
import type { Poster, PostedMessage, PostOptions } from '../slack/poster.js';
import { refreshAlertMessage } from './alert-message.js';
import { getStoredAlert, markLinked } from './alert-store.js';
import type { EventAlert } from './event-alert.js';
import { alertId, alertRef, digestOf, routerKeys, type RedisScope } from './keys.js';
import { evalScript } from '../redis-script.js';

/**
 * The sources whose alerts are linked by principal: a GuardDuty finding and
 * a CloudTrail alert about one user, role or key tell one story.
 */
export type LinkSource = 'cloudtrail' | 'guardduty';

/**
 * The principal an alert can be linked by, or null: only GuardDuty and
 * CloudTrail alerts, only a principal `principalKey` can name (an alert with
 * no actor is never linked), and never an AWS service (`service:…`), which
 * acts for every caller rather than being one.
 */
export function linkablePrincipal(alert: Pick<Alert, 'source' | 'actor' | 'account' | 'resource'>): PrincipalKey | null {
  if (alert.source !== 'cloudtrail' && alert.source !== 'guardduty') return null;
  const key = principalKey(alert);
  return key && !key.startsWith('service:') ? key : null;
}

/** The first top-level alert about a principal in a channel, while its window lasts. */
export interface PrincipalThread {
  /** "pending" until the parent is posted. */
  state: 'pending' | 'posted';
  /** The parent's source: alerts from the other one are folded into its thread. */
  source: LinkSource;
  /** Alerts folded into the thread so far. */
  linked: number;
  ts?: string;
  /** The channel id Slack answered with. */
  channel?: string;
  /** The parent's alertRef(). */
  ref?: string;
}

export async function readPrincipalThread(scope: RedisScope, channel: string, principal: string): Promise<PrincipalThread | undefined> {
  const h = await scope.redis.hgetall(routerKeys(scope.prefix).principalThread(channel, principal));
  if (h.source !== 'cloudtrail' && h.source !== 'guardduty') return undefined;
  return {
    state: h.state === 'posted' ? 'posted' : 'pending',
    source: h.source,
    linked: Number(h.linked ?? 0),
    ...(h.ts ? { ts: h.ts } : {}),
    ...(h.channel ? { channel: h.channel } : {}),
    ...(h.ref ? { ref: h.ref } : {}),
  };
}

/**
 * Records where the principal's parent was posted, only for the alert that
 * opened the record and only while its window lasts (a record that ran out
 * is not brought back).
 */
export async function markPrincipalThreadPosted(scope: RedisScope, alert: Alert, channel: string, ts: string, postedChannel = channel): Promise<void> {
  const principal = linkablePrincipal(alert);
  if (!principal) return;
  await evalScript(scope.redis, 
    "if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] then redis.call('HSET', KEYS[1], 'state', 'posted', 'ts', ARGV[2], 'channel', ARGV[3], 'ref', ARGV[4]) return 1 end return 0",
    1,
    routerKeys(scope.prefix).principalThread(channel, principal),
    digestOf(alertId(alert)),
    ts,
    postedChannel,
    alertRef(alert),
  );
}

async function waitForPrincipalParent(scope: RedisScope, channel: string, principal: string, waitMs: number): Promise<PrincipalThread | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const t = await readPrincipalThread(scope, channel, principal);
    if (t?.state === 'posted' && t.ts) return t;
    if (!t || Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface LinkScope extends RedisScope {
  poster: Pick<Poster, 'post' | 'update'>;
  logger: Logger;
}

export interface LinkDecision {
  principal: string;
  parentSource: LinkSource;
  linked: number;
}

/**
 * Posts an alert as a reply in the thread of the first top-level alert about
 * its principal from the other source, then shows the count on the parent
 * (re-rendered from its stored state, so its buttons and what people did
 * with it stay). `postedTs` is the reply an earlier attempt already posted
 * (never posted twice); `begin`, called just before the reply is posted,
 * gives the post its key and tells it whether an earlier attempt may have
 * posted it already. Returns undefined when the parent was not posted
 * within `waitMs` or its window ran out before: the caller posts the alert
 * on its own.
 */
export async function replyInPrincipalThread(
  scope: LinkScope,
  alert: EventAlert,
  channel: string,
  decision: LinkDecision,
  postedTs: string | undefined,
  save: (posted: PostedMessage) => Promise<void>,
  waitMs: number,
  begin: () => Promise<PostOptions> = async () => ({}),
): Promise<{ ts: string; channel: string; parent?: string } | undefined> {
  const parent = postedTs ? await readPrincipalThread(scope, channel, decision.principal) : await waitForPrincipalParent(scope, channel, decision.principal, waitMs);
  // The reply went out before a retry and the window has since run out: nothing left to update.
  if (postedTs && !parent?.ts) return { ts: postedTs, channel };
  if (!parent?.ts) return undefined;
  const parentChannel = parent.channel ?? channel;
  let ts = postedTs;
  if (!ts) {
    const reply = await scope.poster.post({ channel: parentChannel, threadTs: parent.ts, ...renderAlertLinked(alert, decision) }, await begin());
    await save(reply);
    ts = reply.ts;
  }
  // Concurrent folds converge on the highest count (re-read now).
  const latest = await readPrincipalThread(scope, channel, decision.principal);
  if (parent.ref) {
    await markLinked(scope, parent.ref, { count: Math.max(latest?.linked ?? 0, decision.linked), source: alert.source as LinkSource, principal: decision.principal, severity: alert.severity });
    if (await getStoredAlert(scope, parent.ref)) await refreshAlertMessage(scope, parent.ref);
    // A parent no longer kept is left as it is rather than re-rendered without what people did with it.
    else scope.logger.info({ parent: parent.ts, principal: decision.principal }, 'linked alert threaded; its parent is no longer kept, so its count is not shown');
  }
  return { ts, channel: parentChannel, parent: parent.ts };
}
