import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { closeRedis, createRedis, type RedisTarget } from '../../../src/queue/connection.js';
import { queueNames } from '../../../src/queue/define-job.js';
import { freePort } from '../../../src/redis-local.js';
import { startSlackApi, type SlackApiServer } from '../../../src/slack/local-api.js';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server.js';
import { awsOperation, FaultProxy, slackOperation } from './fault-proxy.js';
import { RedisCluster, RedisServer } from './redis-servers.js';
import { SrmProcess, type SrmRole } from './srm-process.js';

export const signingSecret = 'faults-signing-secret-0123456789abcdef';
export const botToken = 'xoxb-0000000000-0000000000000-faultsuitebottoken';

export interface WorldOptions {
  /** One redis-server (AOF on or off), or a cluster of `masters` with `replicas` each. */
  redis: { aof: boolean } | { cluster: { masters: number; replicas: number } };
  /** The srm config document (written as SRM_CONFIG); `sqsQueue` is filled in with the world's queue when set to true. */
  config: Record<string, unknown>;
  /** SQS visibility timeout of the local queue (default 10 s: a message received by a process that died comes back after it). */
  sqsVisibilityMs?: number;
  /** Slack answers 429 to more than this many posts per channel per second (default 1, as Slack does). */
  slackPerChannelPerSecond?: number;
}

/**
 * Everything one scenario runs against, all on loopback: its own Redis (or
 * Redis Cluster), the local Slack Web API and the local AWS protocol server
 * each behind a fault proxy, an EventBridge -> SQS queue, a config file, a
 * log directory, and the real srm processes it starts. close() stops all of it.
 */
export class World {
  readonly procs: SrmProcess[] = [];
  redis?: RedisServer;
  cluster?: RedisCluster;
  slack!: SlackApiServer;
  slackProxy!: FaultProxy;
  aws!: AwsServer;
  awsProxy!: FaultProxy;
  queueUrl = '';
  readonly dir: string;
  readonly logDir: string;
  readonly configFile: string;
  private client: Redis | undefined;
  queues: Queue[] = [];

  private constructor(
    readonly name: string,
    readonly options: WorldOptions,
  ) {
    this.dir = mkdtempSync(path.join(tmpdir(), `srm-faults-${name}-`));
    this.logDir = path.join(this.dir, 'logs');
    mkdirSync(this.logDir);
    this.configFile = path.join(this.dir, 'srm.yaml');
  }

  static async create(name: string, options: WorldOptions): Promise<World> {
    const world = new World(name, options);
    try {
      await world.setUp();
    } catch (err) {
      await world.close();
      throw err;
    }
    return world;
  }

  private async setUp(): Promise<void> {
    if ('cluster' in this.options.redis) this.cluster = await RedisCluster.start(this.options.redis.cluster.masters, this.options.redis.cluster.replicas);
    else this.redis = await RedisServer.start({ aof: this.options.redis.aof });
    this.slack = await startSlackApi({ perChannelPerSecond: this.options.slackPerChannelPerSecond ?? 1 });
    this.slackProxy = await new FaultProxy(this.slack.url.replace(/\/api\/$/, ''), slackOperation).start();
    this.aws = await startAwsServer({ sqsVisibilityMs: this.options.sqsVisibilityMs ?? 10_000 });
    this.awsProxy = await new FaultProxy(this.aws.url, awsOperation).start();
    this.queueUrl = `${this.awsProxy.url}/123456789012/srm-faults`;
    this.aws.sqsQueues.set(this.queueUrl, []);
    this.writeConfig(this.options.config);
  }

  /** (Re)writes SRM_CONFIG; `sqs: true` becomes the world's queue, consumed with a short lease. */
  writeConfig(config: Record<string, unknown>): void {
    const doc = { ...config };
    if (doc.sqs === true) doc.sqs = { queueUrl: this.queueUrl, region: 'us-east-1', waitSeconds: 2, leaseSeconds: 6 };
    writeFileSync(this.configFile, JSON.stringify(doc, null, 2));
  }

  get redisTarget(): RedisTarget {
    if (this.cluster) return { nodes: this.cluster.servers.map((s) => ({ host: '127.0.0.1', port: s.port })), tls: false };
    return this.redis!.url;
  }

  /** The prefix srm uses here: `{srm}` on a cluster (REDIS_CLUSTER_NODES), `srm` otherwise. */
  get prefix(): string {
    return this.cluster ? '{srm}' : 'srm';
  }

  /** The environment of an srm process of this world. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...(this.cluster ? { REDIS_CLUSTER_NODES: this.cluster.nodesEnv } : { REDIS_URL: this.redis!.url }),
      SRM_CONFIG: this.configFile,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: `${this.slackProxy.url}/api/`,
      AWS_ENDPOINT_URL: this.awsProxy.url,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_REGION: 'us-east-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // SRM_FAULTS_LOG_LEVEL=debug keeps every job's steps in the logs (with SRM_FAULTS_KEEP, to trace a lost event).
      SRM_LOG_LEVEL: process.env.SRM_FAULTS_LOG_LEVEL || 'info',
      ...extra,
    };
  }

  /** Starts `srm serve` (on a free port) or `srm worker` and waits until it runs. */
  async start(role: SrmRole, name: string, extraEnv: Record<string, string> = {}): Promise<SrmProcess> {
    const port = role === 'serve' ? await freePort() : undefined;
    // Each process reaches Slack through its own URL, so the Slack proxy knows which process a call came from.
    const env = this.env({ SLACK_API_URL: this.slackProxy.clientUrl(name, '/api/'), ...extraEnv });
    const proc = await SrmProcess.start({ name, role, env, logDir: this.logDir, ...(port !== undefined ? { port } : {}) });
    this.procs.push(proc);
    return proc;
  }

  /** Puts EventBridge envelopes on the SQS queue, `perSecond` at a time (all at once when 0). */
  async send(messages: readonly unknown[], perSecond = 0): Promise<void> {
    if (!perSecond) {
      for (const m of messages) this.aws.addSqsMessage(this.queueUrl, m);
      return;
    }
    const t0 = Date.now();
    for (let i = 0; i < messages.length; i++) {
      const due = t0 + (i / perSecond) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      this.aws.addSqsMessage(this.queueUrl, messages[i]);
    }
  }

  /** Messages still on the SQS queue (received but not deleted included). */
  sqsLeft(): number {
    return this.aws.sqsQueues.get(this.queueUrl)?.length ?? 0;
  }

  /** A connection of the suite's own to the world's Redis (read-only use: counts, keys). */
  redisClient(): Redis {
    this.client ??= createRedis(this.redisTarget, 'client');
    return this.client;
  }

  /** Every key in the world's Redis (on a cluster: on every master). */
  async allKeys(): Promise<string[]> {
    const client = this.redisClient();
    await client.ping(); // a cluster client knows its nodes once it is ready
    const nodes = this.cluster ? (client as unknown as Cluster).nodes('master') : [client];
    return (await Promise.all(nodes.map((n) => n.keys('*')))).flat();
  }

  /**
   * No job waiting, active or delayed in any queue (job schedulers' next
   * runs aside); undefined when Redis cannot answer.
   */
  async queuesIdle(): Promise<boolean> {
    if (this.queues.length === 0) this.queues = queueNames.map((q) => new Queue(q, { connection: this.redisClient(), prefix: this.prefix }));
    // Jobs of the job schedulers (polls every few seconds, ids "repeat:…") come and go for ever: they do not count.
    for (const q of this.queues) {
      const jobs = await q.getJobs(['waiting', 'active', 'prioritized', 'waiting-children', 'delayed'], 0, 300);
      if (jobs.some((j) => j && !String(j.id).startsWith('repeat:'))) return false;
    }
    return true;
  }

  /** Jobs per queue and state (for a scenario's diagnostics). */
  async queueCounts(): Promise<Record<string, Record<string, number>>> {
    if (this.queues.length === 0) this.queues = queueNames.map((q) => new Queue(q, { connection: this.redisClient(), prefix: this.prefix }));
    const out: Record<string, Record<string, number>> = {};
    for (const q of this.queues) out[q.name] = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
    return out;
  }

  /**
   * Jobs kept as completed or failed that were taken over after their worker
   * died (BullMQ's stalledCounter), and jobs started more than once.
   */
  async takenOver(): Promise<{ stalled: number; restarted: number }> {
    await this.queuesIdle();
    let stalled = 0;
    let restarted = 0;
    for (const q of this.queues) {
      for (let start = 0; ; start += 1000) {
        const jobs = await q.getJobs(['completed', 'failed'], start, start + 999);
        for (const j of jobs) {
          if (j.stalledCounter > 0) stalled += 1;
          if (j.attemptsStarted > 1) restarted += 1;
        }
        if (jobs.length < 1000) break;
      }
    }
    return { stalled, restarted };
  }

  /**
   * Events whose post-alert job was taken over as stalled (its worker died,
   * or its completion was lost with a Redis master): the jobs that may have
   * posted before and run again.
   */
  async takenOverEvents(): Promise<Set<string>> {
    await this.queuesIdle();
    const out = new Set<string>();
    const alerts = this.queues.find((q) => q.name === 'alerts');
    if (!alerts) return out;
    for (let start = 0; ; start += 1000) {
      const jobs = await alerts.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed'], start, start + 999);
      for (const j of jobs) {
        const eventId = (j?.data as { alert?: { eventId?: unknown } } | undefined)?.alert?.eventId;
        if (j && j.stalledCounter > 0 && typeof eventId === 'string') out.add(eventId);
      }
      if (jobs.length < 1000) break;
    }
    return out;
  }

  async close(): Promise<void> {
    if (process.env.SRM_FAULTS_KEEP && this.slack) {
      writeFileSync(path.join(this.dir, 'slack-messages.json'), JSON.stringify([...this.slack.messages.values()], null, 1));
      writeFileSync(path.join(this.dir, 'slack-calls.json'), JSON.stringify(this.slack.calls.map((c) => ({ method: c.method, at: c.at, status: c.status, error: c.error, channel: c.body.channel, ts: c.body.ts, thread_ts: c.body.thread_ts, text: String(c.body.text ?? '').slice(0, 200) })), null, 1));
      process.stdout.write(`   kept ${this.dir}\n`);
    }
    await Promise.all(this.procs.map((p) => p.stop('SIGKILL').catch(() => undefined)));
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
    if (this.client) await closeRedis(this.client);
    await this.slackProxy?.close();
    await this.awsProxy?.close();
    await this.slack?.close();
    await this.aws?.close();
    await this.redis?.stop();
    await this.cluster?.stop();
    if (!process.env.SRM_FAULTS_KEEP) rmSync(this.dir, { recursive: true, force: true });
  }
}
