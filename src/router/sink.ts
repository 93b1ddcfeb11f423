import { postAlert } from '../../jobs/post-alert.js';
import type { AlertSink, Runtime } from '../queue/runtime.js';
import type { Alert } from '../rules/types.js';

/**
 * Where new alerts go: each becomes one post-alert job (job id from its dedup
 * key, so the same alert is enqueued once; attempts with backoff). Event
 * alerts come from evaluate-event; a check that newly fails publishes an
 * Alert with `source: "check"` and `rule` = the check id, routed the same way.
 */
export function createAlertSink(runtime: Pick<Runtime, 'enqueue'>): AlertSink {
  return {
    async publish(alert: Alert) {
      return runtime.enqueue(postAlert, { alert });
    },
  };
}
