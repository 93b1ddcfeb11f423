import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import type { AccountConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { appKey, type Runtime } from '../../queue/runtime.js';
import { classifyRecord, isSkipped } from '../schemas.js';
import type { IngestedRecord } from '../types.js';
import { countRetries } from './metrics.js';
import { completePoll, later, runPoll } from './poll-run.js';
import { acquireSlot } from './rate-limit.js';
import { submitRecords } from './submit.js';

/** LookupEvents allows 2 requests per second per account and region. */
export const lookupEventsPerSecond = 2;

export interface PollTarget {
  account: AccountConfig;
  region: string;
}

export interface PollResult {
  events: number;
  skipped: number;
  pages: number;
  window: { start: string; end: string };
  newest?: string;
}

/**
 * One CloudTrail poll of one (account, region): LookupEvents over the window
 * since the cursor (minus the overlap), every page (NextToken), each page
 * through the shared 2 req/s limiter; events go to evaluate-event; the cursor
 * moves to the newest event time only after every page is enqueued.
 * Throttling is retried by the SDK (adaptive retry mode).
 */
export async function pollCloudTrail(runtime: Runtime, target: PollTarget, logger: Logger = runtime.logger, now = new Date()): Promise<PollResult> {
  return runPoll(runtime, 'cloudtrail', target, now, async (scope) => {
    const { account: acct, labels, window } = scope;
    const { cloudtrail } = runtime.aws(target);
    let nextToken: string | undefined;
    let pages = 0;
    let events = 0;
    let skipped = 0;
    let newest: Date | undefined;
    do {
      await acquireSlot(runtime.redis, appKey(runtime, 'rate', 'cloudtrail', acct, target.region), lookupEventsPerSecond);
      const out = await cloudtrail.send(
        new LookupEventsCommand({ StartTime: window.start, EndTime: window.end, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) }),
      );
      countRetries(labels, out);
      pages++;
      const records: IngestedRecord[] = [];
      for (const e of out.Events ?? []) {
        const r = classifyRecord({ CloudTrailEvent: e.CloudTrailEvent }, { index: events + skipped });
        if (isSkipped(r)) {
          skipped++;
          logger.warn({ eventId: e.EventId, reason: r.reason }, 'unreadable CloudTrail event skipped');
          continue;
        }
        records.push(r);
        newest = later(newest, eventTime(r, e.EventTime));
      }
      events += await submitRecords(runtime, records, labels);
      nextToken = out.NextToken;
    } while (nextToken);
    await completePoll(runtime, scope, now, events, newest);
    logger.info({ account: acct, region: target.region, events, skipped, pages, from: window.start.toISOString() }, 'cloudtrail poll done');
    return {
      events,
      skipped,
      pages,
      window: { start: window.start.toISOString(), end: window.end.toISOString() },
      ...(newest ? { newest: newest.toISOString() } : {}),
    };
  });
}

/** When the record happened: its own time, else the time LookupEvents gave. */
function eventTime(record: IngestedRecord, fallback?: Date): Date | undefined {
  const raw = record.source === 'cloudtrail' ? record.event.eventTime : record.finding.updatedAt;
  return raw ? new Date(raw) : fallback;
}
