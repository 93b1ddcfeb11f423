import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { pollGuardDuty } from '../../../src/ingest/pollers/guardduty.js';
import { readPollStatus } from '../../../src/ingest/pollers/status.js';
import { payloadRecords, type EvaluateEventPayload } from '../../../jobs/evaluate-event.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { cleanupPrefix, testPrefix } from '../../helpers/redis.js';
import type { TestRuntime } from '../../queue/harness.js';
import { finding } from './fixtures.js';

const prefix = testPrefix(import.meta.url);
const account = { regions: ['us-east-1', 'eu-west-1'] };
const detector = 'd2b4c6e8f0a1b3c5d7e9f1a3b5c7d9e1';
const minute = 60_000;
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, { runtime: () => ({ config: parseConfig({ poll: { lookbackMinutes: 15, overlapMinutes: 5 } }, {}) }) }));
});
beforeEach(async () => {
  await cleanupPrefix(t.redis, prefix);
  server.findings.length = 0;
  server.requests.length = 0;
  server.detectors.clear();
  server.detectors.set('123456789012|us-east-1', detector);
});
afterAll(() => close());

const queuedJobs = async () => t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1);

describe('pollGuardDuty', () => {
  it('lists findings updated since the window by updatedAt and fetches them 50 at a time', async () => {
    const now = new Date();
    for (let i = 0; i < 120; i++) server.findings.push(finding(`f${i}`, new Date(now.getTime() - 10 * minute + i * 1000)));
    server.findings.push(finding('old', new Date(now.getTime() - 30 * minute)));

    const result = await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, now);
    expect(result).toMatchObject({ events: 120, detector, skipped: 0 });

    const lists = server.calls('ListFindings');
    expect(lists).toHaveLength(3);
    const body = lists[0]!.body as { findingCriteria: { criterion: { updatedAt: { greaterThanOrEqual: number } } }; sortCriteria: unknown };
    expect(body.findingCriteria.criterion.updatedAt.greaterThanOrEqual).toBe(now.getTime() - 15 * minute);
    expect(body.sortCriteria).toEqual({ attributeName: 'updatedAt', orderBy: 'ASC' });
    const gets = server.calls('GetFindings').map((r) => (r.body as { findingIds: string[] }).findingIds);
    expect(gets.every((ids) => ids.length <= 50)).toBe(true);
    expect(gets.flat().sort()).toEqual(server.findings.slice(0, 120).map((f) => f.id).sort());

    // A poll page is one job of records, in the order they were read.
    const records = (await queuedJobs()).flatMap((j) => payloadRecords(j.data as EvaluateEventPayload));
    expect(records).toHaveLength(120);
    const record = records[0]!;
    expect(record.source).toBe('guardduty');
    // The SDK's PascalCase came back to the API's camelCase.
    expect(record.source === 'guardduty' && record.finding.resource).toMatchObject({ instanceDetails: { instanceId: 'i-0123456789abcdef0' } });
    expect(await t.redis.get(`${prefix}:cursor:guardduty:123456789012:us-east-1`)).toBe(new Date(now.getTime() - 10 * minute + 119 * 1000).toISOString());
  });

  it('treats an updated finding (new updatedAt) as a new signal and a re-read as a no-op', async () => {
    const now = new Date();
    const first = finding('upd', new Date(now.getTime() - 5 * minute), { count: 1 });
    server.findings.push(first);
    await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, now);
    // Re-read without a change: no new job.
    await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, new Date(now.getTime() + 30_000));
    expect(await queuedJobs()).toHaveLength(1);

    const updatedAt = new Date(now.getTime() + 40_000);
    server.findings[0] = finding('upd', updatedAt, { count: 7, severity: 8 });
    await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, new Date(now.getTime() + 60_000));
    const jobs = await queuedJobs();
    expect(jobs).toHaveLength(2);
    expect(jobs.map((j) => j.id).sort()).toEqual(
      [`gd-${first.id}@${first.updatedAt}`, `gd-${first.id}@${updatedAt.toISOString()}`].map((id) => id.replace(/:/g, '_')).sort(),
    );
  });

  it('reports a region without a detector in the status instead of failing', async () => {
    const result = await pollGuardDuty(t.runtime, { account, region: 'eu-west-1' }, undefined, new Date());
    expect(result.events).toBe(0);
    expect(server.calls('ListFindings')).toHaveLength(0);
    const status = await readPollStatus(t.runtime);
    expect(status).toContainEqual(expect.objectContaining({ source: 'guardduty', region: 'eu-west-1', consecutiveErrors: 1 }));
    expect(status.find((s) => s.region === 'eu-west-1')!.lastError).toContain('no detector');
  });

  it('remembers the detector id instead of listing detectors on every poll', async () => {
    await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, new Date());
    await pollGuardDuty(t.runtime, { account, region: 'us-east-1' }, undefined, new Date());
    expect(server.calls('ListDetectors')).toHaveLength(1);
    expect(server.calls('ListFindings')).toHaveLength(2);
  });
});
