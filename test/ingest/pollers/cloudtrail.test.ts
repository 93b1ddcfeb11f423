import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { pollCloudTrail } from '../../../src/ingest/pollers/cloudtrail.js';
import { awsThrottles } from '../../../src/ingest/pollers/metrics.js';
import { readPollStatus } from '../../../src/ingest/pollers/status.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { cleanupPrefix, testPrefix } from '../../helpers/redis.js';
import type { TestRuntime } from '../../queue/harness.js';
import { createUserEvent } from './fixtures.js';
import { payloadRecords, type EvaluateEventPayload } from '../../../jobs/evaluate-event.js';

const prefix = testPrefix(import.meta.url);
const account = { regions: ['us-east-1'] };
const minute = 60_000;
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, {
    server: { cloudTrailPageSize: 50, lookupEventsMinSpacingMs: 450 },
    runtime: () => ({ config: parseConfig({ poll: { lookbackMinutes: 15, overlapMinutes: 5 } }, {}) }),
  }));
});
beforeEach(async () => {
  await cleanupPrefix(t.redis, prefix);
  server.cloudTrail.length = 0;
  server.requests.length = 0;
});
afterAll(() => close());

/** The event ids queued for evaluation, each once, across the jobs (a poll page is one job of records). */
const queued = async () => {
  const jobs = await t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1);
  const ids = jobs.flatMap((j) => payloadRecords(j.data as EvaluateEventPayload)).map((r) => (r.source === 'cloudtrail' ? `ct-${r.event.eventID}` : r.finding.id));
  return [...new Set(ids)].sort();
};
const throttles = async () => (await awsThrottles.get()).values.reduce((n, v) => n + v.value, 0);

describe('pollCloudTrail', () => {
  it('reads every page, enqueues each event once, keeps the cursor, and re-reads only the overlap', async () => {
    const now = new Date();
    for (let i = 0; i < 120; i++) server.cloudTrail.push({ event: createUserEvent(`a${i}`, new Date(now.getTime() - 10 * minute + i * 1000)) });
    // Outside the first 15-minute lookback: never read.
    server.cloudTrail.push({ event: createUserEvent('old', new Date(now.getTime() - 20 * minute)) });
    // Another region and another account: not this poller's.
    server.cloudTrail.push({ event: createUserEvent('eu', new Date(now.getTime() - minute), { region: 'eu-west-1' }) });

    const first = await pollCloudTrail(t.runtime, { account, region: 'us-east-1' }, undefined, now);
    expect(first).toMatchObject({ events: 120, pages: 3, skipped: 0 });
    // The ambient account's id comes from STS, once.
    expect(server.calls('GetCallerIdentity')).toHaveLength(1);
    const calls = server.calls('LookupEvents');
    expect(calls).toHaveLength(3);
    expect((calls[0]!.body as { StartTime: number }).StartTime).toBeCloseTo((now.getTime() - 15 * minute) / 1000, 0);
    expect((calls[0]!.body as { NextToken?: string }).NextToken).toBeUndefined();
    expect((calls[1]!.body as { NextToken?: string }).NextToken).toBeTruthy();
    expect((calls[2]!.body as { NextToken?: string }).NextToken).toBeTruthy();
    // The limiter kept the pages at most 2 per second (the server counts calls closer than 450 ms).
    expect(server.lookupSpacingViolations).toBe(0);
    expect(await queued()).toHaveLength(120);
    const newest = new Date(now.getTime() - 10 * minute + 119 * 1000);
    expect(await t.redis.get(`${prefix}:cursor:cloudtrail:123456789012:us-east-1`)).toBe(new Date(Math.floor(newest.getTime() / 1000) * 1000).toISOString());

    // Next poll: one new event, one late event inside the overlap, one late event older than the overlap.
    const later = new Date(now.getTime() + minute);
    server.cloudTrail.push({ event: createUserEvent('new', new Date(now.getTime() + 30_000)) });
    server.cloudTrail.push({ event: createUserEvent('late', new Date(newest.getTime() - 2 * minute)) });
    server.cloudTrail.push({ event: createUserEvent('too-late', new Date(newest.getTime() - 6 * minute)) });
    server.requests.length = 0;
    const second = await pollCloudTrail(t.runtime, { account, region: 'us-east-1' }, undefined, later);
    const start = (server.calls('LookupEvents')[0]!.body as { StartTime: number }).StartTime * 1000;
    expect(start).toBeCloseTo(Math.floor(newest.getTime() / 1000) * 1000 - 5 * minute, -3);
    // The overlap re-read the ~100 events already queued: evaluate-event's per-event claims make them no-ops.
    expect(second.events).toBeGreaterThan(2);
    const ids = await queued();
    expect(ids).toHaveLength(122);
    expect(ids).toContain(`ct-${createUserEvent('late', now).eventID}`);
    expect(ids).not.toContain(`ct-${createUserEvent('too-late', now).eventID}`);

    const status = await readPollStatus(t.runtime);
    expect(status).toContainEqual(expect.objectContaining({ source: 'cloudtrail', account: '123456789012', region: 'us-east-1', lastEvents: second.events, consecutiveErrors: 0 }));
  });

  it('lets the SDK retry throttling and counts the retries', async () => {
    const now = new Date();
    for (let i = 0; i < 3; i++) server.cloudTrail.push({ event: createUserEvent(`t${i}`, new Date(now.getTime() - minute)) });
    const before = await throttles();
    server.throttleNext('LookupEvents', 2);
    const result = await pollCloudTrail(t.runtime, { account, region: 'us-east-1' }, undefined, now);
    expect(result.events).toBe(3);
    expect(server.calls('LookupEvents')).toHaveLength(3);
    expect((await throttles()) - before).toBe(2);
  });

  it('records a failed poll in the status and does not move the cursor', async () => {
    const now = new Date();
    server.cloudTrail.push({ event: createUserEvent('f1', new Date(now.getTime() - minute)) });
    server.failNext('LookupEvents', 1, 'AccessDeniedException');
    await expect(pollCloudTrail(t.runtime, { account, region: 'us-east-1' }, undefined, now)).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(await t.redis.get(`${prefix}:cursor:cloudtrail:123456789012:us-east-1`)).toBeNull();
    const [status] = await readPollStatus(t.runtime);
    expect(status).toMatchObject({ source: 'cloudtrail', consecutiveErrors: 1 });
    expect(status!.lastError).toContain('AccessDeniedException');
    // The next poll succeeds, reads the event, and clears the error count.
    await pollCloudTrail(t.runtime, { account, region: 'us-east-1' }, undefined, now);
    const [after] = await readPollStatus(t.runtime);
    expect(after).toMatchObject({ consecutiveErrors: 0, lastEvents: 1 });
    expect(after!.lastError).toContain('AccessDeniedException');
  });
});
