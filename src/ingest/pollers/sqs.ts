import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message } from '@aws-sdk/client-sqs';
import type { SrmConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Runtime } from '../../queue/runtime.js';
import { classifyRecord, isSkipped } from '../schemas.js';
import { countRetries, pollErrors } from './metrics.js';
import { recordPollError, recordPollSuccess } from './status.js';
import { submitRecords } from './submit.js';

export interface ConsumeResult {
  received: number;
  enqueued: number;
  deleted: number;
  /** Unreadable messages: left on the queue, so its redrive policy moves them to the DLQ. */
  skipped: number;
  receives: number;
}

export function queueAccount(queueUrl: string): string {
  return /\/(\d{12})\//.exec(queueUrl)?.[1] ?? 'unknown';
}

/**
 * Drain the EventBridge -> SQS queue for up to `budgetSeconds`: long-poll
 * ReceiveMessage (10 at a time), parse each EventBridge envelope, enqueue it
 * for evaluate-event, and DeleteMessage only the messages whose enqueue
 * succeeded (the rest reappear after the visibility timeout).
 */
export async function consumeSqs(
  runtime: Runtime,
  sqsConfig: NonNullable<SrmConfig['sqs']>,
  logger: Logger = runtime.logger,
  options: { budgetMs?: number; maxReceives?: number } = {},
): Promise<ConsumeResult> {
  const status = { source: 'sqs' as const, account: queueAccount(sqsConfig.queueUrl), region: sqsConfig.region };
  const labels = { source: 'sqs', account: status.account, region: status.region };
  const { sqs } = runtime.aws({ account: { regions: [] }, region: sqsConfig.region });
  const deadline = Date.now() + (options.budgetMs ?? sqsConfig.budgetSeconds * 1000);
  const result: ConsumeResult = { received: 0, enqueued: 0, deleted: 0, skipped: 0, receives: 0 };
  try {
    while (Date.now() < deadline && result.receives < (options.maxReceives ?? Infinity)) {
      const out = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: sqsConfig.queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: Math.min(sqsConfig.waitSeconds, Math.max(0, Math.floor((deadline - Date.now()) / 1000))),
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      countRetries(labels, out);
      result.receives++;
      const messages = out.Messages ?? [];
      if (messages.length === 0) break;
      result.received += messages.length;
      const done: Message[] = [];
      await Promise.all(
        messages.map(async (m) => {
          let body: unknown;
          try {
            body = JSON.parse(m.Body ?? '');
          } catch {
            body = undefined;
          }
          const r = classifyRecord(body);
          if (isSkipped(r)) {
            result.skipped++;
            logger.warn({ messageId: m.MessageId, reason: r.reason }, 'unreadable SQS message left for the DLQ');
            return;
          }
          try {
            await submitRecords(runtime, [r]);
            result.enqueued++;
            done.push(m);
          } catch (err) {
            logger.warn({ messageId: m.MessageId, err: (err as Error).message }, 'enqueue failed; message stays on the queue');
          }
        }),
      );
      if (done.length) {
        const del = await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: sqsConfig.queueUrl,
            Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
          }),
        );
        result.deleted += del.Successful?.length ?? 0;
        for (const f of del.Failed ?? []) logger.warn({ code: f.Code, id: f.Id }, 'DeleteMessage failed; the message will be redelivered and deduplicated');
      }
    }
    await recordPollSuccess(runtime, status, { at: new Date(), events: result.enqueued });
    logger.info({ ...result }, 'sqs consume done');
    return result;
  } catch (err) {
    pollErrors.inc({ ...labels, error: err instanceof Error ? err.name : 'Error' });
    await recordPollError(runtime, status, err).catch(() => undefined);
    throw err;
  }
}
