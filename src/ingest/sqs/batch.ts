import { DeleteMessageBatchCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Runtime } from '../../queue/runtime.js';
import { submitRecords } from '../pollers/submit.js';
import { classifyRecord, exceedsDepth, isPlainObject, isSkipped, MAX_DEPTH } from '../schemas.js';
import type { IngestedRecord } from '../types.js';
import { sqsConsumerLag, sqsDeleted, sqsEnqueueFailures, sqsLeftForDlq, sqsReceiveErrors, type SqsLabels } from './metrics.js';

export interface BatchResult {
  enqueued: number;
  deleted: number;
  /** Unreadable: not deleted, so the queue's redrive policy moves them to the DLQ after maxReceiveCount receives. */
  leftForDlq: number;
  /** Readable, but the enqueue failed: not deleted, received again after the visibility timeout. */
  enqueueFailed: number;
  /** Enqueued, but no replica acknowledged the jobs in time: not deleted, received again (and enqueued once). */
  unreplicated?: number;
  /** Seconds from the newest event's time to its enqueue, in this batch. */
  lagSeconds?: number;
}

/** The event's own time: CloudTrail eventTime, GuardDuty updatedAt (or createdAt), else the EventBridge envelope's time. */
export function eventTime(record: IngestedRecord, envelope: unknown): number | undefined {
  const own = record.source === 'cloudtrail' ? record.event.eventTime : (record.finding.updatedAt ?? record.finding.createdAt);
  const envTime = isPlainObject(envelope) && typeof envelope['time'] === 'string' ? envelope['time'] : undefined;
  for (const t of [own, envTime]) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return undefined;
}

function parseBody(body: string | undefined): unknown {
  try {
    return JSON.parse(body ?? '');
  } catch {
    return undefined;
  }
}

/**
 * Takes in one ReceiveMessage batch: parses each EventBridge envelope,
 * enqueues its event for evaluate-event (BullMQ add acknowledged), and only
 * then deletes the messages whose enqueue succeeded, in one
 * DeleteMessageBatch, once a replica has the jobs (on a Redis with replicas:
 * else a failover right after could lose them; not acknowledged in time, the
 * messages stay on the queue). A message that is deleted was enqueued first; a message
 * whose delete is lost is received again and its enqueue is a no-op (same
 * job id) or its alert a duplicate (dedup claim), so it alerts once.
 */
export async function takeBatch(
  runtime: Pick<Runtime, 'enqueue' | 'replicated'>,
  queue: { url: string; labels: SqsLabels; sqs: SQSClient },
  messages: readonly Message[],
  logger: Logger,
): Promise<BatchResult> {
  const result: BatchResult = { enqueued: 0, deleted: 0, leftForDlq: 0, enqueueFailed: 0 };
  const done: Message[] = [];
  let newest: number | undefined;
  await Promise.all(
    messages.map(async (m) => {
      const body = parseBody(m.Body);
      // As the file reader does: a record nested past the limit is unreadable here too (replay and the live path agree).
      const r = exceedsDepth(body) ? { reason: `record nested deeper than ${MAX_DEPTH}` } : classifyRecord(body);
      if (isSkipped(r)) {
        result.leftForDlq++;
        sqsLeftForDlq.inc(queue.labels);
        logger.warn({ messageId: m.MessageId, receiveCount: m.Attributes?.ApproximateReceiveCount, reason: r.reason }, 'unreadable SQS message left for the DLQ');
        return;
      }
      try {
        await submitRecords(runtime, [r]);
      } catch (err) {
        result.enqueueFailed++;
        sqsEnqueueFailures.inc(queue.labels);
        logger.warn({ messageId: m.MessageId, err: errorMessage(err) }, 'enqueue failed; the message stays on the queue');
        return;
      }
      result.enqueued++;
      done.push(m);
      const t = eventTime(r, body);
      if (t !== undefined) {
        const lag = Math.max(0, (Date.now() - t) / 1000);
        sqsConsumerLag.observe(queue.labels, lag);
        if (newest === undefined || t > newest) {
          newest = t;
          result.lagSeconds = lag;
        }
      }
    }),
  );
  if (done.length === 0) return result;
  // Deleted, a message lives only in Redis: not before a replica has its job (a failover loses what the master had not replicated).
  const replication = runtime.replicated ? await runtime.replicated() : undefined;
  if (replication?.outcome === 'timeout') {
    result.unreplicated = done.length;
    sqsEnqueueFailures.inc(queue.labels, done.length);
    logger.warn({ messages: done.length, err: replication.error }, "no replica acknowledged the enqueue in time; the messages stay on the queue (received again, they are enqueued once)");
    return result;
  }
  try {
    const out = await queue.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
      }),
    );
    result.deleted = out.Successful?.length ?? 0;
    for (const f of out.Failed ?? []) logger.warn({ code: f.Code, id: f.Id }, 'DeleteMessage failed; the message will be received again and deduplicated');
  } catch (err) {
    sqsReceiveErrors.inc({ ...queue.labels, error: err instanceof Error ? err.name : 'Error' });
    logger.warn({ err: errorMessage(err), messages: done.length }, 'DeleteMessageBatch failed; the messages will be received again and deduplicated');
  }
  sqsDeleted.inc(queue.labels, result.deleted);
  return result;
}
