import { z } from 'zod';
import { consumeSqs as consume } from '../src/ingest/pollers/sqs.js';
import { defineJob } from '../src/queue/define-job.js';

/** Drains the EventBridge -> SQS queue named in the config (sqs.queueUrl) for one budget. */
export const consumeSqs = defineJob<Record<string, never>>({
  name: 'consume-sqs',
  queue: 'ingest',
  schema: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  options: { attempts: 1 },
  concurrency: 1,
  async process(_payload, { runtime, logger }) {
    const sqs = runtime.config.sqs;
    if (!sqs) {
      logger.info('no sqs queue configured; nothing to consume');
      return { received: 0 };
    }
    return consume(runtime, sqs, logger);
  },
});
