import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { accountKey, type AccountConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { appKey, type Runtime } from '../../queue/runtime.js';
import { classifyRecord, isSkipped } from '../schemas.js';
import type { IngestedRecord } from '../types.js';
import { resolveAccountId } from './account.js';
import { advanceCursor, pollWindow, readCursor } from './cursor.js';
import { countRetries, pollErrors, pollLagSeconds } from './metrics.js';
import { acquireSlot } from './rate-limit.js';
import { recordPollError, recordPollSuccess } from './status.js';
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

function eventTime(record: IngestedRecord, fallback?: Date): Date | undefined {
  const raw = record.source === 'cloudtrail' ? record.event.eventTime : record.finding.updatedAt;
  const d = raw ? new Date(raw) : fallback;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

/**
 * One CloudTrail poll of one (account, region): LookupEvents over the window
 * since the cursor (minus the overlap), every page (NextToken), each page
 * through the shared 2 req/s limiter; events go to evaluate-event; the cursor
 * moves to the newest event time only after every page is enqueued.
 * Throttling is retried by the SDK (adaptive retry mode).
 */
export async function pollCloudTrail(runtime: Runtime, target: PollTarget, logger: Logger = runtime.logger, now = new Date()): Promise<PollResult> {
  let acct = accountKey(target.account);
  const labels = { source: 'cloudtrail', account: acct, region: target.region };
  const status = { source: 'cloudtrail' as const, account: acct, region: target.region };
  try {
    acct = labels.account = status.account = await resolveAccountId(runtime, target.account, target.region);
    const { cloudtrail } = runtime.aws(target);
    const cursorKey = appKey(runtime, 'cursor', 'cloudtrail', acct, target.region);
    const cursor = await readCursor(runtime.redis, cursorKey);
    const window = pollWindow(cursor, now, runtime.config.poll);
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
        const t = eventTime(r, e.EventTime);
        if (t && (!newest || t > newest)) newest = t;
      }
      events += await submitRecords(runtime, records, labels);
      nextToken = out.NextToken;
    } while (nextToken);
    if (newest) await advanceCursor(runtime.redis, cursorKey, newest);
    await recordPollSuccess(runtime, status, { at: now, events, ...(newest ? { newestEventAt: newest } : {}) });
    if (newest) pollLagSeconds.set(labels, Math.max(0, (now.getTime() - newest.getTime()) / 1000));
    logger.info({ account: acct, region: target.region, events, skipped, pages, from: window.start.toISOString() }, 'cloudtrail poll done');
    return {
      events,
      skipped,
      pages,
      window: { start: window.start.toISOString(), end: window.end.toISOString() },
      ...(newest ? { newest: newest.toISOString() } : {}),
    };
  } catch (err) {
    pollErrors.inc({ ...labels, error: err instanceof Error ? err.name : 'Error' });
    await recordPollError(runtime, status, err).catch(() => undefined);
    throw err;
  }
}
