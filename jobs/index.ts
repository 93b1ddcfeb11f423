import type { AnyJobDefinition } from '../src/queue/define-job.js';
import { evaluateEvent } from './evaluate-event.js';
import { flushDigest } from './flush-digest.js';
import { pollCloudtrail } from './poll-cloudtrail.js';
import { pollGuardduty } from './poll-guardduty.js';
import { postAlert } from './post-alert.js';
import { remediate } from './remediate.js';
import { runCheckJob } from './run-check.js';
import { scheduledChecks } from './scheduled-checks.js';

/** Every BullMQ job type, one line each (jobs/<name>.ts). */
export const jobs: readonly AnyJobDefinition[] = [
  pollCloudtrail,
  pollGuardduty,
  evaluateEvent,
  postAlert,
  flushDigest,
  runCheckJob,
  scheduledChecks,
  remediate,
] as const;
