import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollGuardduty } from '../../jobs/poll-guardduty.js';
import { parseConfig } from '../../src/config.js';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { startWorkers } from '../../src/queue/workers.js';
import { startAwsTestRuntime } from '../helpers/aws-runtime.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { testPrefix } from '../helpers/redis.js';
import { finding } from '../ingest/pollers/fixtures.js';
import { eventually, type TestRuntime } from '../queue/harness.js';

const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, { runtime: () => ({ config: parseConfig({}, { AWS_REGION: 'eu-west-1' }) }) }));
});
afterAll(() => close());

describe('poll-guardduty job', () => {
  it('polls the ambient account per region and enqueues each finding version', async () => {
    server.detectors.set('123456789012|eu-west-1', 'abcdef0123456789abcdef0123456789');
    server.findings.push(finding('eu1', new Date(Date.now() - 60_000), { region: 'eu-west-1', detector: 'abcdef0123456789abcdef0123456789' }));
    const workers = await startWorkers(t.runtime, [pollGuardduty, evaluateEvent], { queues: ['ingest'] });
    try {
      const job = await t.runtime.enqueue(pollGuardduty, { account: 'ambient', region: 'eu-west-1' });
      const done = await eventually(async () => ((await job.isCompleted()) ? true : undefined));
      expect(done).toBe(true);
      const result = (await t.producer.queue('ingest').getJob(job.id!))?.returnvalue as { events: number; detector: string };
      expect(result).toMatchObject({ events: 1, detector: 'abcdef0123456789abcdef0123456789' });
      await eventually(async () => ((await t.producer.queue('ingest').getCompletedCount()) >= 2 ? true : undefined));
    } finally {
      await workers.close();
    }
    const evaluated = await t.producer.queue('ingest').getJobs(['waiting', 'prioritized', 'active', 'completed'], 0, -1);
    expect(evaluated.map((j) => j.name).sort()).toEqual(['evaluate-event', 'poll-guardduty']);
    expect(server.calls('GetFindings').every((r) => r.region === 'eu-west-1')).toBe(true);
  });

  it('rejects a payload that is not an account id and region', async () => {
    await expect(t.runtime.enqueue(pollGuardduty, { account: 'prod', region: 'us-east-1' })).rejects.toThrow(/invalid poll-guardduty payload: account/);
  });
});
