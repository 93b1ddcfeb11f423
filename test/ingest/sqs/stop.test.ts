import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPollStatus } from '../../../src/ingest/pollers/status.js';
import { startSlackApi, type SlackApiServer } from '../../../src/slack/local-api.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { testPrefix, testRedisUrl } from '../../helpers/redis.js';
import { createUserEvent, envelope } from '../pollers/fixtures.js';
import { eventually, type TestRuntime } from '../../queue/harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'dist/src/bin.js');
const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let slack: SlackApiServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  if (!existsSync(bin)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  ({ server, t, close } = await startAwsTestRuntime(prefix, { server: { sqsVisibilityMs: 60_000 } }));
  slack = await startSlackApi();
});
afterAll(async () => {
  await slack.close();
  await close();
});

describe.each([
  ['srm worker', ['worker']],
  ['srm serve', ['serve']],
])('%s on SIGTERM', (name, args) => {
  it('stops consuming, finishes what it took in and releases the queue lease', async () => {
    const queue = `srm-stop-${args[0]}`;
    const url = `${server.url}/123456789012/${queue}`;
    server.sqsQueues.set(url, []);
    const dir = mkdtempSync(path.join(tmpdir(), 'srm-stop-'));
    const configFile = path.join(dir, 'srm.yaml');
    writeFileSync(configFile, `poll: { cloudtrail: false, guardduty: false }\ndefaultChannel: "C0STOP0001"\nsqs: { queueUrl: "${url}", region: us-east-1, waitSeconds: 20 }\n`);
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: {
        ...process.env,
        ...server.env(),
        REDIS_URL: testRedisUrl,
        SRM_QUEUE_PREFIX: prefix,
        SRM_CONFIG: configFile,
        SRM_LOG_LEVEL: 'silent',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'test-secret',
        SLACK_API_URL: slack.url,
        PORT: '0',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const leaseKey = `${prefix}:sqs-lease:123456789012:us-east-1:${queue}`;
      await eventually(async () => ((await t.redis.get(leaseKey))?.includes(`:${child.pid}:`) ? true : undefined), 30_000);
      const event = createUserEvent(`stop-${name}`, new Date());
      server.addSqsMessage(url, envelope('AWS API Call via CloudTrail', 'aws.iam', event));
      await eventually(() => (server.sqsQueues.get(url)!.length === 0 ? true : undefined));
      // Now waiting in a 20 s long poll: SIGTERM aborts it rather than waiting it out.
      await eventually(() => (server.sqsApi.receivesInFlight > 0 ? true : undefined));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // Released, not left to lapse: another replica can take the queue at once.
      expect(await t.redis.get(leaseKey)).toBeNull();
      expect((await readPollStatus(t.runtime)).find((s) => s.queue === queue)?.state).toBe('stopped (lease released)');
      expect(await t.producer.queue('ingest').getJob(`ct-${event.eventID}`)).toBeDefined();
      // A message sent after the stop stays on the queue, never received.
      server.addSqsMessage(url, envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent(`after-${name}`, new Date())));
      expect(server.sqsQueues.get(url)!.map((m) => m.receiveCount)).toEqual([0]);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
