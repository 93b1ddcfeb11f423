import { pollCloudTrail } from '../src/ingest/pollers/cloudtrail.js';
import { definePollJob } from '../src/ingest/pollers/poll-job.js';

export { pollTargetSchema, type PollTargetPayload } from '../src/ingest/pollers/poll-job.js';

/** Run by a job scheduler per (account, region) every poll interval. */
export const pollCloudtrail = definePollJob('poll-cloudtrail', pollCloudTrail);
