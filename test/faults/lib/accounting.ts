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
function namedIds(m: StoredMessage, ids: ReadonlySet<string>): string[] {
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
