import { evaluateEvent, maxBatchRecords } from '../../../jobs/evaluate-event.js';
import type { Runtime } from '../../queue/runtime.js';
import { redactRecordSecrets } from '../redact.js';
import type { IngestedRecord } from '../types.js';
import { eventsIngested } from './metrics.js';

/** What a job carries of a record: its source and content, secrets redacted (not where it was read from). */
function jobRecord(record: IngestedRecord): IngestedRecord {
  const r = redactRecordSecrets(record);
  return r.source === 'cloudtrail' ? { source: r.source, event: r.event } : { source: r.source, finding: r.finding };
}

/**
 * Hands records to evaluate-event: a poll page or an SQS batch becomes one
 * job (up to maxBatchRecords records each, evaluated in order), so a burst
 * costs a few queue round trips instead of one per event; a lone record is
 * one job with its dedup key as job id. A batch's job id comes from its
 * records' dedup keys, so the same page re-read by an overlapping poll while
 * its job is still kept is not enqueued again (and any event two jobs share
 * is posted once: evaluate-event claims each event). Secrets a record
 * carries (an AssumeRole response's session token) are redacted first: they
 * never reach Redis. Resolves once every record is safely in Redis.
 */
export async function submitRecords(runtime: Pick<Runtime, 'enqueue'>, records: IngestedRecord[], labels?: { source: string; account: string; region: string }): Promise<number> {
  const payloads = records.map(jobRecord);
  if (payloads.length === 1) await runtime.enqueue(evaluateEvent, { record: payloads[0]! });
  else {
    const batches: IngestedRecord[][] = [];
    for (let i = 0; i < payloads.length; i += maxBatchRecords) batches.push(payloads.slice(i, i + maxBatchRecords));
    await Promise.all(batches.map((batch) => runtime.enqueue(evaluateEvent, { records: batch })));
  }
  if (labels) eventsIngested.inc(labels, records.length);
  else {
    // One increment per source, account and region (a page is mostly one of each), not one per record.
    const by = new Map<string, { labels: { source: string; account: string; region: string }; n: number }>();
    for (const r of records) {
      const l = {
        source: r.source,
        account: (r.source === 'cloudtrail' ? r.event.recipientAccountId : r.finding.accountId) ?? 'unknown',
        region: (r.source === 'cloudtrail' ? r.event.awsRegion : r.finding.region) ?? 'unknown',
      };
      const key = `${l.source}\0${l.account}\0${l.region}`;
      const c = by.get(key);
      if (c) c.n++;
      else by.set(key, { labels: l, n: 1 });
    }
    for (const { labels: l, n } of by.values()) eventsIngested.inc(l, n);
  }
  return records.length;
}
