import { GetFindingsCommand, ListDetectorsCommand, ListFindingsCommand } from '@aws-sdk/client-guardduty';
import type { Logger } from '../../logger.js';
import { appKey, type Runtime } from '../../queue/runtime.js';
import { classifyRecord, isSkipped } from '../schemas.js';
import type { IngestedRecord } from '../types.js';
import type { PollResult, PollTarget } from './cloudtrail.js';
import { countRetries } from './metrics.js';
import { completePoll, later, runPoll } from './poll-run.js';
import { recordPollError } from './status.js';
import { submitRecords } from './submit.js';

/** GetFindings takes at most 50 ids per call. */
export const getFindingsBatch = 50;

/** How long a region's detector id is remembered. */
const detectorTtlSeconds = 3600;

export class NoDetectorError extends Error {
  constructor(region: string) {
    super(`GuardDuty has no detector in ${region} (not enabled there)`);
    this.name = 'NoDetector';
  }
}

async function detectorId(runtime: Runtime, target: PollTarget, acct: string): Promise<string | undefined> {
  const key = appKey(runtime, 'detector', acct, target.region);
  const cached = await runtime.redis.get(key);
  if (cached) return cached;
  const out = await runtime.aws(target).guardduty.send(new ListDetectorsCommand({}));
  const id = out.DetectorIds?.[0];
  if (id) await runtime.redis.set(key, id, 'EX', detectorTtlSeconds);
  return id;
}

/**
 * One GuardDuty poll of one (account, region): ListFindings with updatedAt >=
 * cursor - overlap, sorted by updatedAt, every page; GetFindings 50 ids at a
 * time; each finding version (id@updatedAt) goes to evaluate-event. A region
 * without a detector is reported in the poll status, not thrown.
 */
export async function pollGuardDuty(runtime: Runtime, target: PollTarget, logger: Logger = runtime.logger, now = new Date()): Promise<PollResult & { detector?: string }> {
  return runPoll(runtime, 'guardduty', target, now, async (scope) => {
    const { account: acct, labels, status, window } = scope;
    const { guardduty } = runtime.aws(target);
    const detector = await detectorId(runtime, target, acct);
    const empty = { events: 0, skipped: 0, pages: 0, window: { start: window.start.toISOString(), end: window.end.toISOString() } };
    if (!detector) {
      await recordPollError(runtime, status, new NoDetectorError(target.region), now);
      logger.info({ account: acct, region: target.region }, 'guardduty not enabled in region');
      return empty;
    }
    let nextToken: string | undefined;
    let pages = 0;
    let events = 0;
    let skipped = 0;
    let newest: Date | undefined;
    do {
      const list = await guardduty.send(
        new ListFindingsCommand({
          DetectorId: detector,
          FindingCriteria: { Criterion: { updatedAt: { GreaterThanOrEqual: window.start.getTime() } } },
          SortCriteria: { AttributeName: 'updatedAt', OrderBy: 'ASC' },
          MaxResults: 50,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      countRetries(labels, list);
      pages++;
      const ids = list.FindingIds ?? [];
      for (let i = 0; i < ids.length; i += getFindingsBatch) {
        const got = await guardduty.send(new GetFindingsCommand({ DetectorId: detector, FindingIds: ids.slice(i, i + getFindingsBatch) }));
        countRetries(labels, got);
        const records: IngestedRecord[] = [];
        for (const f of got.Findings ?? []) {
          const r = classifyRecord(f);
          if (isSkipped(r) || r.source !== 'guardduty') {
            skipped++;
            logger.warn({ findingId: f.Id, reason: isSkipped(r) ? r.reason : 'not a finding' }, 'unreadable GuardDuty finding skipped');
            continue;
          }
          records.push(r);
          newest = later(newest, r.finding.updatedAt ? new Date(r.finding.updatedAt) : undefined);
        }
        events += await submitRecords(runtime, records, labels);
      }
      nextToken = list.NextToken || undefined;
    } while (nextToken);
    await completePoll(runtime, scope, now, events, newest);
    logger.info({ account: acct, region: target.region, detector, events, skipped, pages }, 'guardduty poll done');
    return { ...empty, events, skipped, pages, detector, ...(newest ? { newest: newest.toISOString() } : {}) };
  });
}
