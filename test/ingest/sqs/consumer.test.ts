import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluateEventPayload } from '../../../jobs/evaluate-event.js';
import { parseConfig, type SqsQueueConfig } from '../../../src/config.js';
import { readPollStatus } from '../../../src/ingest/pollers/status.js';
import { SqsConsumer, type SqsConsumerOptions } from '../../../src/ingest/sqs/consumer.js';
import { ingestBacklog, startSqsConsumers } from '../../../src/ingest/sqs/consumers.js';
import { registry } from '../../../src/metrics.js';
import type { Runtime } from '../../../src/queue/runtime.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { testPrefix } from '../../helpers/redis.js';
import { createUserEvent, envelope, finding } from '../pollers/fixtures.js';
import { eventually, type TestRuntime } from '../../queue/harness.js';

const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;
const running: SqsConsumer[] = [];
let queueCount = 0;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, { server: { sqsVisibilityMs: 60_000 } }));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
  await t.producer.queue('ingest').obliterate({ force: true });
  server.sqsApi.onEvent = undefined;
});
afterAll(() => close());

/** A fresh queue on the local server (its own lease and metrics labels), as the config would give it. */
function newQueue(over: Record<string, unknown> = {}): { url: string; config: SqsQueueConfig } {
  const url = `${server.url}/123456789012/srm-events-${++queueCount}`;
  server.sqsQueues.set(url, []);
  const config = parseConfig({ sqs: { queueUrl: url, region: 'us-east-1', waitSeconds: 1, leaseSeconds: 2, ...over } }, {}).sqs[0]!;
  return { url, config };
}

function consumer(queue: SqsQueueConfig, over: Partial<SqsConsumerOptions> = {}): SqsConsumer {
  const c = new SqsConsumer({ runtime: t.runtime, queue, backlog: ingestBacklog(t.producer.queue('ingest')), standbyRetryMs: 100, pauseCheckMs: 50, ...over });
  running.push(c);
  c.start();
  return c;
}

const ctMessage = (seed: string) => {
  const event = createUserEvent(seed, new Date());
  return { ...envelope('AWS API Call via CloudTrail', 'aws.iam', event), detail: event };
};
const eventIdOf = (body: string) => (JSON.parse(body) as { detail: { eventID?: string } }).detail.eventID;
const waiting = () => t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1);

async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  const values = (m?.values ?? []) as Array<{ value: number; labels: Record<string, string | number>; metricName?: string }>;
  return values
    .filter((v) => !v.metricName || v.metricName === name || v.metricName === `${name}_count`)
    .filter((v) => Object.entries(labels).every(([k, want]) => String(v.labels[k]) === want))
    .reduce((sum, v) => sum + v.value, 0);
}

describe('the continuous SQS consumer', () => {
  it('long-polls in a loop, enqueues every event and deletes each message only after its enqueue was acknowledged', async () => {
    const { url, config } = newQueue();
    const log: string[] = [];
    server.sqsApi.onEvent = (e) => {
      if (e.type === 'deleted') log.push(`deleted ${eventIdOf(e.message.Body)}`);
    };
    const runtime: Runtime = {
      ...t.runtime,
      async enqueue(def, payload, opts) {
        const job = await t.runtime.enqueue(def, payload, opts);
        const p = payload as EvaluateEventPayload;
        if (p.record.source === 'cloudtrail') log.push(`enqueued ${p.record.event.eventID}`);
        return job;
      },
    };
    const c = consumer(config, { runtime });
    // Three waves, each after the previous one is consumed: one consumer loop takes them all, no job scheduler involved.
    const ids: string[] = [];
    for (let wave = 0; wave < 3; wave++) {
      for (let i = 0; i < 4; i++) {
        const m = ctMessage(`wave${wave}-${i}`);
        ids.push(m.detail.eventID);
        server.addSqsMessage(url, m);
      }
      await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined));
    }
    expect(c.state).toBe('consuming');
    const jobs = await waiting();
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.map((id) => `ct-${id}`).sort());
    for (const id of ids) {
      const enqueued = log.indexOf(`enqueued ${id}`);
      expect(enqueued).toBeGreaterThanOrEqual(0);
      expect(log.indexOf(`deleted ${id}`)).toBeGreaterThan(enqueued);
    }
    const receives = server.calls('ReceiveMessage').filter((r) => (r.body as { QueueUrl: string }).QueueUrl === url);
    expect(receives.length).toBeGreaterThanOrEqual(3);
    for (const r of receives) expect(r.body).toMatchObject({ MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
  });

  it('runs several receives at once while they come back full, one while the queue is shallow', async () => {
    const { url, config } = newQueue({ receivers: 4 });
    for (let i = 0; i < 300; i++) server.addSqsMessage(url, ctMessage(`deep-${i}`));
    server.sqsApi.maxReceivesInFlight = 0;
    const c = consumer(config);
    await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined), 30_000);
    expect(server.sqsApi.maxReceivesInFlight).toBeGreaterThan(1);
    expect(server.sqsApi.maxReceivesInFlight).toBeLessThanOrEqual(4);
    expect((await waiting()).length).toBe(300);
    // Shallow now: after a receive that came back short, the extra receivers rest.
    await eventually(() => (c.snapshot().deep ? undefined : true));
    await eventually(() => (server.sqsApi.receivesInFlight === 1 ? true : undefined));
    server.sqsApi.maxReceivesInFlight = 1;
    const before = server.calls('ReceiveMessage').length;
    await eventually(() => (server.calls('ReceiveMessage').length >= before + 2 ? true : undefined));
    expect(server.sqsApi.maxReceivesInFlight).toBe(1);
  });

  it('stops receiving while the BullMQ ingest queue is behind and resumes below the low-water mark', async () => {
    const { url, config } = newQueue({ maxBacklog: 20, resumeBacklog: 5, receivers: 2 });
    for (let i = 0; i < 80; i++) server.addSqsMessage(url, ctMessage(`bp-${i}`));
    const c = consumer(config);
    await eventually(() => (c.state === 'paused' ? true : undefined));
    const receivesWhenPaused = server.calls('ReceiveMessage').length;
    const backlog = (await waiting()).length;
    expect(backlog).toBeGreaterThanOrEqual(20);
    // At most the batches already in flight when the mark was crossed go past it.
    expect(backlog).toBeLessThanOrEqual(20 + 2 * 10);
    expect(server.sqsQueues.get(url)!.length).toBe(80 - backlog);
    expect((await readPollStatus(t.runtime)).find((s) => s.queue === config.queueUrl.split('/').pop())?.state).toMatch(/^paused: ingest queue behind/);
    // Still paused at 10 waiting (above the low-water mark of 5)...
    const jobs = await waiting();
    for (const j of jobs.slice(0, backlog - 10)) await j.remove();
    await eventually(async () => (c.snapshot().backlog === 10 ? true : undefined));
    expect(c.state).toBe('paused');
    expect(server.calls('ReceiveMessage').length).toBe(receivesWhenPaused);
    // ...and receiving again at 5.
    for (const j of (await waiting()).slice(0, 5)) await j.remove();
    await eventually(() => (c.state === 'consuming' ? true : undefined));
    await eventually(() => (server.calls('ReceiveMessage').length > receivesWhenPaused ? true : undefined));
  });

  it('leaves an unreadable message on the queue (counted), so the redrive policy moves it to the DLQ', async () => {
    const { url, config } = newQueue();
    const dlq = `${server.url}/123456789012/srm-events-dlq-${queueCount}`;
    server.sqsQueues.set(dlq, []);
    server.sqsApi.redrive.set(url, { deadLetterQueueUrl: dlq, maxReceiveCount: 2 });
    const labels = { queue: `srm-events-${queueCount}`, account: '123456789012', region: 'us-east-1' };
    server.addSqsMessage(url, '{not json');
    server.addSqsMessage(url, { 'detail-type': 'Some Other Event', source: 'aws.ec2', detail: { state: 'running' } });
    server.addSqsMessage(url, ctMessage('readable'));
    consumer(config);
    await eventually(async () => ((await metric('srm_sqs_messages_left_for_dlq_total', labels)) === 2 && server.sqsQueues.get(url)!.length === 2 ? true : undefined));
    expect(server.sqsQueues.get(url)!.map((m) => m.Body).sort()).toEqual(['{not json', expect.stringContaining('Some Other Event')].sort());
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('readable').detail.eventID}`]);
    // Received again after the visibility timeout, left again; the third delivery goes to the DLQ instead.
    server.sqsApi.expireVisibility(url);
    await eventually(async () => ((await metric('srm_sqs_messages_left_for_dlq_total', labels)) === 4 ? true : undefined));
    server.sqsApi.expireVisibility(url);
    await eventually(() => (server.sqsQueues.get(dlq)!.length === 2 ? true : undefined));
    expect(server.sqsQueues.get(url)).toHaveLength(0);
  });

  it('goes on after throttled receives (the SDK retries them) and after a failing queue (backs off, reports it)', async () => {
    const { url, config } = newQueue();
    server.failNext('ReceiveMessage', 2, 'RequestThrottled');
    server.addSqsMessage(url, ctMessage('throttled'));
    consumer(config);
    await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined));
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('throttled').detail.eventID}`]);

    const gone = newQueue();
    server.sqsQueues.delete(gone.url);
    consumer(gone.config);
    const name = gone.url.split('/').pop();
    const status = await eventually(async () => (await readPollStatus(t.runtime)).find((s) => s.queue === name && s.consecutiveErrors > 0));
    expect(status.lastError).toContain('QueueDoesNotExist');
    expect(await metric('srm_sqs_receive_errors_total', { queue: name!, error: 'QueueDoesNotExist' })).toBeGreaterThan(0);
  });

  it('stops gracefully: no new receive, what was received is enqueued then deleted, the lease is released', async () => {
    const { url, config } = newQueue();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered = 0;
    const runtime: Runtime = {
      ...t.runtime,
      async enqueue(def, payload, opts) {
        entered++;
        await gate;
        return t.runtime.enqueue(def, payload, opts);
      },
    };
    server.addSqsMessage(url, ctMessage('in-flight'));
    const c = consumer(config, { runtime });
    await eventually(() => (entered === 1 ? true : undefined));
    const stopped = c.stop();
    server.addSqsMessage(url, ctMessage('after-stop'));
    release();
    await stopped;
    expect(c.state).toBe('stopped');
    expect(await c.lease.holder()).toBeNull();
    // The received message was enqueued and deleted; the one sent after the stop began was never received.
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('in-flight').detail.eventID}`]);
    expect(server.sqsQueues.get(url)!.map((m) => [eventIdOf(m.Body), m.receiveCount])).toEqual([[ctMessage('after-stop').detail.eventID, 0]]);
    expect((await readPollStatus(t.runtime)).find((s) => s.queue === url.split('/').pop())?.state).toBe('stopped (lease released)');
  });

  it('a message whose enqueue fails after the stop began is not deleted', async () => {
    const { url, config } = newQueue();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered = 0;
    const runtime: Runtime = {
      ...t.runtime,
      async enqueue() {
        entered++;
        await gate;
        throw new Error('Connection is closed.');
      },
    };
    server.addSqsMessage(url, ctMessage('lost-redis'));
    const c = consumer(config, { runtime });
    await eventually(() => (entered === 1 ? true : undefined));
    const stopped = c.stop();
    release();
    await stopped;
    expect(server.sqsQueues.get(url)!.map((m) => eventIdOf(m.Body))).toEqual([ctMessage('lost-redis').detail.eventID]);
    expect(server.calls('DeleteMessageBatch').filter((r) => (r.body as { QueueUrl: string }).QueueUrl === url)).toHaveLength(0);
  });

  it('consumes several queues, with per-queue metrics: received, deleted, oldest message age, depth from GetQueueAttributes, lag', async () => {
    const a = newQueue();
    const b = newQueue();
    const config = { ...t.runtime.config, sqs: [a.config, b.config] };
    const consumers = startSqsConsumers({ ...t.runtime, config }, t.producer.queue('ingest'), undefined, { standbyRetryMs: 100 });
    try {
      for (let i = 0; i < 3; i++) server.addSqsMessage(a.url, ctMessage(`multi-a-${i}`));
      server.addSqsMessage(b.url, envelope('GuardDuty Finding', 'aws.guardduty', finding('multi-b', new Date())));
      const la = { queue: a.url.split('/').pop()!, account: '123456789012', region: 'us-east-1' };
      const lb = { queue: b.url.split('/').pop()!, account: '123456789012', region: 'us-east-1' };
      await eventually(async () => ((await metric('srm_sqs_messages_deleted_total', la)) + (await metric('srm_sqs_messages_deleted_total', lb)) === 4 ? true : undefined));
      expect(server.sqsQueues.get(a.url)!.length + server.sqsQueues.get(b.url)!.length).toBe(0);
      expect(await metric('srm_sqs_messages_received_total', la)).toBe(3);
      expect(await metric('srm_sqs_messages_deleted_total', la)).toBe(3);
      expect(await metric('srm_sqs_messages_received_total', lb)).toBe(1);
      expect(await metric('srm_sqs_messages_deleted_total', lb)).toBe(1);
      expect(await metric('srm_sqs_consumer_lag_seconds', la)).toBe(3);
      expect(await metric('srm_sqs_consumer_lag_seconds', lb)).toBe(1);
      expect(await metric('srm_sqs_consumer_state', { ...la, state: 'consuming' })).toBe(1);
      const text = await registry.metrics();
      expect(text).toContain(`srm_sqs_oldest_message_age_seconds{queue="${la.queue}",account="123456789012",region="us-east-1"}`);
      expect(text).toMatch(new RegExp(`srm_sqs_queue_messages\\{queue="${la.queue}",account="123456789012",region="us-east-1",state="visible"\\} \\d+`));
      const names = (await readPollStatus(t.runtime)).filter((s) => s.source === 'sqs').map((s) => s.queue);
      expect(names).toEqual(expect.arrayContaining([la.queue, lb.queue]));
    } finally {
      await consumers.stop();
    }
    expect(consumers.consumers.map((c) => c.state)).toEqual(['stopped', 'stopped']);
  });
});
