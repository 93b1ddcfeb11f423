import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { findAccount } from '../../config.js';
import type { Logger } from '../../logger.js';
import { defineJob, type JobDefinition } from '../../queue/define-job.js';
import type { Runtime } from '../../queue/runtime.js';
import type { PollTarget } from './cloudtrail.js';

/** Which (account, region) to poll: the account's id from the config, or "ambient". */
export const pollTargetSchema = z.object({
  account: z.union([z.literal('ambient'), z.string().regex(/^\d{12}$/)]),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
});
export type PollTargetPayload = z.infer<typeof pollTargetSchema>;

/**
 * A poll job, run by a job scheduler per (account, region) every poll
 * interval: finds the account in the config (an account no longer there is a
 * stale scheduler: UnrecoverableError) and runs `poll` on it. A failed poll is
 * not retried: the next scheduled poll re-reads the window.
 */
export function definePollJob(
  name: string,
  poll: (runtime: Runtime, target: PollTarget, logger: Logger) => Promise<unknown>,
): JobDefinition<PollTargetPayload> {
  return defineJob<PollTargetPayload>({
    name,
    queue: 'ingest',
    schema: pollTargetSchema,
    options: { attempts: 1 },
    concurrency: 10,
    async process(payload, { runtime, logger }) {
      const account = findAccount(runtime.config, payload.account);
      if (!account) throw new UnrecoverableError(`account ${payload.account} is not in the config (stale scheduler)`);
      return poll(runtime, { account, region: payload.region }, logger);
    },
  });
}
