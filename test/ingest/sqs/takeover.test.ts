import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type SqsQueueConfig } from '../../../src/config.js';
import { createRedis } from '../../../src/queue/connection.js';
import { SqsConsumer } from '../../../src/ingest/sqs/consumer.js';
import { ingestBacklog } from '../../../src/ingest/sqs/consumers.js';
import type { Runtime } from '../../../src/queue/runtime.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { testPrefix, testRedisUrl } from '../../helpers/redis.js';
import { createUserEvent, envelope } from '../pollers/fixtures.js';
import { eventually, type TestRuntime } from '../../queue/harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'dist/src/bin.js');
const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;
const running: SqsConsumer[] = [];
let queueCount = 0;

beforeAll(async () => {
  if (!existsSync(bin)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  ({ server, t, close } = await startAwsTestRuntime(prefix, { server: { sqsVisibilityMs: 60_000 } }));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
});
afterAll(() => close());

function newQueue(): { url: string; config: SqsQueueConfig } {
  const url = `${server.url}/123456789012/srm-takeover-${++queueCount}`;
  server.sqsQueues.set(url, []);
  return { url, config: parseConfig({ sqs: { queueUrl: url, region: 'us-east-1', waitSeconds: 1, leaseSeconds: 2 } }, {}).sqs[0]! };
}

function consumer(queue: SqsQueueConfig, runtime: Runtime = t.runtime): SqsConsumer {
  const c = new SqsConsumer({ runtime, queue, backlog: ingestBacklog(t.producer.queue('ingest')), standbyRetryMs: 100 });
  running.push(c);
  c.start();
  return c;
}

const message = (seed: string) => envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent(seed, new Date()));
const jobOf = (seed: string) => t.producer.queue('ingest').getJob(`ct-${createUserEvent(seed, new Date()).eventID}`);

/** Samples both consumers until `done` resolves; returns how often both believed they held the lease. */
async function watchBoth(a: SqsConsumer, b: SqsConsumer, done: Promise<unknown>): Promise<number> {
  let both = 0;
  let over = false;
  void done.finally(() => (over = true));
  while (!over) {
    if (a.holding() && b.holding()) both++;
    await new Promise((r) => setTimeout(r, 5));
  }
  return both;
}

describe('one consumer per queue across replicas', () => {
  it('two consumers never both hold a queue; a graceful stop hands it over at once', async () => {
    const { url, config } = newQueue();
    const a = consumer(config);
    await eventually(() => (a.holding() ? true : undefined));
    const b = consumer(config);
    await eventually(() => (b.state === 'standby' ? true : undefined));
    server.addSqsMessage(url, message('handover-1'));
    const handover = (async () => {
      await eventually(async () => ((await jobOf('handover-1')) ? true : undefined));
      await a.stop();
      await eventually(() => (b.holding() ? true : undefined));
      server.addSqsMessage(url, message('handover-2'));
      await eventually(async () => ((await jobOf('handover-2')) ? true : undefined));
    })();
    expect(await watchBoth(a, b, handover)).toBe(0);
    await handover;
    expect(a.state).toBe('stopped');
    expect(await b.lease.holder()).toBe(b.lease.owner);
    await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined));
  });

  it('a holder cut off from Redis stops receiving when its lease lapses, and the other replica takes over', async () => {
    const { url, config } = newQueue();
    const own = createRedis(testRedisUrl, 'client');
    const a = consumer(config, { ...t.runtime, redis: own });
    await eventually(() => (a.holding() ? true : undefined));
    const b = consumer(config);
    await eventually(() => (b.state === 'standby' ? true : undefined));
    const takeover = (async () => {
      own.disconnect();
      await eventually(() => (b.holding() ? true : undefined));
    })();
    expect(await watchBoth(a, b, takeover)).toBe(0);
    await takeover;
    expect(a.holding()).toBe(false);
    server.addSqsMessage(url, message('after-cut'));
    await eventually(async () => ((await jobOf('after-cut')) ? true : undefined));
    expect(await b.lease.holder()).toBe(b.lease.owner);
  });

  it('when `srm worker` holding the queue is killed (SIGKILL) mid-delete, another replica takes over and the redelivered event is enqueued once', async () => {
    const { url } = newQueue();
    const dir = mkdtempSync(path.join(tmpdir(), 'srm-takeover-'));
    const configFile = path.join(dir, 'srm.yaml');
    writeFileSync(configFile, `poll: { cloudtrail: false, guardduty: false }\nsqs:\n  queueUrl: ${url}\n  region: us-east-1\n  waitSeconds: 1\n  leaseSeconds: 2\n`);
    const child: ChildProcess = spawn(process.execPath, [bin, 'worker'], {
      cwd: root,
      env: { ...process.env, ...server.env(), REDIS_URL: testRedisUrl, SRM_QUEUE_PREFIX: prefix, SRM_CONFIG: configFile, SRM_LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: '' },
      stdio: 'ignore',
    });
    try {
      const leaseKey = `${prefix}:sqs-lease:123456789012:us-east-1:srm-takeover-${queueCount}`;
      await eventually(async () => ((await t.redis.get(leaseKey))?.includes(`:${child.pid}:`) ? true : undefined), 30_000);
      // The child takes a message in: enqueues it, then its delete hangs; it is killed before SQS hears of it.
      server.sqsApi.holdDeletes = true;
      server.addSqsMessage(url, message('crash'));
      await eventually(() => (server.sqsApi.heldDeletes > 0 ? true : undefined));
      expect(await jobOf('crash')).toBeDefined();
      const b = consumer(newQueueConfig(url));
      await eventually(() => (b.state === 'standby' ? true : undefined));
      child.kill('SIGKILL');
      await eventually(() => (server.sqsApi.heldDeletes === 0 ? true : undefined));
      server.sqsApi.releaseDeletes();
      await eventually(() => (b.holding() ? true : undefined));
      expect(await t.redis.get(leaseKey)).toBe(b.lease.owner);
      // The message is still there (never deleted); once visible again the new holder takes it, and deletes it.
      expect(server.sqsQueues.get(url)!.map((m) => m.receiveCount)).toEqual([1]);
      server.sqsApi.expireVisibility(url);
      await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined));
      const jobs = await t.producer.queue('ingest').getJobs(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized'], 0, -1);
      expect(jobs.filter((j) => j.id === `ct-${createUserEvent('crash', new Date()).eventID}`)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
      server.sqsApi.releaseDeletes();
    }
  }, 60_000);
});

function newQueueConfig(url: string): SqsQueueConfig {
  return parseConfig({ sqs: { queueUrl: url, region: 'us-east-1', waitSeconds: 1, leaseSeconds: 2 } }, {}).sqs[0]!;
}
