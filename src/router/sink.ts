import { postAlert, routeAlerts } from '../../jobs/post-alert.js';
import type { AlertSink, Runtime } from '../queue/runtime.js';
import type { Alert } from '../rules/types.js';
import { asEventAlert, type EventAlert } from './event-alert.js';
import { checkResultOfAlert, offersForCheckResult } from './offers.js';

/**
 * Where new alerts go: each becomes one post-alert job (job id from its
 * record's dedup key, so the same alert is enqueued once; attempts with
 * backoff); a batch is routed at once (routeAlerts), only its posts and
 * thread replies becoming post-alert jobs. Event alerts (every rule one record matched) come from
 * evaluate-event; a check that newly fails publishes an Alert with
 * `source: "check"` and `rule` = the check id, routed the same way as an
 * event of one rule, with the remediations its failing result allows.
 */
export function createAlertSink(runtime: Runtime): AlertSink {
  const withOffers = (alert: Alert | EventAlert): EventAlert => {
    const event = asEventAlert(alert);
    if (event.source !== 'check' || event.remediations) return event;
    const result = checkResultOfAlert(event);
    const offers = result ? offersForCheckResult(result, runtime.logger) : [];
    return offers.length ? { ...event, remediations: offers } : event;
  };
  return {
    async publish(alert: Alert | EventAlert) {
      return runtime.enqueue(postAlert, { alert: withOffers(alert) });
    },
    // A batch of events (evaluate-event's) is routed here and now, in order: its digest lines are done at once and
    // its posts and thread replies become post-alert jobs (a burst is not one queue round trip per event).
    async publishBatch(alerts: readonly (Alert | EventAlert)[]) {
      return routeAlerts(runtime, alerts.map(withOffers));
    },
  };
}
