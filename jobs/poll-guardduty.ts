import { pollGuardDuty } from '../src/ingest/pollers/guardduty.js';
import { definePollJob } from '../src/ingest/pollers/poll-job.js';

/** Run by a job scheduler per (account, region) every poll interval. */
export const pollGuardduty = definePollJob('poll-guardduty', pollGuardDuty);
