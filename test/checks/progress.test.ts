import { WebAPIPlatformError } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { createRunStore, isNotInChannel, progressStep, slackErrorCode, type RunMeta } from '../../src/checks/progress.js';
import { PostFailedError } from '../../src/slack/poster.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const runs = createRunStore(redis, prefix);

function meta(runId: string, total: number): RunMeta {
  return { runId, origin: 'command', selection: { selectors: ['all'] }, checkIds: ['iam-root-mfa-enabled'], accounts: ['123456789012'], total, createdAt: '2026-11-23T08:00:00.000Z' };
}

function platformError(code: string): Error {
  const err = new Error(`An API error occurred: ${code}`) as Error & { code: string; data: { ok: false; error: string } };
  err.code = 'slack_webapi_platform_error';
  err.data = { ok: false, error: code };
  return err as unknown as WebAPIPlatformError;
}

describe('run store', () => {
  it('creates and reads a run with its delivery', async () => {
    await runs.create(meta('r-one', 3), { kind: 'message', channel: 'C0123ABCD', ts: '1.2' });
    const state = await runs.get('r-one');
    expect(state).toMatchObject({ done: 0, total: 3, delivery: { kind: 'message', channel: 'C0123ABCD', ts: '1.2' }, finishedAt: null });
    expect(state!.meta.checkIds).toEqual(['iam-root-mfa-enabled']);
    expect(await runs.get('r-missing')).toBeNull();
  });

  it('gives the final render to one job only (and to that job again when it is retried)', async () => {
    await runs.create(meta('r-two', 2), { kind: 'none' });
    expect(await runs.claimFinal('r-two', 'job-b')).toBe(true);
    expect(await runs.claimFinal('r-two', 'job-a')).toBe(false);
    expect(await runs.claimFinal('r-two', 'job-b')).toBe(true);
    await runs.markFinished('r-two', new Date('2026-11-23T08:01:00Z'));
    expect(await runs.claimFinal('r-two', 'job-b')).toBe(false);
    expect((await runs.get('r-two'))!.finishedAt).toBe('2026-11-23T08:01:00.000Z');
  });

  it('allows one progress update per interval per run', async () => {
    expect(await runs.mayUpdate('r-three', 60_000)).toBe(true);
    expect(await runs.mayUpdate('r-three', 60_000)).toBe(false);
    expect(await runs.mayUpdate('r-four', 60_000)).toBe(true);
  });
});

describe('progress helpers', () => {
  it('is final exactly when every target is done', () => {
    expect(progressStep({ recorded: true, done: 1, total: 2 })).toBe('progress');
    expect(progressStep({ recorded: true, done: 2, total: 2 })).toBe('final');
    expect(progressStep({ recorded: false, done: 2, total: 2 })).toBe('final');
  });

  it('recognises "cannot post here" also when the poster wrapped the Slack error', () => {
    const wrapped = new PostFailedError('chat.postMessage', 'chat.postMessage to C1 failed: not_in_channel', { cause: platformError('not_in_channel') });
    expect(slackErrorCode(wrapped)).toBe('not_in_channel');
    expect(isNotInChannel(wrapped)).toBe(true);
    expect(isNotInChannel(platformError('channel_not_found'))).toBe(true);
    expect(isNotInChannel(platformError('invalid_blocks'))).toBe(false);
    expect(isNotInChannel(new Error('socket hang up'))).toBe(false);
  });
});

describe('progress lock', () => {
  it('skips progress once the final render is claimed, and the final render waits for an update in flight', async () => {
    await runs.create(meta('r-five', 2), { kind: 'none' });
    const order: string[] = [];
    let release!: () => void;
    let entered!: () => void;
    const started = new Promise<void>((r) => (entered = r));
    const inFlight = runs.withProgressLock('r-five', async () => {
      entered();
      await new Promise<void>((r) => (release = r));
      order.push('progress');
    });
    await started;
    expect(await runs.claimFinal('r-five', 'job-last')).toBe(true);
    const final = runs.waitForProgress('r-five').then(() => order.push('final'));
    release();
    await Promise.all([inFlight, final]);
    expect(order).toEqual(['progress', 'final']);
    // after the claim, no progress update runs any more
    expect(await runs.withProgressLock('r-five', async () => void order.push('late progress'))).toBe(false);
    expect(order).toEqual(['progress', 'final']);
  });
});
