import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearAwsClientCache } from '../src/aws/clients.js';
import { parseConfig, type SqsQueueConfig } from '../src/config.js';
import { SqsConsumer } from '../src/ingest/sqs/consumer.js';
import { ingestBacklog } from '../src/ingest/sqs/consumers.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { silentLogger } from '../src/logger.js';
import { closeRedis, createRedis } from '../src/queue/connection.js';
import { createProducer } from '../src/queue/producer.js';
import { createRuntime, type Runtime } from '../src/queue/runtime.js';
import { ensureRedis } from '../src/redis-local.js';
import { startSlackApi } from '../src/slack/local-api.js';
import { createPosterClient } from '../src/slack/poster.js';
import { startPipeline } from '../src/worker.js';
import { startAwsServer, type AwsServer } from '../test/helpers/aws-server.js';
import type { Benchmark } from './index.js';
import { deleteRunKeys, envInt, percentile, singles, waitFor } from './pipeline.js';

const channel = 'C0SQSBENCH1';

/** How EventBridge wraps a record it delivers to SQS (detail-type by kind; `time` = the event's time). */
function eventBridge(record: IngestedRecord, time: string): Record<string, unknown> {
  if (record.source === 'guardduty') {
    return { version: '0', id: randomUUID(), 'detail-type': 'GuardDuty Finding', source: 'aws.guardduty', account: record.finding.accountId, time, region: record.finding.region, resources: [], detail: record.finding };
  }
  const e = record.event;
  const detailType = e.eventSource === 'signin.amazonaws.com' ? 'AWS Console Sign In via CloudTrail' : e.eventType === 'AwsServiceEvent' ? 'AWS Service Event via CloudTrail' : 'AWS API Call via CloudTrail';
  return { version: '0', id: randomUUID(), 'detail-type': detailType, source: `aws.${e.eventSource.split('.')[0]}`, account: e.recipientAccountId ?? '123456789012', time, region: e.awsRegion ?? 'us-east-1', resources: [], detail: e };
}

/** The record with its own time set to `time` (CloudTrail eventTime, GuardDuty updatedAt). */
function at(record: IngestedRecord, time: string): IngestedRecord {
  return record.source === 'cloudtrail' ? { ...record, event: { ...record.event, eventTime: time } } : { ...record, finding: { ...record.finding, updatedAt: time } };
}

function queueConfig(url: string, over: Record<string, unknown> = {}): SqsQueueConfig {
  return parseConfig({ sqs: { queueUrl: url, region: 'us-east-1', ...over } }, {}, 'bench').sqs[0]!;
}

/** Points the SDK at the local AWS server; returns the undo. */
function useLocalAws(server: AwsServer): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries({ ...server.env(), AWS_RETRY_MODE: 'adaptive' })) {
    saved.set(k, process.env[k]);
    process.env[k] = v;
  }
  clearAwsClientCache();
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    clearAwsClientCache();
  };
}

/** Event time -> Slack post for single events through SQS and the whole pipeline (srm serve's workers and consumer in process). */
async function latency(server: AwsServer, redisUrl: string, count: number): Promise<string[]> {
  const slack = await startSlackApi({ perChannelPerSecond: 1 });
  const prefix = `srm-bench-sqs-${randomBytes(4).toString('hex')}`;
  const queueUrl = `${server.url}/123456789012/srm-events`;
  server.sqsQueues.set(queueUrl, []);
  const config = parseConfig({ defaultChannel: channel, sqs: { queueUrl, region: 'us-east-1' } }, {}, 'bench');
  const pipeline = await startPipeline({ env: process.env, logger: silentLogger(), schedulers: false, redisUrl, config, prefix, slackClient: createPosterClient('xoxb-bench', slack.url) });
  try {
    await waitFor(async () => pipeline.sqs.consumers.every((c) => c.holding()), 30_000, 'the consumer holds the lease');
    const latencies: number[] = [];
    for (const s of singles(count)) {
      const time = new Date().toISOString();
      const sentAt = Date.parse(time);
      server.addSqsMessage(queueUrl, eventBridge(at(s.record, time), time));
      const posted = () => slack.calls.find((c) => c.method === 'chat.postMessage' && c.status === 200 && !c.error && JSON.stringify(c.body.blocks ?? '').includes(s.eventId));
      await waitFor(async () => posted() !== undefined, 30_000, 'single event posted');
      latencies.push(posted()!.at - sentAt);
      // Outside bursts: the next event after the channel's one-post-per-second slot.
      await new Promise((r) => setTimeout(r, 1200));
    }
    latencies.sort((a, b) => a - b);
    const receives = server.calls('ReceiveMessage').filter((r) => (r.body as { QueueUrl?: string }).QueueUrl === queueUrl);
    return [
      `events (one per rule, spaced 1.2 s) ${latencies.length}`,
      `event time -> Slack post           p50 ${Math.round(percentile(latencies, 50))} ms, p95 ${Math.round(percentile(latencies, 95))} ms, max ${Math.round(latencies[latencies.length - 1] ?? NaN)} ms (target p95 < 5000 ms)`,
      `long polls (WaitTimeSeconds 20)    ${receives.length} ReceiveMessage calls, ${server.sqsQueues.get(queueUrl)!.length} messages left on the queue`,
    ];
  } finally {
    await pipeline.stop();
    await deleteRunKeys(redisUrl, prefix).catch(() => undefined);
    await slack.close();
  }
}

/** A denied API call, in CloudTrail's documented shape, with a fresh id. */
function drainEvent(i: number): Record<string, unknown> {
  const detail = {
    eventVersion: '1.09',
    userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::123456789012:assumed-role/ci-${i % 20}/s`, accountId: '123456789012' },
    eventTime: new Date().toISOString(),
    eventSource: 'iam.amazonaws.com',
    eventName: 'ListRoles',
    awsRegion: 'us-east-1',
    sourceIPAddress: `192.0.2.${i % 250}`,
    errorCode: 'AccessDenied',
    eventID: randomUUID(),
    eventType: 'AwsApiCall',
    recipientAccountId: '123456789012',
  };
  return { version: '0', id: randomUUID(), 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.iam', account: '123456789012', time: detail.eventTime, region: 'us-east-1', resources: [], detail };
}

/** Receive -> enqueue -> delete rate of one consumer on a deep queue, with 1 and with 4 receives in flight (no workers: the backlog only grows). */
async function drain(server: AwsServer, redisUrl: string, messages: number): Promise<string[]> {
  const prefix = `srm-bench-sqs-drain-${randomBytes(4).toString('hex')}`;
  const redis = createRedis(redisUrl, 'client');
  const producerConnection = createRedis(redisUrl, 'producer');
  const producer = createProducer({ connection: producerConnection, prefix });
  const runtime: Runtime = createRuntime({ logger: silentLogger(), config: parseConfig({}, {}, 'bench'), redis, prefix, producer });
  const lines: string[] = [];
  try {
    for (const receivers of [1, 4]) {
      const queueUrl = `${server.url}/123456789012/srm-drain-${receivers}`;
      server.sqsQueues.set(queueUrl, []);
      for (let i = 0; i < messages; i++) server.addSqsMessage(queueUrl, drainEvent(i));
      server.sqsApi.maxReceivesInFlight = 0;
      const consumer = new SqsConsumer({ runtime, queue: queueConfig(queueUrl, { receivers, maxBacklog: 1_000_000 }), backlog: ingestBacklog(producer.queue('ingest')) });
      const t0 = performance.now();
      consumer.start();
      await waitFor(async () => server.sqsQueues.get(queueUrl)!.length === 0, 600_000, 'queue drained');
      const ms = performance.now() - t0;
      await consumer.stop();
      lines.push(`deep queue, receivers ${receivers}          ${messages} messages in ${(ms / 1000).toFixed(2)} s = ${Math.round(messages / (ms / 1000))} messages/s (at most ${server.sqsApi.maxReceivesInFlight} receives in flight)`);
    }
  } finally {
    await producer.close();
    await deleteRunKeys(redisUrl, prefix).catch(() => undefined);
    await closeRedis(redis);
    await closeRedis(producerConnection);
  }
  return lines;
}

/** Time for a standby replica to take the queue over: after `srm worker` holding it is SIGKILLed, and after a graceful stop. */
async function takeover(server: AwsServer, redisUrl: string): Promise<string[]> {
  const prefix = `srm-bench-sqs-lease-${randomBytes(4).toString('hex')}`;
  const queueUrl = `${server.url}/123456789012/srm-takeover`;
  server.sqsQueues.set(queueUrl, []);
  const dir = mkdtempSync(path.join(tmpdir(), 'srm-bench-'));
  const configFile = path.join(dir, 'srm.yaml');
  writeFileSync(configFile, `poll: { cloudtrail: false, guardduty: false }\nsqs: { queueUrl: "${queueUrl}", region: us-east-1 }\n`);
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/bin.js');
  const redis = createRedis(redisUrl, 'client');
  const producerConnection = createRedis(redisUrl, 'producer');
  const producer = createProducer({ connection: producerConnection, prefix });
  const runtime = createRuntime({ logger: silentLogger(), config: parseConfig({}, {}, 'bench'), redis, prefix, producer });
  const child = spawn(process.execPath, [bin, 'worker'], {
    env: { ...process.env, REDIS_URL: redisUrl, SRM_QUEUE_PREFIX: prefix, SRM_CONFIG: configFile, SRM_LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '' },
    stdio: 'ignore',
  });
  const consumers: SqsConsumer[] = [];
  const standby = () => {
    const c = new SqsConsumer({ runtime, queue: queueConfig(queueUrl), backlog: ingestBacklog(producer.queue('ingest')) });
    consumers.push(c);
    c.start();
    return c;
  };
  try {
    await waitFor(async () => (await redis.get(`${prefix}:sqs-lease:123456789012:us-east-1:srm-takeover`))?.includes(`:${child.pid}:`) === true, 60_000, 'srm worker holds the lease');
    const a = standby();
    await waitFor(async () => a.state === 'standby', 60_000, 'a replica standing by');
    const killedAt = performance.now();
    child.kill('SIGKILL');
    await waitFor(async () => a.holding(), 60_000, 'takeover after SIGKILL');
    const afterKill = performance.now() - killedAt;
    const b = standby();
    await waitFor(async () => b.state === 'standby', 60_000, 'second replica standing by');
    const stoppedAt = performance.now();
    await a.stop();
    await waitFor(async () => b.holding(), 60_000, 'takeover after a graceful stop');
    const afterStop = performance.now() - stoppedAt;
    const lease = queueConfig(queueUrl).leaseSeconds;
    return [
      `takeover after SIGKILL of holder   ${(afterKill / 1000).toFixed(2)} s (lease ${lease} s, renewed every ${(lease / 3).toFixed(1)} s, standby retries every ${(lease / 6).toFixed(1)} s)`,
      `takeover after a graceful stop     ${(afterStop / 1000).toFixed(2)} s (the lease is released)`,
    ];
  } finally {
    child.kill('SIGKILL');
    await Promise.all(consumers.map((c) => c.stop()));
    await producer.close();
    await deleteRunKeys(redisUrl, prefix).catch(() => undefined);
    await closeRedis(redis);
    await closeRedis(producerConnection);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The EventBridge -> SQS path on this machine: events put on a local SQS
 * queue (the AWS protocol server the tests use, with long polling) are
 * consumed by srm's continuous consumer and go through the real pipeline to
 * a local Slack Web API; latency is event time (millisecond precision here)
 * to the accepted chat.postMessage. Then the drain rate of a deep queue and
 * the lease takeover times.
 */
export const sqsBench: Benchmark = {
  name: 'sqs',
  async run() {
    const logger = silentLogger();
    const redisHandle = await ensureRedis(process.env, logger);
    const server = await startAwsServer();
    const undoEnv = useLocalAws(server);
    try {
      const print = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n');
      print(await latency(server, redisHandle.url, envInt('SRM_BENCH_SQS_EVENTS', 30)));
      print(await drain(server, redisHandle.url, envInt('SRM_BENCH_SQS_DRAIN', 2000)));
      print(await takeover(server, redisHandle.url));
    } finally {
      undoEnv();
      await server.close();
      await redisHandle.stop();
    }
  },
};
