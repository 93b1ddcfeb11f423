import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SqsMessage } from './aws-server.js';

/** A queue's redrive policy: after `maxReceiveCount` receives a message moves to the dead-letter queue. */
export interface SqsRedrive {
  deadLetterQueueUrl: string;
  maxReceiveCount: number;
}

/** What happened to a message, in order (for tests that prove an order, e.g. enqueue before delete). */
export interface SqsEvent {
  type: 'sent' | 'received' | 'deleted' | 'dead-lettered';
  queueUrl: string;
  message: SqsMessage;
}

const sqsJson = 'application/x-amz-json-1.0';

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': sqsJson, 'x-amzn-requestid': randomUUID() });
  res.end(JSON.stringify(body));
}

function sqsError(res: ServerResponse, type: string, message: string): void {
  reply(res, 400, { __type: `com.amazonaws.sqs#${type}`, message });
}

/** arn:aws:sqs:<region>:<account>:<name> from a queue URL (the region of the local server is us-east-1 unless named). */
function queueArn(url: string): string {
  const m = /\/(\d{12})\/([\w.-]+)$/.exec(url);
  return `arn:aws:sqs:us-east-1:${m?.[1] ?? '000000000000'}:${m?.[2] ?? 'unknown'}`;
}

/**
 * SQS as the consumer sees it, over the awsJson1_0 protocol (AmazonSQS.*):
 * ReceiveMessage with long polling (WaitTimeSeconds: the request waits until
 * a message is visible), per-receive VisibilityTimeout, redelivery when the
 * visibility timeout passes, a redrive policy that moves a message to its
 * dead-letter queue instead of delivering it a (maxReceiveCount + 1)th time,
 * DeleteMessage(Batch), ChangeMessageVisibility and GetQueueAttributes.
 * A long poll whose client went away (an aborted request) takes no message.
 */
export class LocalSqs {
  readonly redrive = new Map<string, SqsRedrive>();
  /** ReceiveMessage requests being answered now, and the most seen at once. */
  receivesInFlight = 0;
  maxReceivesInFlight = 0;
  /** Called for every message event (sent, received, deleted, dead-lettered). */
  onEvent: ((e: SqsEvent) => void) | undefined;
  /** While true, DeleteMessage(Batch) calls wait unanswered; a caller that dies meanwhile deleted nothing (a crash before the delete). */
  holdDeletes = false;
  /** Delete calls waiting because of holdDeletes. */
  heldDeletes = 0;
  /** How long every ReceiveMessage takes before it looks at the queue (SQS answers in some milliseconds, not at once). */
  receiveLatencyMs = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly queues: Map<string, SqsMessage[]>,
    private readonly visibilityMs: number,
  ) {}

  /** A message as EventBridge sends it; wakes long polls waiting on the queue. */
  add(queueUrl: string, body: unknown): string {
    const id = randomUUID();
    const list = this.queues.get(queueUrl) ?? [];
    const message: SqsMessage = { MessageId: id, Body: typeof body === 'string' ? body : JSON.stringify(body), receipts: [], invisibleUntil: 0, receiveCount: 0, sentAt: Date.now() };
    list.push(message);
    this.queues.set(queueUrl, list);
    this.onEvent?.({ type: 'sent', queueUrl, message });
    this.wake();
    return id;
  }

  /** Make every message of the queue visible now (a visibility timeout that passed). */
  expireVisibility(queueUrl: string): void {
    for (const m of this.queues.get(queueUrl) ?? []) m.invisibleUntil = 0;
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves on the next add or after `ms` (visibility timeouts pass without an event). */
  private waitForChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  /** Answers the delete calls held so far (and lets later ones through). */
  releaseDeletes(): void {
    this.holdDeletes = false;
    this.wake();
  }

  /** False when the caller went away while its delete was held. */
  private async deleteGoesThrough(res: ServerResponse): Promise<boolean> {
    if (!this.holdDeletes) return true;
    let gone = false;
    res.once('close', () => {
      gone = true;
      this.wake();
    });
    this.heldDeletes++;
    try {
      while (this.holdDeletes && !gone) await this.waitForChange(1000);
    } finally {
      this.heldDeletes--;
    }
    return !gone;
  }

  async handle(res: ServerResponse, op: string, body: Record<string, unknown>): Promise<void> {
    const url = String(body.QueueUrl ?? '');
    if (!this.queues.has(url)) return sqsError(res, 'QueueDoesNotExist', 'The specified queue does not exist.');
    if ((op === 'DeleteMessage' || op === 'DeleteMessageBatch') && !(await this.deleteGoesThrough(res))) return;
    switch (op) {
      case 'ReceiveMessage':
        return this.receive(res, url, body);
      case 'DeleteMessage':
        this.remove(url, String(body.ReceiptHandle));
        return reply(res, 200, {});
      case 'DeleteMessageBatch': {
        const entries = (body.Entries as Array<{ Id: string; ReceiptHandle: string }> | undefined) ?? [];
        const ok: Array<{ Id: string }> = [];
        const failed: Array<{ Id: string; Code: string; SenderFault: boolean; Message: string }> = [];
        for (const e of entries) {
          if (this.remove(url, e.ReceiptHandle)) ok.push({ Id: e.Id });
          else failed.push({ Id: e.Id, Code: 'ReceiptHandleIsInvalid', SenderFault: true, Message: 'unknown receipt handle' });
        }
        return reply(res, 200, { Successful: ok, Failed: failed });
      }
      case 'ChangeMessageVisibility': {
        const m = this.byReceipt(url, String(body.ReceiptHandle));
        if (!m) return sqsError(res, 'ReceiptHandleIsInvalid', 'unknown receipt handle');
        m.invisibleUntil = Date.now() + Number(body.VisibilityTimeout ?? 0) * 1000;
        this.wake();
        return reply(res, 200, {});
      }
      case 'GetQueueAttributes':
        return reply(res, 200, { Attributes: this.attributes(url, (body.AttributeNames as string[] | undefined) ?? ['All']) });
      default:
        return sqsError(res, 'UnsupportedOperation', op);
    }
  }

  private byReceipt(url: string, handle: string): SqsMessage | undefined {
    return this.queues.get(url)?.find((m) => m.receipts.includes(handle));
  }

  private remove(url: string, handle: string): boolean {
    const queue = this.queues.get(url) ?? [];
    const i = queue.findIndex((m) => m.receipts.includes(handle));
    if (i < 0) return false;
    const [message] = queue.splice(i, 1);
    this.onEvent?.({ type: 'deleted', queueUrl: url, message: message! });
    return true;
  }

  private attributes(url: string, names: string[]): Record<string, string> {
    const now = Date.now();
    const queue = this.queues.get(url) ?? [];
    const redrive = this.redrive.get(url);
    const all: Record<string, string> = {
      ApproximateNumberOfMessages: String(queue.filter((m) => m.invisibleUntil <= now).length),
      ApproximateNumberOfMessagesNotVisible: String(queue.filter((m) => m.invisibleUntil > now).length),
      ApproximateNumberOfMessagesDelayed: '0',
      VisibilityTimeout: String(Math.round(this.visibilityMs / 1000)),
      ReceiveMessageWaitTimeSeconds: '0',
      QueueArn: queueArn(url),
      ...(redrive ? { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn(redrive.deadLetterQueueUrl), maxReceiveCount: redrive.maxReceiveCount }) } : {}),
    };
    if (names.includes('All')) return all;
    return Object.fromEntries(Object.entries(all).filter(([k]) => names.includes(k)));
  }

  /** Messages the redrive policy takes out of `url` instead of delivering them again. */
  private deadLetter(url: string, now: number): void {
    const redrive = this.redrive.get(url);
    const queue = this.queues.get(url);
    if (!redrive || !queue) return;
    for (let i = queue.length - 1; i >= 0; i--) {
      const m = queue[i]!;
      if (m.invisibleUntil > now || m.receiveCount < redrive.maxReceiveCount) continue;
      queue.splice(i, 1);
      const dlq = this.queues.get(redrive.deadLetterQueueUrl) ?? [];
      const moved: SqsMessage = { ...m, receipts: [], invisibleUntil: 0, receiveCount: 0 };
      dlq.push(moved);
      this.queues.set(redrive.deadLetterQueueUrl, dlq);
      this.onEvent?.({ type: 'dead-lettered', queueUrl: url, message: m });
    }
  }

  private async receive(res: ServerResponse, url: string, body: Record<string, unknown>): Promise<void> {
    const max = Math.min(10, Number(body.MaxNumberOfMessages ?? 1));
    const deadline = Date.now() + Math.min(20, Number(body.WaitTimeSeconds ?? 0)) * 1000;
    const visibilityMs = body.VisibilityTimeout !== undefined ? Number(body.VisibilityTimeout) * 1000 : this.visibilityMs;
    const wanted = new Set([...((body.MessageSystemAttributeNames as string[] | undefined) ?? []), ...((body.AttributeNames as string[] | undefined) ?? [])]);
    let gone = false;
    res.once('close', () => {
      gone = true;
      this.wake();
    });
    this.receivesInFlight++;
    this.maxReceivesInFlight = Math.max(this.maxReceivesInFlight, this.receivesInFlight);
    try {
      if (this.receiveLatencyMs) await new Promise((r) => setTimeout(r, this.receiveLatencyMs));
      for (;;) {
        if (gone) return;
        const now = Date.now();
        this.deadLetter(url, now);
        const visible = (this.queues.get(url) ?? []).filter((m) => m.invisibleUntil <= now).slice(0, max);
        if (visible.length || now >= deadline) return this.deliver(res, url, visible, visibilityMs, wanted, now);
        await this.waitForChange(Math.min(50, deadline - now));
      }
    } finally {
      this.receivesInFlight--;
    }
  }

  private deliver(res: ServerResponse, url: string, messages: SqsMessage[], visibilityMs: number, wanted: Set<string>, now: number): void {
    const all = wanted.has('All');
    const attributes = (m: SqsMessage): Record<string, string> => {
      const a: Record<string, string> = { ApproximateReceiveCount: String(m.receiveCount) };
      if (all || wanted.has('SentTimestamp')) a.SentTimestamp = String(m.sentAt ?? now);
      if (all || wanted.has('ApproximateFirstReceiveTimestamp')) a.ApproximateFirstReceiveTimestamp = String(m.firstReceivedAt ?? now);
      return a;
    };
    for (const m of messages) {
      m.invisibleUntil = now + visibilityMs;
      m.receiveCount++;
      m.firstReceivedAt ??= now;
      m.receipts.push(randomUUID());
      this.onEvent?.({ type: 'received', queueUrl: url, message: m });
    }
    reply(
      res,
      200,
      messages.length
        ? {
            Messages: messages.map((m) => ({
              MessageId: m.MessageId,
              ReceiptHandle: m.receipts[m.receipts.length - 1],
              MD5OfBody: createHash('md5').update(m.Body).digest('hex'),
              Body: m.Body,
              Attributes: attributes(m),
            })),
          }
        : {},
    );
  }
}
