import { scheduleSelection, scheduledChecks } from '../../jobs/scheduled-checks.js';
import type { ScheduleConfig } from '../config.js';
import type { Producer } from '../queue/producer.js';
import type { Runtime } from '../queue/runtime.js';
import { syncSchedulers, type SchedulerSpec } from '../queue/schedulers.js';

export { scheduleSelection };

/** Scheduler ids this module owns on the checks queue; others are left alone. */
export const checkSchedulerPrefix = 'scheduled-checks-';

/** One cron job scheduler per configured schedule (`pattern` + `tz`). */
export function checkSchedulers(schedules: readonly ScheduleConfig[]): SchedulerSpec[] {
  return schedules.map((s) => ({
    id: `${checkSchedulerPrefix}${s.id}`,
    def: scheduledChecks,
    data: { scheduleId: s.id },
    pattern: s.cron,
    tz: s.tz,
  }));
}

/**
 * Makes the checks queue's schedulers match `runtime.config.schedules`:
 * upserts each (a changed cron or tz is updated in place) and removes those
 * of schedules no longer configured. Call it where the ingest schedulers are
 * upserted (`srm serve`), with the same producer.
 */
export async function upsertCheckSchedules(runtime: Runtime, producer: Pick<Producer, 'queue'>): Promise<{ upserted: string[]; removed: string[] }> {
  const result = await syncSchedulers(producer.queue('checks'), [checkSchedulerPrefix], checkSchedulers(runtime.config.schedules));
  runtime.logger.info({ schedules: result.upserted, removed: result.removed }, 'check schedules upserted');
  return result;
}
