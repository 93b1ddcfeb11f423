import type { Job } from 'bullmq';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { parseConfig, type SqsQueueConfig } from '../../../src/config.js';
import { SqsConsumer, type SqsConsumerOptions } from '../../../src/ingest/sqs/consumer.js';
import { ingestBacklog } from '../../../src/ingest/sqs/consumers.js';
import type { Runtime } from '../../../src/queue/runtime.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { testPrefix } from '../../helpers/redis.js';
import type { TestRuntime } from '../../queue/harness.js';

export interface SqsTestbed {
  readonly server: AwsServer;
  readonly t: TestRuntime;
  /** A fresh queue on the local server (its own lease key and metric labels), as the config gives it. */
  newQueue(over?: Record<string, unknown>): { url: string; name: string; config: SqsQueueConfig };
  /** A started consumer on `queue`, stopped after the test. */
  consumer(queue: SqsQueueConfig, over?: Partial<SqsConsumerOptions>): SqsConsumer;
}

/**
 * The set-up of a consumer test file: the local AWS server (60 s visibility),
 * a runtime on the real Redis under the file's own prefix, queues named
 * `<name>-<n>`; after each test, every consumer it started is stopped, then
 * the ingest queue is emptied.
 */
export function useSqsTestbed(fileUrl: string, name: string): SqsTestbed {
  const prefix = testPrefix(fileUrl);
  const running: SqsConsumer[] = [];
  let count = 0;
  let server: AwsServer | undefined;
  let t: TestRuntime | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ server, t, close } = await startAwsTestRuntime(prefix, { server: { sqsVisibilityMs: 60_000 } }));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
    await t!.producer.queue('ingest').obliterate({ force: true });
    server!.sqsApi.onEvent = undefined;
    server!.sqsApi.receiveLatencyMs = 0;
  });
  afterAll(() => close?.());
  const bed: SqsTestbed = {
    get server() {
      return server!;
    },
    get t() {
      return t!;
    },
    newQueue(over = {}) {
      const queue = `${name}-${++count}`;
      const url = `${server!.url}/123456789012/${queue}`;
      server!.sqsQueues.set(url, []);
      return { url, name: queue, config: parseConfig({ sqs: { queueUrl: url, region: 'us-east-1', waitSeconds: 1, leaseSeconds: 2, ...over } }, {}).sqs[0]! };
    },
    consumer(queue, over = {}) {
      const c = new SqsConsumer({ runtime: t!.runtime, queue, backlog: ingestBacklog(t!.producer.queue('ingest')), standbyRetryMs: 100, pauseCheckMs: 50, ...over });
      running.push(c);
      c.start();
      return c;
    },
  };
  return bed;
}

/** A runtime whose enqueue waits until release(), then does `then` (the real enqueue, or a failure). */
export function gatedEnqueue(base: Runtime, then: Runtime['enqueue']): { runtime: Runtime; entered: () => number; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered = 0;
  const runtime: Runtime = {
    ...base,
    async enqueue(def, payload, opts): Promise<Job> {
      entered++;
      await gate;
      return then(def, payload, opts);
    },
  };
  return { runtime, entered: () => entered, release };
}
