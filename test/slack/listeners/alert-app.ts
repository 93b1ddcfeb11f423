import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { evaluateEvent } from '../../../jobs/evaluate-event.js';
import { flushDigest } from '../../../jobs/flush-digest.js';
import { postAlert } from '../../../jobs/post-alert.js';
import { remediate } from '../../../jobs/remediate.js';
import { buildApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config.js';
import type { Deps } from '../../../src/deps.js';
import type { IngestedRecord } from '../../../src/ingest/types.js';
import { silentLogger } from '../../../src/logger.js';
import { createProducer, type Producer } from '../../../src/queue/producer.js';
import { createRuntime, type Runtime } from '../../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../../src/queue/workers.js';
import { deletePrefix } from '../../../src/redis-keys.js';
import { createRemediationPort } from '../../../src/remediations/approval.js';
import { getStoredAlert, listOpenAlerts, type StoredAlert } from '../../../src/router/alert-store.js';
import { createAlertsPort } from '../../../src/router/lifecycle.js';
import { createAlertSink } from '../../../src/router/sink.js';
import { startSlackApi, type SlackApiServer, type StoredMessage } from '../../../src/slack/local-api.js';
import { createPoster, createPosterClient } from '../../../src/slack/poster.js';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server.js';
import { testPrefix, testRedisUrl } from '../../helpers/redis.js';
import { blockAction, sendSigned, viewSubmission, type BlockActionOptions, type SentResponse, type ViewSubmissionOptions } from '../../helpers/slack-request.js';
import { testSigningSecret } from '../../helpers/slack-app.js';
import { until } from '../../helpers/until.js';
import { useAwsServer } from '../../ingest/pollers/aws-env.js';

/**
 * The whole alert loop for one test file: the real Bolt app (signed HTTP
 * requests), the local Slack Web API, BullMQ workers on the real Redis
 * (evaluate-event, post-alert, remediate), and the real AWS SDK clients
 * against the local AWS protocol server.
 */
export interface AlertApp {
  slack: SlackApiServer;
  aws: AwsServer;
  runtime: Runtime;
  producer: Producer;
  deps: Deps;
  baseUrl: string;
  /** Runs a record through evaluate-event and post-alert; resolves with its posted alert. */
  ingest(record: IngestedRecord): Promise<StoredAlert>;
  press(o: BlockActionOptions): Promise<SentResponse>;
  submit(o: ViewSubmissionOptions): Promise<SentResponse>;
  /** Replies in a message's thread, oldest first. */
  thread(ts: string): StoredMessage[];
  close(): Promise<void>;
}

export async function startAlertApp(fileUrl: string, config: Record<string, unknown>): Promise<AlertApp> {
  const aws = await startAwsServer({ ambientAccount: '123456789012' });
  const undoEnv = useAwsServer(aws);
  const slack = await startSlackApi();
  const prefix = testPrefix(fileUrl);
  const redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 3 });
  const logger = silentLogger();
  const producer: Producer = createProducer({ connection: redis, prefix, logger });
  const runtime = createRuntime({
    logger,
    // each test wants alerts of its own: no burst of them becomes a digest
    config: parseConfig({ defaultChannel: 'C0ALERTS1', digest: { threshold: 1000, windowSeconds: 60 }, ...config }, {}, 'test'),
    redis,
    prefix,
    producer,
    poster: createPoster({ client: createPosterClient('xoxb-test', slack.url), redis, prefix, logger, channelIntervalMs: 5, maxAttempts: 2, backoffMs: 10 }),
  });
  runtime.alerts = createAlertSink(runtime);
  runtime.remediation = { clientOptions: { maxAttempts: 2 } };
  const deps: Deps = { logger, alerts: createAlertsPort(runtime), remediation: createRemediationPort(runtime) };
  const built = buildApp(deps, { signingSecret: testSigningSecret, botToken: 'xoxb-test-token', slackApiUrl: slack.url, clientOptions: { retryConfig: { retries: 0 } } });
  const server = (await built.app.start(0)) as Server;
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const workers: RunningWorkers = await startWorkers(runtime, [evaluateEvent, postAlert, flushDigest, remediate], { stalledInterval: 5_000 });
  return {
    slack,
    aws,
    runtime,
    producer,
    deps,
    baseUrl,
    async ingest(record) {
      const before = new Set((await listOpenAlerts(runtime, 500)).map((a) => a.ref));
      await runtime.enqueue(evaluateEvent, { record });
      let found: StoredAlert | undefined;
      await until(async () => {
        found = (await listOpenAlerts(runtime, 500)).find((a) => !before.has(a.ref));
        return found !== undefined;
      });
      return (await getStoredAlert(runtime, found!.ref))!;
    },
    press: (o) => sendSigned(baseUrl, blockAction(o, testSigningSecret)),
    submit: (o) => sendSigned(baseUrl, viewSubmission(o, testSigningSecret)),
    thread: (ts) => [...slack.messages.values()].filter((m) => m.threadTs === ts).sort((a, b) => Number(a.ts) - Number(b.ts)),
    async close() {
      await workers.close();
      await built.app.stop();
      await producer.close();
      await slack.close();
      await deletePrefix(redis, prefix);
      await redis.quit();
      undoEnv();
      await aws.close();
    },
  };
}
