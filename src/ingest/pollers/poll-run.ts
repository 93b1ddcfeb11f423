import { accountKey } from '../../config.js';
import { appKey, type Runtime } from '../../queue/runtime.js';
import type { PollTarget } from './cloudtrail.js';
import { resolveAccountId } from './account.js';
import { advanceCursor, pollWindow, readCursor } from './cursor.js';
import { pollErrors, pollLagSeconds } from './metrics.js';
import { recordPollError, recordPollSuccess } from './status.js';

/** What one poll of one (source, account, region) works with, once the account id is known. */
export interface PollScope {
  /** The resolved 12-digit account id. */
  account: string;
  region: string;
  labels: { source: string; account: string; region: string };
  status: { source: 'cloudtrail' | 'guardduty'; account: string; region: string };
  /** The Redis key of this (source, account, region)'s cursor. */
  cursorKey: string;
  /** From the cursor (minus the overlap) to now. */
  window: { start: Date; end: Date };
}

/**
 * Runs one poll body with the bookkeeping both pollers share: resolves the
 * account id, reads the cursor and the window, and on any error counts it in
 * srm_poll_errors_total, records it in the poll status and rethrows.
 */
export async function runPoll<T>(
  runtime: Runtime,
  source: PollScope['status']['source'],
  target: PollTarget,
  now: Date,
  body: (scope: PollScope) => Promise<T>,
): Promise<T> {
  const labels = { source: source as string, account: accountKey(target.account), region: target.region };
  const status = { source, account: labels.account, region: target.region };
  try {
    labels.account = status.account = await resolveAccountId(runtime, target.account, target.region);
    const cursorKey = appKey(runtime, 'cursor', source, labels.account, target.region);
    const window = pollWindow(await readCursor(runtime.redis, cursorKey), now, runtime.config.poll);
    return await body({ account: labels.account, region: target.region, labels, status, cursorKey, window });
  } catch (err) {
    pollErrors.inc({ ...labels, error: err instanceof Error ? err.name : 'Error' });
    await recordPollError(runtime, status, err).catch(() => undefined);
    throw err;
  }
}

/** After every page is enqueued: moves the cursor to `newest`, records the success and the lag. */
export async function completePoll(runtime: Runtime, scope: PollScope, now: Date, events: number, newest: Date | undefined): Promise<void> {
  if (newest) await advanceCursor(runtime.redis, scope.cursorKey, newest);
  await recordPollSuccess(runtime, scope.status, { at: now, events, ...(newest ? { newestEventAt: newest } : {}) });
  if (newest) pollLagSeconds.set(scope.labels, Math.max(0, (now.getTime() - newest.getTime()) / 1000));
}

/** The later of two times (a missing or invalid `t` leaves `newest` as it is). */
export function later(newest: Date | undefined, t: Date | undefined): Date | undefined {
  if (!t || Number.isNaN(t.getTime())) return newest;
  return !newest || t > newest ? t : newest;
}
