import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { findAccount } from '../src/config.js';
import { pollCloudTrail } from '../src/ingest/pollers/cloudtrail.js';
import { defineJob } from '../src/queue/define-job.js';

/** Which (account, region) to poll: the account's id from the config, or "ambient". */
export const pollTargetSchema = z.object({
  account: z.union([z.literal('ambient'), z.string().regex(/^\d{12}$/)]),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
});
export type PollTargetPayload = z.infer<typeof pollTargetSchema>;

/** Run by a job scheduler per (account, region) every poll interval. */
export const pollCloudtrail = defineJob<PollTargetPayload>({
  name: 'poll-cloudtrail',
  queue: 'ingest',
  schema: pollTargetSchema,
  // A failed poll is not retried: the next scheduled poll re-reads the window.
  options: { attempts: 1 },
  concurrency: 10,
  async process(payload, { runtime, logger }) {
    const account = findAccount(runtime.config, payload.account);
    if (!account) throw new UnrecoverableError(`account ${payload.account} is not in the config (stale scheduler)`);
    return pollCloudTrail(runtime, { account, region: payload.region }, logger);
  },
});
