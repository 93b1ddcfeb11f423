import { UnrecoverableError } from 'bullmq';
import { findAccount } from '../src/config.js';
import { pollGuardDuty } from '../src/ingest/pollers/guardduty.js';
import { defineJob } from '../src/queue/define-job.js';
import { pollTargetSchema, type PollTargetPayload } from './poll-cloudtrail.js';

/** Run by a job scheduler per (account, region) every poll interval. */
export const pollGuardduty = defineJob<PollTargetPayload>({
  name: 'poll-guardduty',
  queue: 'ingest',
  schema: pollTargetSchema,
  options: { attempts: 1 },
  concurrency: 10,
  async process(payload, { runtime, logger }) {
    const account = findAccount(runtime.config, payload.account);
    if (!account) throw new UnrecoverableError(`account ${payload.account} is not in the config (stale scheduler)`);
    return pollGuardDuty(runtime, { account, region: payload.region }, logger);
  },
});
