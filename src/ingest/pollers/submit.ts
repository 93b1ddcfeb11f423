import { evaluateEvent } from '../../../jobs/evaluate-event.js';
import type { Runtime } from '../../queue/runtime.js';
import { redactRecordSecrets } from '../redact.js';
import type { IngestedRecord } from '../types.js';
import { eventsIngested } from './metrics.js';

/**
 * Hand records to evaluate-event, one job each with the record's dedup key
 * as job id: a record re-read by an overlapping poll while its job is still
 * kept is not enqueued again. Secrets a record carries (an AssumeRole
 * response's session token) are redacted first: they never reach Redis.
 * Resolves once every record is safely in Redis.
 */
export async function submitRecords(runtime: Pick<Runtime, 'enqueue'>, records: IngestedRecord[], labels?: { source: string; account: string; region: string }): Promise<number> {
  await Promise.all(records.map((record) => runtime.enqueue(evaluateEvent, { record: redactRecordSecrets(record) })));
  for (const r of records) {
    const l = labels ?? {
      source: r.source,
      account: (r.source === 'cloudtrail' ? r.event.recipientAccountId : r.finding.accountId) ?? 'unknown',
      region: (r.source === 'cloudtrail' ? r.event.awsRegion : r.finding.region) ?? 'unknown',
    };
    eventsIngested.inc(l);
  }
  return records.length;
}
