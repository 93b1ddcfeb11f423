import { GetQueueAttributesCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SqsQueueConfig } from '../../config.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { appKey, type Runtime } from '../../queue/runtime.js';
import { classifyAwsError } from '../../aws/errors.js';
import { countRetries } from '../pollers/metrics.js';
import { forgetPollStatus, recordConsumerState, recordPollError, recordPollSuccess } from '../pollers/status.js';
import { takeBatch } from './batch.js';
import { leaseOwnerId, RedisLease } from './lease.js';
import { sqsConsumerState, sqsOldestMessageAge, sqsQueueMessages, sqsReceived, sqsReceiveErrors, type SqsLabels } from './metrics.js';

/** SQS hands out at most 10 messages per ReceiveMessage. */
const batchSize = 10;

export type ConsumerState = 'standby' | 'consuming' | 'paused' | 'stopped';

/** What a queue URL names: https://sqs.<region>.amazonaws.com/<account>/<name>. */
export function queueIdentity(queue: Pick<SqsQueueConfig, 'queueUrl' | 'region'>): SqsLabels {
  const m = /\/(\d{12})\/([\w.-]+)$/.exec(queue.queueUrl);
  return { queue: m?.[2] ?? 'unknown', account: m?.[1] ?? 'unknown', region: queue.region };
}

export interface SqsConsumerOptions {
  runtime: Runtime;
  queue: SqsQueueConfig;
  /** Jobs waiting in the BullMQ ingest queue: receiving stops at queue.maxBacklog and resumes at queue.resumeBacklog. */
  backlog(): Promise<number>;
  /** The lease owner id (default: host:pid:random). */
  owner?: string;
  /** How often a replica without the lease tries to take it; default a sixth of the lease. */
  standbyRetryMs?: number;
  /** How often a paused consumer looks at the backlog again; default 500 ms. */
  pauseCheckMs?: number;
  /** How often GetQueueAttributes is sampled for the depth gauges; default 30 s. */
  attributesEveryMs?: number;
  /** How often the holder refreshes its /srm status entry while it consumes; default 5 s. */
  statusEveryMs?: number;
}

/**
 * The continuous consumer of one EventBridge -> SQS queue. Every replica
 * runs one per configured queue; a Redis lease lets exactly one of them
 * receive at a time (the others wait in standby and take over within about
 * a lease after the holder dies). The holder long-polls ReceiveMessage
 * (`waitSeconds`, 20 by default) in a loop, with up to `receivers` receives
 * in flight while they come back full, stops receiving while the BullMQ
 * ingest queue is behind, and deletes each message only after its event is
 * enqueued (src/ingest/sqs/batch.ts).
 *
 * stop() is graceful: no new receive starts, a long poll still waiting is
 * aborted, messages already received are enqueued and deleted, the lease is
 * released so another replica takes over at once.
 */
export class SqsConsumer {
  readonly labels: SqsLabels;
  readonly lease: RedisLease;
  private readonly log: Logger;
  private readonly sqs: SQSClient;
  private current: ConsumerState = 'stopped';
  private stopping = false;
  private loop: Promise<void> | undefined;
  /** Receives come back full: extra receivers run. */
  private deep = false;
  private paused = false;
  private lastBacklog = 0;
  private readonly inFlight = new Set<AbortController>();
  private readonly sleepers = new Set<() => void>();
  private lastStatusAt = 0;
  private lastReceiveAt: Date | undefined;
  private lastLag: number | undefined;
  private enqueuedSinceStatus = 0;

  constructor(private readonly options: SqsConsumerOptions) {
    const { runtime, queue } = options;
    this.labels = queueIdentity(queue);
    this.log = runtime.logger.child({ sqsQueue: this.labels.queue, account: this.labels.account, region: this.labels.region });
    this.sqs = runtime.aws({ account: { regions: [] }, region: queue.region }).sqs;
    this.lease = new RedisLease(
      runtime.redis,
      appKey(runtime, 'sqs-lease', this.labels.account, this.labels.region, this.labels.queue),
      options.owner ?? leaseOwnerId(),
      queue.leaseSeconds * 1000,
    );
  }

  get state(): ConsumerState {
    return this.current;
  }

  /** True while this replica holds the queue's lease (by its own conservative clock). */
  holding(): boolean {
    return this.lease.valid();
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run().finally(() => {
      this.loop = undefined;
    });
  }

  /** Graceful stop (see the class comment); resolves once the lease is released. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.interrupt();
    await this.loop;
  }

  private status() {
    return { source: 'sqs' as const, account: this.labels.account, region: this.labels.region, queue: this.labels.queue };
  }

  private setState(state: ConsumerState, detail?: string): void {
    if (state === this.current) return;
    for (const s of ['standby', 'consuming', 'paused', 'stopped'] as const) sqsConsumerState.set({ ...this.labels, state: s }, s === state ? 1 : 0);
    this.current = state;
    this.log.info({ state, ...(detail ? { detail } : {}) }, 'sqs consumer state');
    // Only the holder speaks for the queue in /srm status; a standby replica stays quiet.
    if (state === 'consuming' || state === 'paused') void this.writeState(detail ? `${state}: ${detail}` : state);
  }

  private async writeState(state: string): Promise<void> {
    await recordConsumerState(this.options.runtime, this.status(), { state, holder: this.lease.owner }).catch((err: unknown) =>
      this.log.debug({ err: errorMessage(err) }, 'status not written'),
    );
  }

  /** Aborts waiting long polls and wakes every sleeper (stop, or the lease lost). */
  private interrupt(): void {
    for (const ac of this.inFlight) ac.abort();
    for (const wake of [...this.sleepers]) wake();
  }

  /** Sleeps `ms` (forever when absent) or until interrupt(). */
  private sleep(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      if (ms !== undefined) timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private active(): boolean {
    return !this.stopping && this.lease.valid();
  }

  private async run(): Promise<void> {
    const standbyRetryMs = this.options.standbyRetryMs ?? Math.max(250, this.lease.ttlMs / 6);
    let redisDown = false;
    try {
      while (!this.stopping) {
        let held = false;
        try {
          held = await this.lease.acquire();
          redisDown = false;
        } catch (err) {
          if (!redisDown) this.log.warn({ err: errorMessage(err) }, 'cannot reach Redis for the sqs lease; retrying');
          redisDown = true;
        }
        if (!held) {
          this.setState('standby');
          await this.sleep(standbyRetryMs);
          continue;
        }
        this.log.info({ owner: this.lease.owner }, 'sqs lease taken');
        this.paused = false;
        this.setState('consuming');
        // A status entry of the scheduled consumer this one replaced (keyed without the queue name).
        void forgetPollStatus(this.options.runtime, { ...this.status(), queue: undefined }).catch(() => undefined);
        try {
          await this.consumeWhileHeld();
        } catch (err) {
          // Not expected (every step handles its own errors), but the consumer must outlive it.
          this.log.error({ err: errorMessage(err) }, 'sqs consumer failed; starting again');
          await this.sleep(1000);
          continue;
        }
        if (!this.stopping) {
          this.log.warn('sqs lease lost; standing by');
          this.setState('standby');
        }
      }
    } finally {
      if (this.lease.valid()) {
        await this.writeState('stopped (lease released)');
        await this.lease.release().catch((err: unknown) => this.log.warn({ err: errorMessage(err) }, 'sqs lease not released; it lapses on its own'));
        this.log.info('sqs lease released');
      }
      this.setState('stopped');
    }
  }

  /** Receives until the lease is lost or stop() is called; renews the lease and samples the queue meanwhile. */
  private async consumeWhileHeld(): Promise<void> {
    let renewing = false;
    const renew = setInterval(() => {
      if (!this.lease.valid()) {
        this.interrupt();
        return;
      }
      if (renewing) return;
      renewing = true;
      this.lease
        .renew()
        .then((ok) => {
          if (!ok) this.interrupt();
        })
        .catch((err: unknown) => this.log.warn({ err: errorMessage(err), leftMs: Math.round(this.lease.remainingMs()) }, 'sqs lease renewal failed'))
        .finally(() => {
          renewing = false;
        });
    }, this.lease.ttlMs / 3);
    let attributesReadable = true;
    const sampleAttributes = () => {
      if (attributesReadable) void this.sampleAttributes().then((readable) => (attributesReadable = readable));
    };
    sampleAttributes();
    const attributes = setInterval(sampleAttributes, this.options.attributesEveryMs ?? 30_000);
    try {
      await Promise.all(Array.from({ length: this.options.queue.receivers }, (_, slot) => this.receiveLoop(slot)));
    } finally {
      clearInterval(renew);
      clearInterval(attributes);
    }
  }

  private async receiveLoop(slot: number): Promise<void> {
    let failures = 0;
    while (this.active()) {
      if (await this.backpressure()) continue;
      // Extra receivers run only while the queue is deep (looked at after the await above, right before receiving).
      if (slot > 0 && !this.deep) {
        await this.sleep();
        continue;
      }
      let messages: Message[];
      try {
        messages = await this.receive();
        failures = 0;
      } catch (err) {
        if (!this.active()) break;
        failures++;
        const name = err instanceof Error ? err.name : 'Error';
        sqsReceiveErrors.inc({ ...this.labels, error: name });
        this.log.warn({ err: errorMessage(err), name, kind: classifyAwsError(err).kind, failures }, 'ReceiveMessage failed');
        await recordPollError(this.options.runtime, this.status(), err).catch(() => undefined);
        await this.sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)));
        continue;
      }
      const full = messages.length === batchSize;
      if (full !== this.deep) {
        this.deep = full;
        if (full) for (const wake of [...this.sleepers]) wake();
      }
      if (messages.length) {
        const r = await takeBatch(this.options.runtime, { url: this.options.queue.queueUrl, labels: this.labels, sqs: this.sqs }, messages, this.log);
        this.enqueuedSinceStatus += r.enqueued;
        if (r.lagSeconds !== undefined) this.lastLag = r.lagSeconds;
      } else if (this.options.queue.waitSeconds === 0) {
        // Short polling (waitSeconds 0) on an empty queue: do not spin.
        await this.sleep(1000);
      }
      await this.maybeWriteStatus();
    }
  }

  /** One long poll; aborted by interrupt() while it waits. */
  private async receive(): Promise<Message[]> {
    const ac = new AbortController();
    this.inFlight.add(ac);
    try {
      const out = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.options.queue.queueUrl,
          MaxNumberOfMessages: batchSize,
          WaitTimeSeconds: this.options.queue.waitSeconds,
          MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
        }),
        { abortSignal: ac.signal },
      );
      countRetries({ source: 'sqs', account: this.labels.account, region: this.labels.region }, out);
      const messages = out.Messages ?? [];
      const now = Date.now();
      this.lastReceiveAt = new Date(now);
      sqsReceived.inc(this.labels, messages.length);
      const sent = messages.map((m) => Number(m.Attributes?.SentTimestamp)).filter((t) => Number.isFinite(t));
      sqsOldestMessageAge.set(this.labels, sent.length ? Math.max(0, (now - Math.min(...sent)) / 1000) : 0);
      return messages;
    } finally {
      this.inFlight.delete(ac);
    }
  }

  /** True (after a short wait) while BullMQ's ingest backlog is above the high-water mark, until it drops below the low one. */
  private async backpressure(): Promise<boolean> {
    const { maxBacklog, resumeBacklog } = this.options.queue;
    let depth: number;
    try {
      depth = await this.options.backlog();
    } catch (err) {
      // Without Redis nothing can be enqueued either: wait rather than receive messages that would go back.
      this.log.warn({ err: errorMessage(err) }, 'cannot read the ingest backlog; not receiving');
      await this.sleep(this.options.pauseCheckMs ?? 500);
      return true;
    }
    this.lastBacklog = depth;
    if (!this.paused && depth >= maxBacklog) {
      this.paused = true;
      this.setState('paused', `ingest queue behind (${depth} waiting, resumes below ${resumeBacklog})`);
    } else if (this.paused && depth <= resumeBacklog) {
      this.paused = false;
      this.setState('consuming');
    }
    if (!this.paused) return false;
    await this.sleep(this.options.pauseCheckMs ?? 500);
    return true;
  }

  /** The depth gauges from GetQueueAttributes; false when the attributes are not readable (then not asked again for this lease). */
  private async sampleAttributes(): Promise<boolean> {
    try {
      const out = await this.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: this.options.queue.queueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
        }),
      );
      const a = out.Attributes ?? {};
      const states = { visible: a.ApproximateNumberOfMessages, in_flight: a.ApproximateNumberOfMessagesNotVisible, delayed: a.ApproximateNumberOfMessagesDelayed };
      for (const [state, value] of Object.entries(states)) if (value !== undefined) sqsQueueMessages.set({ ...this.labels, state }, Number(value));
      return true;
    } catch (err) {
      const kind = classifyAwsError(err).kind;
      this.log.warn({ err: errorMessage(err), kind }, 'GetQueueAttributes failed; the queue depth gauges are not updated');
      return kind !== 'access-denied';
    }
  }

  private async maybeWriteStatus(): Promise<void> {
    const now = Date.now();
    if (now - this.lastStatusAt < (this.options.statusEveryMs ?? 5_000) || !this.lastReceiveAt) return;
    this.lastStatusAt = now;
    const events = this.enqueuedSinceStatus;
    this.enqueuedSinceStatus = 0;
    const lag = this.lastLag;
    await recordPollSuccess(this.options.runtime, this.status(), {
      at: this.lastReceiveAt,
      events,
      ...(lag !== undefined ? { newestEventAt: new Date(this.lastReceiveAt.getTime() - lag * 1000) } : {}),
    }).catch((err: unknown) => this.log.debug({ err: errorMessage(err) }, 'status not written'));
  }

  /** For /srm status and tests: the state, and the backlog last seen. */
  snapshot(): { state: ConsumerState; holding: boolean; backlog: number; deep: boolean } {
    return { state: this.current, holding: this.holding(), backlog: this.lastBacklog, deep: this.deep };
  }
}
