import { describe, expect, it } from 'vitest';
import { payloadRecords, type EvaluateEventPayload } from '../../../jobs/evaluate-event.js';
import { readPollStatus } from '../../../src/ingest/pollers/status.js';
import { startSqsConsumers } from '../../../src/ingest/sqs/consumers.js';
import { registry } from '../../../src/metrics.js';
import type { Runtime } from '../../../src/queue/runtime.js';
import { createUserEvent, envelope, finding } from '../pollers/fixtures.js';
import { eventually } from '../../queue/harness.js';
import { gatedEnqueue, useSqsTestbed } from './testbed.js';

const bed = useSqsTestbed(import.meta.url, 'srm-events');

const ctMessage = (seed: string) => {
  const event = createUserEvent(seed, new Date());
  return { ...envelope('AWS API Call via CloudTrail', 'aws.iam', event), detail: event };
};
const eventIdOf = (body: string) => (JSON.parse(body) as { detail: { eventID?: string } }).detail.eventID;
const waiting = () => bed.t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1);

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
    const { url, config } = bed.newQueue();
    const log: string[] = [];
    bed.server.sqsApi.onEvent = (e) => {
      if (e.type === 'deleted') log.push(`deleted ${eventIdOf(e.message.Body)}`);
    };
    const runtime: Runtime = {
      ...bed.t.runtime,
      async enqueue(def, payload, opts) {
        const job = await bed.t.runtime.enqueue(def, payload, opts);
        const p = payload as EvaluateEventPayload;
        for (const r of payloadRecords(p)) if (r.source === 'cloudtrail') log.push(`enqueued ${r.event.eventID}`);
        return job;
      },
    };
    const c = bed.consumer(config, { runtime });
    // Three waves, each after the previous one is consumed: one consumer loop takes them all, no job scheduler involved.
    const ids: string[] = [];
    for (let wave = 0; wave < 3; wave++) {
      for (let i = 0; i < 4; i++) {
        const m = ctMessage(`wave${wave}-${i}`);
        ids.push(m.detail.eventID);
        bed.server.addSqsMessage(url, m);
      }
      await eventually(() => (bed.server.sqsQueues.get(url)!.length === 0 ? true : undefined));
    }
    expect(c.state).toBe('consuming');
    const jobs = await waiting();
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.map((id) => `ct-${id}`).sort());
    for (const id of ids) {
      const enqueued = log.indexOf(`enqueued ${id}`);
      expect(enqueued).toBeGreaterThanOrEqual(0);
      expect(log.indexOf(`deleted ${id}`)).toBeGreaterThan(enqueued);
    }
    const receives = bed.server.calls('ReceiveMessage').filter((r) => (r.body as { QueueUrl: string }).QueueUrl === url);
    expect(receives.length).toBeGreaterThanOrEqual(3);
    for (const r of receives) expect(r.body).toMatchObject({ MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
  });

  it('runs several receives at once while they come back full, one while the queue is shallow', async () => {
    const { url, config } = bed.newQueue({ receivers: 4 });
    for (let i = 0; i < 300; i++) bed.server.addSqsMessage(url, ctMessage(`deep-${i}`));
    bed.server.sqsApi.maxReceivesInFlight = 0;
    // Each receive takes a while, as SQS's do: a consumer that waited for one before the next would never overlap them.
    bed.server.sqsApi.receiveLatencyMs = 100;
    const c = bed.consumer(config);
    await eventually(() => (bed.server.sqsQueues.get(url)!.length === 0 ? true : undefined), 30_000);
    expect(bed.server.sqsApi.maxReceivesInFlight).toBeGreaterThan(1);
    expect(bed.server.sqsApi.maxReceivesInFlight).toBeLessThanOrEqual(4);
    expect((await waiting()).length).toBe(300);
    // Shallow now: after a receive that came back short, the extra receivers rest (a receive they had begun ends first).
    await eventually(() => (c.snapshot().deep ? undefined : true));
    const settled = bed.server.calls('ReceiveMessage').length;
    await eventually(() => (bed.server.calls('ReceiveMessage').length >= settled + 2 && bed.server.sqsApi.receivesInFlight === 1 ? true : undefined));
    bed.server.sqsApi.maxReceivesInFlight = 1;
    const before = bed.server.calls('ReceiveMessage').length;
    await eventually(() => (bed.server.calls('ReceiveMessage').length >= before + 2 ? true : undefined));
    expect(bed.server.sqsApi.maxReceivesInFlight).toBe(1);
  });

  it('stops receiving while the BullMQ ingest queue is behind and resumes below the low-water mark', async () => {
    const { url, name, config } = bed.newQueue({ maxBacklog: 20, resumeBacklog: 5, receivers: 2 });
    for (let i = 0; i < 80; i++) bed.server.addSqsMessage(url, ctMessage(`bp-${i}`));
    const c = bed.consumer(config);
    await eventually(() => (c.state === 'paused' ? true : undefined));
    const receivesWhenPaused = bed.server.calls('ReceiveMessage').length;
    const backlog = (await waiting()).length;
    expect(backlog).toBeGreaterThanOrEqual(20);
    // At most the batches already in flight when the mark was crossed go past it.
    expect(backlog).toBeLessThanOrEqual(20 + 2 * 10);
    expect(bed.server.sqsQueues.get(url)!.length).toBe(80 - backlog);
    expect((await readPollStatus(bed.t.runtime)).find((s) => s.queue === name)?.state).toMatch(/^paused: ingest queue behind/);
    // Still paused at 10 waiting (above the low-water mark of 5)...
    const jobs = await waiting();
    for (const j of jobs.slice(0, backlog - 10)) await j.remove();
    await eventually(async () => (c.snapshot().backlog === 10 ? true : undefined));
    expect(c.state).toBe('paused');
    expect(bed.server.calls('ReceiveMessage').length).toBe(receivesWhenPaused);
    // ...and receiving again at 5 (until the backlog reaches the mark again: the state may already be paused once more).
    for (const j of (await waiting()).slice(0, 5)) await j.remove();
    await eventually(() => (bed.server.calls('ReceiveMessage').length > receivesWhenPaused ? true : undefined));
    await eventually(async () => ((await waiting()).length > 5 ? true : undefined));
  });

  it('leaves an unreadable message on the queue (counted), so the redrive policy moves it to the DLQ', async () => {
    const { url, name, config } = bed.newQueue();
    const dlq = `${bed.server.url}/123456789012/${name}-dlq`;
    bed.server.sqsQueues.set(dlq, []);
    bed.server.sqsApi.redrive.set(url, { deadLetterQueueUrl: dlq, maxReceiveCount: 2 });
    const labels = { queue: name, account: '123456789012', region: 'us-east-1' };
    bed.server.addSqsMessage(url, '{not json');
    bed.server.addSqsMessage(url, { 'detail-type': 'Some Other Event', source: 'aws.ec2', detail: { state: 'running' } });
    bed.server.addSqsMessage(url, ctMessage('readable'));
    bed.consumer(config);
    await eventually(async () => ((await metric('srm_sqs_messages_left_for_dlq_total', labels)) === 2 && bed.server.sqsQueues.get(url)!.length === 2 ? true : undefined));
    expect(bed.server.sqsQueues.get(url)!.map((m) => m.Body).sort()).toEqual(['{not json', expect.stringContaining('Some Other Event')].sort());
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('readable').detail.eventID}`]);
    // Received again after the visibility timeout, left again; the third delivery goes to the DLQ instead.
    bed.server.sqsApi.expireVisibility(url);
    await eventually(async () => ((await metric('srm_sqs_messages_left_for_dlq_total', labels)) === 4 ? true : undefined));
    bed.server.sqsApi.expireVisibility(url);
    await eventually(() => (bed.server.sqsQueues.get(dlq)!.length === 2 ? true : undefined));
    expect(bed.server.sqsQueues.get(url)).toHaveLength(0);
  });

  it('goes on after throttled receives (the SDK retries them) and after a failing queue (backs off, reports it)', async () => {
    const { url, config } = bed.newQueue();
    bed.server.failNext('ReceiveMessage', 2, 'RequestThrottled');
    bed.server.addSqsMessage(url, ctMessage('throttled'));
    bed.consumer(config);
    await eventually(() => (bed.server.sqsQueues.get(url)!.length === 0 ? true : undefined));
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('throttled').detail.eventID}`]);

    const gone = bed.newQueue();
    bed.server.sqsQueues.delete(gone.url);
    bed.consumer(gone.config);
    const name = gone.name;
    const status = await eventually(async () => (await readPollStatus(bed.t.runtime)).find((s) => s.queue === name && s.consecutiveErrors > 0));
    expect(status.lastError).toContain('QueueDoesNotExist');
    expect(await metric('srm_sqs_receive_errors_total', { queue: name!, error: 'QueueDoesNotExist' })).toBeGreaterThan(0);
  });

  it('stops gracefully: no new receive, what was received is enqueued then deleted, the lease is released', async () => {
    const { url, name, config } = bed.newQueue();
    const { runtime, entered, release } = gatedEnqueue(bed.t.runtime, (def, payload, opts) => bed.t.runtime.enqueue(def, payload, opts));
    bed.server.addSqsMessage(url, ctMessage('in-flight'));
    const c = bed.consumer(config, { runtime });
    await eventually(() => (entered() === 1 ? true : undefined));
    const stopped = c.stop();
    bed.server.addSqsMessage(url, ctMessage('after-stop'));
    release();
    await stopped;
    expect(c.state).toBe('stopped');
    expect(await c.lease.holder()).toBeNull();
    // The received message was enqueued and deleted; the one sent after the stop began was never received.
    expect((await waiting()).map((j) => j.id)).toEqual([`ct-${ctMessage('in-flight').detail.eventID}`]);
    expect(bed.server.sqsQueues.get(url)!.map((m) => [eventIdOf(m.Body), m.receiveCount])).toEqual([[ctMessage('after-stop').detail.eventID, 0]]);
    expect((await readPollStatus(bed.t.runtime)).find((s) => s.queue === name)?.state).toBe('stopped (lease released)');
  });

  it('a message whose enqueue fails after the stop began is not deleted', async () => {
    const { url, config } = bed.newQueue();
    const { runtime, entered, release } = gatedEnqueue(bed.t.runtime, () => Promise.reject(new Error('Connection is closed.')));
    bed.server.addSqsMessage(url, ctMessage('lost-redis'));
    const c = bed.consumer(config, { runtime });
    await eventually(() => (entered() === 1 ? true : undefined));
    const stopped = c.stop();
    release();
    await stopped;
    expect(bed.server.sqsQueues.get(url)!.map((m) => eventIdOf(m.Body))).toEqual([ctMessage('lost-redis').detail.eventID]);
    expect(bed.server.calls('DeleteMessageBatch').filter((r) => (r.body as { QueueUrl: string }).QueueUrl === url)).toHaveLength(0);
  });

  it('consumes several queues, with per-queue metrics: received, deleted, oldest message age, depth from GetQueueAttributes, lag', async () => {
    const a = bed.newQueue();
    const b = bed.newQueue();
    const config = { ...bed.t.runtime.config, sqs: [a.config, b.config] };
    const consumers = startSqsConsumers({ ...bed.t.runtime, config }, bed.t.producer.queue('ingest'), undefined, { standbyRetryMs: 100 });
    try {
      for (let i = 0; i < 3; i++) bed.server.addSqsMessage(a.url, ctMessage(`multi-a-${i}`));
      bed.server.addSqsMessage(b.url, envelope('GuardDuty Finding', 'aws.guardduty', finding('multi-b', new Date())));
      const la = { queue: a.name, account: '123456789012', region: 'us-east-1' };
      const lb = { queue: b.name, account: '123456789012', region: 'us-east-1' };
      await eventually(async () => ((await metric('srm_sqs_messages_deleted_total', la)) + (await metric('srm_sqs_messages_deleted_total', lb)) === 4 ? true : undefined));
      expect(bed.server.sqsQueues.get(a.url)!.length + bed.server.sqsQueues.get(b.url)!.length).toBe(0);
      expect(await metric('srm_sqs_messages_received_total', la)).toBe(3);
      expect(await metric('srm_sqs_messages_deleted_total', la)).toBe(3);
      expect(await metric('srm_sqs_messages_received_total', lb)).toBe(1);
      expect(await metric('srm_sqs_messages_deleted_total', lb)).toBe(1);
      expect(await metric('srm_sqs_consumer_lag_seconds', la)).toBe(3);
      expect(await metric('srm_sqs_consumer_lag_seconds', lb)).toBe(1);
      expect(await metric('srm_sqs_consumer_state', { ...la, state: 'consuming' })).toBe(1);
      // GetQueueAttributes is sampled when the lease is taken, beside the receives.
      const depth = new RegExp(`srm_sqs_queue_messages\\{queue="${la.queue}",account="123456789012",region="us-east-1",state="visible"\\} \\d+`);
      const text = await eventually(async () => {
        const t = await registry.metrics();
        return depth.test(t) ? t : undefined;
      });
      expect(text).toContain(`srm_sqs_oldest_message_age_seconds{queue="${la.queue}",account="123456789012",region="us-east-1"}`);
      expect(bed.server.calls('GetQueueAttributes').some((r) => (r.body as { QueueUrl: string }).QueueUrl === a.url)).toBe(true);
      const names = (await readPollStatus(bed.t.runtime)).filter((s) => s.source === 'sqs').map((s) => s.queue);
      expect(names).toEqual(expect.arrayContaining([la.queue, lb.queue]));
    } finally {
      await consumers.stop();
    }
    expect(consumers.consumers.map((c) => c.state)).toEqual(['stopped', 'stopped']);
  });
});
