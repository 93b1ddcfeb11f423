import type { SlackApiServer, StoredMessage } from '../../../src/slack/local-api.js';

/**
 * What Slack shows for a set of events, read from the local Slack API's
 * messages as they stand (posted, then updated in place): each event is
 * accounted for by a top-level post, a thread reply, or a line of a digest
 * (digests show a count and list the first ids that fit).
 */
export interface Ledger {
  /** Events sent in. */
  events: number;
  /** Distinct events shown in top-level alert posts, in thread replies, and counted by digests. */
  posted: number;
  threaded: number;
  digested: number;
  digests: number;
  /** Top-level posts of an event already posted (or replied, or listed in a digest) + replies of an event shown twice + digest lines beyond the events not otherwise shown. */
  duplicates: number;
  /** Events shown nowhere. */
  lost: number;
  /** Messages that name none of the events (stray posts). */
  strays: number;
  /** Top-level posts whose event was already posted at top level. */
  duplicateTopLevel: number;
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const findingPattern = /\b[0-9a-f]{32}\b/g;

/** The event ids of `ids` a message names (CloudTrail eventIDs are UUIDs, GuardDuty finding ids 32 hex digits). */
export function namedIds(m: StoredMessage, ids: ReadonlySet<string>): string[] {
  const text = `${m.text}\n${JSON.stringify(m.blocks)}`;
  const found = new Set<string>();
  for (const pattern of [uuidPattern, findingPattern]) for (const x of text.matchAll(pattern)) if (ids.has(x[0])) found.add(x[0]);
  return [...found];
}

export function ledger(slack: SlackApiServer, ids: ReadonlySet<string>, channels?: ReadonlySet<string>): Ledger {
  const top = new Map<string, number>();
  const replies = new Map<string, number>();
  const listed = new Set<string>();
  let digested = 0;
  let digests = 0;
  let strays = 0;
  for (const m of slack.messages.values()) {
    if (channels && !channels.has(m.channel)) continue;
    const named = namedIds(m, ids);
    const burst = /burst of (\d+)/.exec(m.text);
    if (burst && !m.threadTs) {
      digests += 1;
      digested += Number(burst[1]);
      for (const id of named) listed.add(id);
      continue;
    }
    if (named.length === 0) {
      strays += 1;
      continue;
    }
    const into = m.threadTs ? replies : top;
    for (const id of named) into.set(id, (into.get(id) ?? 0) + 1);
  }
  let duplicateTopLevel = 0;
  let duplicates = 0;
  for (const n of top.values()) duplicateTopLevel += n - 1;
  duplicates += duplicateTopLevel;
  for (const n of replies.values()) duplicates += n - 1;
  const shownAlone = new Set([...top.keys(), ...replies.keys()]);
  for (const id of top.keys()) if (replies.has(id)) duplicates += 1;
  for (const id of listed) if (shownAlone.has(id)) duplicates += 1;
  const remaining = ids.size - shownAlone.size;
  if (digested > remaining) duplicates += digested - remaining;
  const lost = Math.max(0, remaining - digested);
  return { events: ids.size, posted: top.size, threaded: [...replies.keys()].filter((id) => !top.has(id)).length, digested, digests, duplicates, lost, strays, duplicateTopLevel };
}

/** True when every event is shown exactly once. */
export function exact(l: Ledger): boolean {
  return l.duplicates === 0 && l.lost === 0 && l.posted + l.threaded + l.digested === l.events;
}

/** The record line of an alert message, a thread reply or a linked reply: "CloudTrail eventID `<id>` · rule(s) `<rule>`, …". */
const recordLine = /^(?:CloudTrail eventID|GuardDuty finding id) `([^`]+)` · rules? (.+)$/s;

/**
 * The rules Slack shows for each event (every alert message and reply names
 * its record and every rule it matched), and the events of `ids` shown
 * without their rules (in a digest line only).
 */
export function rulesShown(slack: SlackApiServer, ids: ReadonlySet<string>): { rules: Map<string, Set<string>>; withoutRules: Set<string> } {
  const rules = new Map<string, Set<string>>();
  const named = new Set<string>();
  for (const m of slack.messages.values()) {
    for (const id of namedIds(m, ids)) named.add(id);
    for (const b of m.blocks as Array<{ type?: string; elements?: Array<{ text?: unknown }> }>) {
      if (b.type !== 'context') continue;
      for (const e of b.elements ?? []) {
        const line = typeof e.text === 'string' ? recordLine.exec(e.text) : null;
        if (!line) continue;
        const set = rules.get(line[1]!) ?? new Set<string>();
        for (const r of line[2]!.matchAll(/`([^`]+)`/g)) set.add(r[1]!);
        rules.set(line[1]!, set);
      }
    }
  }
  return { rules, withoutRules: new Set([...named].filter((id) => !rules.has(id))) };
}

/** A second copy of an event in Slack that the fault's at-least-once boundary explains (see faultBoundaryCopies). */
export interface BoundaryCopy {
  eventId: string;
  /** The first copy: Slack accepted it this many ms before the fault (negative: after it, in flight at the fault). */
  msBeforeFault: number;
  channel: string;
  ts: string;
}

/**
 * A diagnostic of duplicates under a fault (no longer an exemption: since
 * issue 11 any duplicate fails worker-kill and cluster-failover). It sorts
 * the copies of an event into those of the kind srm used to post again and
 * now reconciles, and any other duplicate. A message is posted, then
 * recorded in Redis (its ts, in the job's progress); before srm read the
 * channel's history, a post-alert job that ran again after the record was
 * lost posted it again (Slack's chat.postMessage has no idempotency key).
 * Two faults lose that record: a worker SIGKILLed between Slack's answer
 * and the record, and a Redis master killed before it replicated the record
 * (asynchronous replication: the job's completion is lost with it, so the
 * job is taken over as stalled). A copy of that kind now means srm could not
 * read the history (a scope missing) or did not look (a bug).
 *
 * A duplicate is explained only if the event has exactly two messages (and
 * no digest line), Slack accepted the first within `windowMs` of the fault
 * (`faultAt`, epoch ms) and the second after it, and the event's post-alert
 * job was taken over as stalled (`takenOver`). With `survivorPosts` (when
 * the processes that lived logged posting each event), they must have
 * logged it once at most, after the fault: the first copy was the killed
 * process's.
 */
export function faultBoundaryCopies(
  slack: Pick<SlackApiServer, 'messages' | 'okCallsTo'>,
  ids: ReadonlySet<string>,
  faultAt: number,
  takenOver: ReadonlySet<string>,
  survivorPosts?: ReadonlyMap<string, readonly number[]>,
  windowMs = 2_000,
): { explained: BoundaryCopy[]; unexplained: string[] } {
  const posts = slack.okCallsTo('chat.postMessage');
  const messages = [...slack.messages.values()];
  // The local Slack API keeps messages in the order it accepted them: the n-th message is the n-th accepted post.
  if (posts.length !== messages.length) return { explained: [], unexplained: [`cannot pair ${messages.length} messages with ${posts.length} accepted posts`] };
  const copies = new Map<string, Array<{ at: number; m: StoredMessage }>>();
  const digested = new Set<string>();
  messages.forEach((m, i) => {
    const named = namedIds(m, ids);
    if (/burst of (\d+)/.test(m.text) && !m.threadTs) for (const id of named) digested.add(id);
    else for (const id of named) (copies.get(id) ?? copies.set(id, []).get(id)!).push({ at: posts[i]!.at, m });
  });
  const explained: BoundaryCopy[] = [];
  const unexplained: string[] = [];
  for (const [id, list] of copies) {
    if (list.length < 2 && !(list.length === 1 && digested.has(id))) continue;
    const [first, second] = list.sort((a, b) => a.at - b.at);
    const logged = survivorPosts?.get(id) ?? [];
    const ok =
      list.length === 2 &&
      !digested.has(id) &&
      Math.abs(first!.at - faultAt) <= windowMs &&
      second!.at > faultAt &&
      takenOver.has(id) &&
      (!survivorPosts || (logged.length <= 1 && logged.every((t) => t > faultAt)));
    if (ok) explained.push({ eventId: id, msBeforeFault: faultAt - first!.at, channel: first!.m.channel, ts: first!.m.ts });
    else unexplained.push(`${id}: ${list.length} messages${digested.has(id) ? ' and a digest line' : ''}, the first ${faultAt - first!.at} ms before the fault, job ${takenOver.has(id) ? '' : 'not '}taken over${survivorPosts ? `, ${logged.length} posts logged by survivors` : ''}`);
  }
  return { explained, unexplained };
}

