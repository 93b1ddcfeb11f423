import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { startEnv, startRun } from '../src/checks/check-runs.js';
import { checkSelectionSchema, type CheckSelection } from '../src/checks/progress.js';
import type { ScheduleConfig } from '../src/config.js';
import { defineJob } from '../src/queue/define-job.js';

export const scheduledChecksPayload = z.strictObject({
  /** The schedule's id in the config (`schedules[].id`). */
  scheduleId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
});
export type ScheduledChecksPayload = z.output<typeof scheduledChecksPayload>;

/** The run selection of a configured schedule. */
export function scheduleSelection(schedule: Pick<ScheduleConfig, 'checks' | 'accounts' | 'regions'>): CheckSelection {
  return checkSelectionSchema.parse({
    selectors: schedule.checks.map((c) => c.toLowerCase()),
    ...(schedule.accounts ? { accounts: schedule.accounts } : {}),
    ...(schedule.regions ? { regions: schedule.regions } : {}),
  });
}

/**
 * Fired by the schedule's BullMQ job scheduler (once per tick however many
 * replicas run): starts a run of the schedule's checks. Each run-check job
 * compares its target with the schedule's own previous run and alerts what
 * newly fails as soon as its check ends (on the schedule's first run, every
 * critical or high failure); when the run completes, its last job posts the
 * digest naming what fails to the schedule's channel. The schedule is read
 * from the running config, so an edited selection applies on the next tick.
 */
export const scheduledChecks = defineJob<ScheduledChecksPayload>({
  name: 'scheduled-checks',
  queue: 'checks',
  schema: scheduledChecksPayload,
  // A retry would start a second run: once is the right number.
  options: { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 500 } },
  async process(payload, { logger, runtime }) {
    const schedule = runtime.config.schedules.find((s) => s.id === payload.scheduleId);
    if (!schedule) throw new UnrecoverableError(`schedule ${payload.scheduleId} is not in the config`);
    const channel = schedule.channel ?? runtime.config.defaultChannel ?? null;
    if (!channel) logger.warn({ scheduleId: schedule.id }, 'scheduled checks have no channel (set schedules[].channel or defaultChannel); the digest will not be posted');
    const started = await startRun(startEnv(runtime), scheduleSelection(schedule), {
      origin: 'schedule',
      scheduleId: schedule.id,
      delivery: { kind: 'digest', channel },
    });
    logger.info({ scheduleId: schedule.id, runId: started.runId, total: started.total }, 'scheduled check run started');
    return { runId: started.runId, total: started.total };
  },
});
