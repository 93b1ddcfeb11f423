import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../../src/queue/connection.js';
import type { SqsConsumer } from '../../../src/ingest/sqs/consumer.js';
import { testRedisUrl } from '../../helpers/redis.js';
import { createUserEvent, envelope } from '../pollers/fixtures.js';
import { eventually } from '../../queue/harness.js';
import { useSqsTestbed } from './testbed.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'dist/src/bin.js');
const bed = useSqsTestbed(import.meta.url, 'srm-takeover');

beforeAll(() => {
  if (!existsSync(bin)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

const message = (seed: string) => envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent(seed, new Date()));
const jobOf = (seed: string) => bed.t.producer.queue('ingest').getJob(`ct-${createUserEvent(seed, new Date()).eventID}`);

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
    const { url, config } = bed.newQueue();
    const a = bed.consumer(config);
    await eventually(() => (a.holding() ? true : undefined));
    const b = bed.consumer(config);
    await eventually(() => (b.state === 'standby' ? true : undefined));
    bed.server.addSqsMessage(url, message('handover-1'));
    const handover = (async () => {
      await eventually(async () => ((await jobOf('handover-1')) ? true : undefined));
      await a.stop();
      await eventually(() => (b.holding() ? true : undefined));
      bed.server.addSqsMessage(url, message('handover-2'));
      await eventually(async () => ((await jobOf('handover-2')) ? true : undefined));
    })();
    expect(await watchBoth(a, b, handover)).toBe(0);
    await handover;
    expect(a.state).toBe('stopped');
    expect(await b.lease.holder()).toBe(b.lease.owner);
    await eventually(() => (bed.server.sqsQueues.get(url)!.length === 0 ? true : undefined));
  });

  it('a holder cut off from Redis stops receiving when its lease lapses, and the other replica takes over', async () => {
    const { url, config } = bed.newQueue();
    const own = createRedis(testRedisUrl, 'client');
    const a = bed.consumer(config, { runtime: { ...bed.t.runtime, redis: own } });
    await eventually(() => (a.holding() ? true : undefined));
    const b = bed.consumer(config);
    await eventually(() => (b.state === 'standby' ? true : undefined));
    const takeover = (async () => {
      own.disconnect();
      await eventually(() => (b.holding() ? true : undefined));
    })();
    expect(await watchBoth(a, b, takeover)).toBe(0);
    await takeover;
    expect(a.holding()).toBe(false);
    bed.server.addSqsMessage(url, message('after-cut'));
    await eventually(async () => ((await jobOf('after-cut')) ? true : undefined));
    expect(await b.lease.holder()).toBe(b.lease.owner);
  });

  it('when `srm worker` holding the queue is killed (SIGKILL) mid-delete, another replica takes over and the redelivered event is enqueued once', async () => {
    const { url, name, config } = bed.newQueue();
    const dir = mkdtempSync(path.join(tmpdir(), 'srm-takeover-'));
    const configFile = path.join(dir, 'srm.yaml');
    writeFileSync(configFile, `poll: { cloudtrail: false, guardduty: false }\nsqs:\n  queueUrl: ${url}\n  region: us-east-1\n  waitSeconds: 1\n  leaseSeconds: 2\n`);
    const child: ChildProcess = spawn(process.execPath, [bin, 'worker'], {
      cwd: root,
      env: { ...process.env, ...bed.server.env(), REDIS_URL: testRedisUrl, SRM_QUEUE_PREFIX: bed.t.runtime.prefix, SRM_CONFIG: configFile, SRM_LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: '' },
      stdio: 'ignore',
    });
    try {
      const leaseKey = `${bed.t.runtime.prefix}:sqs-lease:123456789012:us-east-1:${name}`;
      await eventually(async () => ((await bed.t.redis.get(leaseKey))?.includes(`:${child.pid}:`) ? true : undefined), 30_000);
      // The child takes a message in: enqueues it, then its delete hangs; it is killed before SQS hears of it.
      bed.server.sqsApi.holdDeletes = true;
      bed.server.addSqsMessage(url, message('crash'));
      await eventually(() => (bed.server.sqsApi.heldDeletes > 0 ? true : undefined));
      expect(await jobOf('crash')).toBeDefined();
      const b = bed.consumer(config);
      await eventually(() => (b.state === 'standby' ? true : undefined));
      child.kill('SIGKILL');
      await eventually(() => (bed.server.sqsApi.heldDeletes === 0 ? true : undefined));
      bed.server.sqsApi.releaseDeletes();
      await eventually(() => (b.holding() ? true : undefined));
      expect(await bed.t.redis.get(leaseKey)).toBe(b.lease.owner);
      // The message is still there (never deleted); once visible again the new holder takes it, and deletes it.
      expect(bed.server.sqsQueues.get(url)!.map((m) => m.receiveCount)).toEqual([1]);
      bed.server.sqsApi.expireVisibility(url);
      await eventually(() => (bed.server.sqsQueues.get(url)!.length === 0 ? true : undefined));
      const jobs = await bed.t.producer.queue('ingest').getJobs(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized'], 0, -1);
      expect(jobs.filter((j) => j.id === `ct-${createUserEvent('crash', new Date()).eventID}`)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
      bed.server.sqsApi.releaseDeletes();
    }
  }, 60_000);
});
