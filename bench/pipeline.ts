import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { rules } from '../rules/index.js';
import { parseConfig } from '../src/config.js';
import { submitRecords } from '../src/ingest/pollers/submit.js';
import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../src/ingest/types.js';
import { silentLogger } from '../src/logger.js';
import { queueNames } from '../src/queue/define-job.js';
import { deletePrefix } from '../src/redis-keys.js';
import { ensureRedis } from '../src/redis-local.js';
import type { Rule } from '../src/rules/define-rule.js';
import { createRuleEngine } from '../src/rules/engine.js';
import { readRouterStats } from '../src/router/stats.js';
import { startSlackApi, type SlackApiServer } from '../src/slack/local-api.js';
import { createPosterClient } from '../src/slack/poster.js';
import { startPipeline, type RunningPipeline } from '../src/worker.js';
import { startWorkerProcesses, type BenchPipeline } from './worker-procs.js';
import type { Benchmark } from './index.js';

const burstChannel = 'C0BURST001';
const singlesChannel = 'C0SINGLE01';
const burstRule = 'cloudtrail-unauthorized-api-calls';

export function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** One denied API call (fires cloudtrail-unauthorized-api-calls only), in CloudTrail's documented shape. */
function deniedCall(i: number): IngestedRecord {
  const actor = `ci-role-${i % 40}`;
  const event: CloudTrailEvent = {
    eventVersion: '1.09',
    userIdentity: {
      type: 'AssumedRole',
      principalId: `AROAEXAMPLEBENCH0001:${actor}`,
      arn: `arn:aws:sts::123456789012:assumed-role/${actor}/session`,
      accountId: '123456789012',
      accessKeyId: 'ASIAEXAMPLEBENCH0001',
    },
    eventTime: new Date(Date.now() - 60_000 + (i % 1000)).toISOString().replace(/\.\d+Z$/, 'Z'),
    eventSource: 'iam.amazonaws.com',
    eventName: 'ListRoles',
    awsRegion: ['us-east-1', 'eu-west-1', 'ap-southeast-2'][i % 3]!,
    sourceIPAddress: `192.0.2.${i % 250}`,
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64',
    errorCode: 'AccessDenied',
    errorMessage: 'User is not authorized to perform: iam:ListRoles',
    requestParameters: null,
    responseElements: null,
    requestID: randomUUID(),
    eventID: randomUUID(),
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '123456789012',
    eventCategory: 'Management',
  };
  return { source: 'cloudtrail', event };
}

/** Single events: each rule's first firing case that raises exactly one alert on its own (a fresh engine: no state from other events), with a fresh id. */
export function singles(limit: number, options: { fromEnd?: boolean } = {}): { record: IngestedRecord; eventId: string }[] {
  const out: { record: IngestedRecord; eventId: string }[] = [];
  const catalogue = options.fromEnd ? [...(rules as readonly Rule[])].reverse() : (rules as readonly Rule[]);
  for (const rule of catalogue) {
    if (rule.id === burstRule || out.length >= limit) continue;
    for (const c of rule.cases.filter((x) => x.fires)) {
      const id = rule.source === 'cloudtrail' ? randomUUID() : randomBytes(16).toString('hex');
      const record: IngestedRecord =
        rule.source === 'cloudtrail'
          ? { source: 'cloudtrail', event: { ...(c.event as CloudTrailEvent), eventID: id } }
          : { source: 'guardduty', finding: { ...(c.event as GuardDutyFinding), id, updatedAt: new Date().toISOString() } };
      if (createRuleEngine().evaluate(record).length === 1) {
        out.push({ record, eventId: id });
        break;
      }
    }
  }
  return out;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bench: ${what} not reached within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `--workers N` (or SRM_BENCH_WORKERS): run the jobs in N `srm worker` processes instead of in this one. */
function workerProcesses(): number {
  const i = process.argv.indexOf('--workers');
  const raw = i >= 0 ? process.argv[i + 1] : process.env.SRM_BENCH_WORKERS;
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 16) throw new Error(`bench: --workers takes 0 to 16 (got "${raw}")`);
  return n;
}

async function queuesIdle(p: Pick<RunningPipeline, 'producer'>): Promise<boolean> {
  for (const q of queueNames) {
    const c = await p.producer.queue(q).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  return true;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What the stand-in Slack shows for the burst channel: individual posts, thread replies, and the digests' counts. */
function slackAccounting(slack: SlackApiServer): { individual: number; replies: number; digests: number; inDigests: number } {
  let individual = 0;
  let replies = 0;
  let digests = 0;
  let inDigests = 0;
  for (const m of slack.messages.values()) {
    if (m.channel !== burstChannel) continue;
    const burst = /burst of (\d+)/.exec(m.text);
    if (burst) {
      digests += 1;
      inDigests += Number(burst[1]);
    } else if (m.threadTs) replies += 1;
    else individual += 1;
  }
  return { individual, replies, digests, inDigests };
}

export async function deleteRunKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  await deletePrefix(redis, prefix, 5000);
  await redis.quit();
}

/**
 * A burst of SRM_BENCH_EVENTS (default 10,000) denied API calls through the
 * whole pipeline (enqueue -> evaluate-event -> route/flood control ->
 * post-alert/flush-digest -> rate-limited poster) into a local Slack API that
 * answers 429 to more than one post per second per channel; then single
 * events (one per rule) outside the burst, timed from enqueue to post.
 */
export const pipelineBench: Benchmark = {
  name: 'pipeline',
  async run() {
    const total = envInt('SRM_BENCH_EVENTS', 10_000);
    const singleCount = envInt('SRM_BENCH_SINGLES', 20);
    const logger = silentLogger();
    const redisHandle = await ensureRedis(process.env, logger);
    const slack = await startSlackApi({ perChannelPerSecond: 1 });
    const prefix = `srm-bench-${randomBytes(4).toString('hex')}`;
    const rawConfig = { defaultChannel: singlesChannel, routes: [{ match: { rule: burstRule }, channel: burstChannel }], digest: { threshold: 5, windowSeconds: 600 } };
    const config = parseConfig(rawConfig, {}, 'bench');
    const workers = workerProcesses();
    process.stdout.write(`workers                         ${workers ? `${workers} srm worker process(es); this process only enqueues` : 'in this process (evaluate, route and post)'}\n`);
    const pipeline: BenchPipeline = workers
      ? await startWorkerProcesses({ workers, redisUrl: redisHandle.url, prefix, configYaml: JSON.stringify(rawConfig), config, slackUrl: slack.url, logger })
      : await startPipeline({
      env: process.env,
      logger,
      schedulers: false,
      redisUrl: redisHandle.url,
      config,
      prefix,
      slackClient: createPosterClient('xoxb-bench', slack.url),
      router: { digestFlushMs: 2000 },
      // SRM_BENCH_CONCURRENCY overrides every queue's worker concurrency (default: each job's own)
      ...(process.env.SRM_BENCH_CONCURRENCY ? { concurrency: envInt('SRM_BENCH_CONCURRENCY', 20) } : {}),
    });
    try {
      // Warm-up (SRM_BENCH_WARMUP events of the catalogue's last rules, to the singles channel): the modules each
      // step loads on first use are loaded before the clock starts, as in a server that has been running.
      const warm = singles(process.env.SRM_BENCH_WARMUP === '0' ? 0 : envInt('SRM_BENCH_WARMUP', 5), { fromEnd: true });
      if (warm.length) {
        await submitRecords(pipeline.runtime, warm.map((w) => w.record));
        await waitFor(async () => (await readRouterStats(pipeline.runtime)).posted >= warm.length, 120_000, 'warm-up events posted');
      }
      const base = await readRouterStats(pipeline.runtime);
      const records = Array.from({ length: total }, (_, i) => deniedCall(i));
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < records.length; i += 500) await submitRecords(pipeline.runtime, records.slice(i, i + 500));
      const enqueued = performance.now();
      await waitFor(async () => (await readRouterStats(pipeline.runtime)).published - base.published >= total, 600_000, 'every burst alert evaluated and routed');
      const decided = performance.now();
      // This process's CPU until every alert was decided: the enqueue, and with the jobs in this process, all of their work too.
      const cpu = process.cpuUsage(cpu0);
      await waitFor(async () => {
        const s = await readRouterStats(pipeline.runtime);
        return s.posted + s.threaded + s.digested + s.failed - (base.posted + base.threaded + base.digested + base.failed) >= total;
      }, 600_000, 'every burst alert routed');
      const routed = performance.now();
      await waitFor(() => queuesIdle(pipeline), 600_000, 'queues idle');
      const done = performance.now();
      const after = await readRouterStats(pipeline.runtime);
      const stats = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - base[k as keyof typeof base]])) as typeof after;
      const seen = slackAccounting(slack);

      const latencies: number[] = [];
      for (const s of singles(singleCount)) {
        const before = Date.now();
        await submitRecords(pipeline.runtime, [s.record]);
        await waitFor(async () => slack.calls.some((c) => c.method === 'chat.postMessage' && c.status === 200 && !c.error && JSON.stringify(c.body.blocks ?? '').includes(s.eventId)), 30_000, 'single event posted');
        const call = slack.calls.find((c) => c.method === 'chat.postMessage' && c.status === 200 && !c.error && JSON.stringify(c.body.blocks ?? '').includes(s.eventId))!;
        latencies.push(call.at - before);
        // next single after the channel's one-per-second slot has passed
        await new Promise((r) => setTimeout(r, 1200));
      }
      latencies.sort((a, b) => a - b);

      // The anchor: the rule engine alone on the same records, in this process.
      const engine = createRuleEngine();
      const e0 = performance.now();
      for (const r of records) engine.evaluate(r);
      const engineRate = total / ((performance.now() - e0) / 1000);

      const secs = (ms: number) => (ms / 1000).toFixed(2);
      const accounted = seen.individual + seen.replies + seen.inDigests;
      const lines = [
        `events in burst                 ${total}`,
        `enqueue rate                    ${Math.round(total / ((enqueued - t0) / 1000))} events/s (${secs(enqueued - t0)} s)`,
        `evaluated + routed rate         ${Math.round(total / ((decided - t0) / 1000))} events/s (every alert decided after ${secs(decided - t0)} s; target >= 10000)`,
        `anchor: the rule engine alone   ${Math.round(engineRate)} events/s (ratio pipeline/engine ${(total / ((decided - t0) / 1000) / engineRate).toFixed(3)})`,
        `CPU of this process until then  ${Math.round((cpu.user + cpu.system) / 1000)} ms (${Math.round((cpu.user + cpu.system) / total)} µs per event; ${workers ? 'enqueue only' : 'enqueue, evaluate, route and post'})`,
        `posted or folded                all after ${secs(routed - t0)} s; final digest update and queues idle after ${secs(done - t0)} s`,
        `Slack calls                     postMessage ${slack.okCallsTo('chat.postMessage').length}, update ${slack.okCallsTo('chat.update').length}, 429s answered ${slack.rateLimited}, Block Kit violations ${slack.violations.length}`,
        `router                          posted ${stats.posted}, threaded ${stats.threaded}, digested ${stats.digested} in ${stats.digests} digest(s), failed ${stats.failed}`,
        `in Slack (burst channel)        ${seen.individual} posts + ${seen.replies} thread replies + ${seen.inDigests} in ${seen.digests} digest(s) = ${accounted}`,
        `every event accounted for       ${accounted === total && stats.failed === 0 ? 'yes' : 'NO'} (${accounted} of ${total})`,
        `single events outside the burst ${latencies.length}: p50 ${Math.round(percentile(latencies, 50))} ms, p95 ${Math.round(percentile(latencies, 95))} ms, max ${Math.round(latencies[latencies.length - 1] ?? NaN)} ms (target p95 < 1000 ms)`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
      if (accounted !== total) process.exitCode = 1;
    } finally {
      await pipeline.stop();
      await deleteRunKeys(redisHandle.url, prefix).catch(() => undefined);
      await slack.close();
      await redisHandle.stop();
    }
  },
};
