import { postAlert } from '../../jobs/post-alert.js';
import type { AlertSink, Runtime } from '../queue/runtime.js';
import type { Alert } from '../rules/types.js';
import { asEventAlert, type EventAlert } from './event-alert.js';
import { checkResultOfAlert, offersForCheckResult } from './offers.js';

/**
 * Where new alerts go: each becomes one post-alert job (job id from its
 * record's dedup key, so the same alert is enqueued once; attempts with
 * backoff). Event alerts (every rule one record matched) come from
 * evaluate-event; a check that newly fails publishes an Alert with
 * `source: "check"` and `rule` = the check id, routed the same way as an
 * event of one rule, with the remediations its failing result allows.
 */
export function createAlertSink(runtime: Pick<Runtime, 'enqueue' | 'logger'>): AlertSink {
  return {
    async publish(alert: Alert | EventAlert) {
      let event = asEventAlert(alert);
      if (event.source === 'check' && !event.remediations) {
        const result = checkResultOfAlert(event);
        const offers = result ? offersForCheckResult(result, runtime.logger) : [];
        if (offers.length) event = { ...event, remediations: offers };
      }
      return runtime.enqueue(postAlert, { alert: event });
    },
  };
}
