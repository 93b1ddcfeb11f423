import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRedis } from '../src/redis-local.js';
import { silentLogger } from '../src/logger.js';
import { startSlackApi } from '../src/slack/local-api.js';
import { startAwsServer } from '../test/helpers/aws-server.js';
import type { Benchmark } from './index.js';
import { deleteRunKeys, envInt, waitFor } from './pipeline.js';

/**
 * `/srm who` ack latency under load: `srm serve` (the real CLI, HTTP
 * receiver, with its workers, schedulers and pollers running against a local
 * AWS endpoint and Redis) against a bare Bolt app from the same node_modules
 * that acks `/srm` with a fixed text, each under the same load from a
 * separate load-generator process (bench/ack-load.ts): SRM_BENCH_ACK_CLIENTS
 * clients (50) sending SRM_BENCH_ACK_RATE signed requests/s (470) for
 * SRM_BENCH_ACK_SECONDS (20) after a 3 s warm-up, each a `/srm who` question
 * from the knowledge tests' 1,700+ phrasings. Prints both, the p99 ratio,
 * and srm's event-loop delay from its /metrics.
 *
 * Both servers run side by side and are measured in turns: the seconds are
 * cut into SRM_BENCH_ACK_BLOCKS blocks per server (4), taken in the order
 * bare, srm, srm, bare, bare, srm, … and each server's blocks pooled. On a
 * shared machine whose load moves from minute to minute, measuring one
 * server for 20 s and then the other put them under different conditions;
 * in turns, both see the same minute. The idle srm keeps its pollers and
 * workers running during the bare app's blocks (printed: its CPU then).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../src/bin.js');
const bareBolt = path.resolve(here, 'ack-bare-bolt.js');
const loadGenerator = path.resolve(here, 'ack-load.js');
const secret = 'bench-signing-secret-0123456789abcdef';

interface LoadResult {
  requests: number;
  failed: number;
  /** Acks that carried a body: for srm, the answers given in the ack. */
  withBody: number;
  /** Acked empty, the answer posted to the response_url afterwards (srm past its ack budget). */
  late: number;
  /** Of those, answers that never came (within 3 s of the block's end). */
  lost: number;
  rate: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** p99 of the time to the answer: the ack's when the answer was in it, else the response_url POST's. */
  answerP99: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

type Measured = LoadResult & { latencies: number[]; answers: number[] };

async function load(url: string, rate: number, clients: number, seconds: number): Promise<Measured> {
  const child = spawn(process.execPath, [loadGenerator, url, String(rate), String(clients), String(seconds), secret, 'raw'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`load generator exited ${code}`);
  return JSON.parse(out) as Measured;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One server's blocks as one run: the percentiles of all their latencies together. */
function pool(blocks: readonly Measured[], seconds: number): LoadResult {
  const all = blocks.flatMap((b) => b.latencies).sort((a, b) => a - b);
  const answers = blocks.flatMap((b) => b.answers).sort((a, b) => a - b);
  const requests = blocks.reduce((n, b) => n + b.requests, 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests,
    failed: blocks.reduce((n, b) => n + b.failed, 0),
    withBody: blocks.reduce((n, b) => n + b.withBody, 0),
    late: blocks.reduce((n, b) => n + b.late, 0),
    lost: blocks.reduce((n, b) => n + b.lost, 0),
    rate: round(requests / seconds),
    p50: percentile(all, 50),
    p90: percentile(all, 90),
    p99: percentile(all, 99),
    max: all[all.length - 1] ?? NaN,
    answerP99: percentile(answers, 99),
  };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const loadAverage = () => loadavg()[0]!.toFixed(2);

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const closed = once(child, 'close');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await closed;
  clearTimeout(timer);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

/** The value of one series in a /metrics text ("srm_who_answer_seconds" with `quantile="0.99"` and `stage="thread"`), if exported. */
function metricValue(text: string, name: string, labels: Record<string, string>): string | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const found = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.slice(name.length, l.indexOf('}') + 1).includes(w)));
  return found?.slice(found.lastIndexOf(' ') + 1);
}

/** The who answer times srm exports on /metrics (ms, over its last minute): waiting for the thread, in it, and round trip. */
function whoAnswerTimes(text: string): string {
  const ms = (v: string | undefined) => (v === undefined || v === 'NaN' ? '-' : (Number(v) * 1000).toFixed(2));
  const q = (stage: string, quantile: string) => ms(metricValue(text, 'srm_who_answer_seconds', { stage, quantile }));
  const stages = { queue: 'waiting for the thread', thread: 'in the thread', round_trip: 'round trip' } as const;
  return Object.entries(stages).map(([stage, name]) => `${name} p50 ${q(stage, '0.5')} / p99 ${q(stage, '0.99')} ms`).join('; ');
}

/** The event-loop delay quantiles srm exports on /metrics (ms), when it exports them. */
function eventLoopDelay(text: string): string {
  const p50 = metricValue(text, 'srm_event_loop_delay_seconds', { quantile: '0.5' });
  const p99 = metricValue(text, 'srm_event_loop_delay_seconds', { quantile: '0.99' });
  if (p50 === undefined || p99 === undefined) return 'not exported';
  return `p50 ${(Number(p50) * 1000).toFixed(1)} ms, p99 ${(Number(p99) * 1000).toFixed(1)} ms`;
}

const line = (label: string, r: LoadResult) =>
  `${label.padEnd(34)}${r.requests} requests at ${r.rate}/s, ${r.failed} failed; ack p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms`;

export const ackBench: Benchmark = {
  name: 'ack',
  async run() {
    const rate = envInt('SRM_BENCH_ACK_RATE', 470);
    const clients = envInt('SRM_BENCH_ACK_CLIENTS', 50);
    const seconds = envInt('SRM_BENCH_ACK_SECONDS', 20);
    const redisHandle = await ensureRedis(process.env, silentLogger());
    const slack = await startSlackApi();
    const aws = await startAwsServer();
    const prefix = `srm-bench-ack-${randomBytes(4).toString('hex')}`;
    // a trickle of events for the pollers to read while the load runs
    const now = Date.now();
    for (let i = 0; i < 20; i++) {
      const eventID = randomUUID();
      aws.cloudTrail.push({
        event: {
          eventVersion: '1.09',
          eventID,
          eventTime: new Date(now - 60_000 + i * 1000).toISOString(),
          eventName: 'CreateUser',
          eventSource: 'iam.amazonaws.com',
          awsRegion: 'us-east-1',
          sourceIPAddress: '192.0.2.10',
          userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/alice', accountId: '123456789012', userName: 'alice' },
          requestParameters: { userName: `bench-${i}` },
          recipientAccountId: '123456789012',
        },
      });
    }
    // Both servers are started first, then measured in turns (see above).
    const children: ChildProcess[] = [];
    try {
      // (a) bare Bolt
      const barePort = await freePort();
      const bare = spawn(process.execPath, [bareBolt, String(barePort), secret, slack.url], { stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(bare);
      await new Promise<void>((resolve, reject) => {
        bare.stdout!.setEncoding('utf8').on('data', (d: string) => d.includes('listening') && resolve());
        bare.on('close', (code) => reject(new Error(`bare Bolt exited ${code}`)));
      });
      const bareUrl = `http://127.0.0.1:${barePort}/slack/events`;

      // (b) srm serve: Bolt app + workers + schedulers + pollers in one process
      const port = await freePort();
      const env = {
        ...process.env,
        ...aws.env(),
        PORT: String(port),
        REDIS_URL: redisHandle.url,
        SRM_QUEUE_PREFIX: prefix,
        SLACK_SIGNING_SECRET: secret,
        SLACK_BOT_TOKEN: 'xoxb-bench-srm',
        SLACK_API_URL: slack.url,
        SRM_CHANNEL: 'C0ACKBENCH1',
        SRM_POLL_SECONDS: '5',
        SRM_LOG_LEVEL: process.env.SRM_LOG_LEVEL ?? 'info',
      };
      delete (env as Record<string, string | undefined>).SRM_CONFIG;
      delete (env as Record<string, string | undefined>).SLACK_APP_TOKEN;
      // SRM_BENCH_ACK_NODE_ARGS: node options for srm alone (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof)
      const nodeArgs = (process.env.SRM_BENCH_ACK_NODE_ARGS ?? '').split(' ').filter(Boolean);
      // SRM_BENCH_ACK_OUT: a file for srm's stdout and stderr (with --trace-gc in SRM_BENCH_ACK_NODE_ARGS: its GC pauses)
      const out = process.env.SRM_BENCH_ACK_OUT ? openSync(process.env.SRM_BENCH_ACK_OUT, 'w') : 'ignore';
      const srm = spawn(process.execPath, [...nodeArgs, bin, 'serve'], { env, stdio: ['ignore', out, out] });
      children.push(srm);
      const base = `http://127.0.0.1:${port}`;
      await waitFor(() => healthy(`${base}/healthz`), 60_000, 'srm serve healthy');
      // the pollers have run once (the schedulers start them at once)
      await waitFor(async () => aws.calls('LookupEvents').length > 0, 30_000, 'a CloudTrail poll');
      const srmUrl = `${base}/slack/events`;
      // SRM_BENCH_ACK_AFTER_WARMUP (1): measure once the who thread has finished its one-pass warm-up (a core's worth of
      // CPU for ~30 s after start, who-worker.ts), the steady state; 0 measures during it, as right after a deploy
      const afterWarmUp = envInt('SRM_BENCH_ACK_AFTER_WARMUP', 1) === 1;
      const warmStart = Date.now();
      if (afterWarmUp) await waitFor(async () => /^srm_who_warmup_done 1$/m.test(await (await fetch(`${base}/metrics`)).text()), 180_000, "the who thread's warm-up");
      const warmUpWait = (Date.now() - warmStart) / 1000;

      const loadAtStart = loadAverage();
      // SRM_BENCH_ACK_WARMUP_SECONDS (3): each server's load before the measured blocks
      const warmUp = envInt('SRM_BENCH_ACK_WARMUP_SECONDS', 3);
      await load(bareUrl, rate, clients, warmUp);
      await load(srmUrl, rate, clients, warmUp);
      const blocks = Math.max(1, envInt('SRM_BENCH_ACK_BLOCKS', 4));
      const blockSeconds = seconds / blocks;
      const measured = { bare: [] as Measured[], srm: [] as Measured[] };
      let srmIdleCpu = 0;
      // bare, srm, srm, bare, bare, srm, …: each server goes first in half of the rounds
      for (let round = 0; round < blocks; round++) {
        for (const which of round % 2 === 0 ? (['bare', 'srm'] as const) : (['srm', 'bare'] as const)) {
          const before = which === 'bare' ? cpuSeconds(srm.pid) : undefined;
          measured[which].push(await load(which === 'bare' ? bareUrl : srmUrl, rate, clients, blockSeconds));
          const after = which === 'bare' ? cpuSeconds(srm.pid) : undefined;
          if (before !== undefined && after !== undefined) srmIdleCpu += after - before;
        }
      }
      const a = pool(measured.bare, seconds);
      const b = pool(measured.srm, seconds);
      process.stdout.write(`${line('(a) bare Bolt, fixed-text ack', a)}\n${line('(b) srm serve, /srm who', b)}\n`);
      process.stdout.write(`p99 ratio srm/bare                ${(b.p99 / a.p99).toFixed(2)} (target <= 3, and srm p99 < 50 ms)\n`);
      const p99s = (r: readonly LoadResult[]) => r.map((x) => x.p99).join(' / ');
      process.stdout.write(`p99 per block (ms)                bare ${p99s(measured.bare)}; srm ${p99s(measured.srm)} (${blocks} blocks of ${blockSeconds} s each, in turns)\n`);
      process.stdout.write(`answer p99 (ack or response_url) bare ${a.answerP99} ms; srm ${b.answerP99} ms (what the user waits for)\n`);
      process.stdout.write(`load average                      ${loadAtStart} at the start, ${loadAverage()} at the end\n`);
      // (one scrape for both: a scrape resets the event-loop histogram)
      const metrics = await (await fetch(`${base}/metrics`)).text();
      process.stdout.write(`srm event-loop delay (/metrics)   ${eventLoopDelay(metrics)}\n`);
      process.stdout.write(`srm who answers (/metrics, 1 min) ${whoAnswerTimes(metrics)}\n`);
      process.stdout.write(`measured                          ${afterWarmUp ? `after the who thread's warm-up (waited ${warmUpWait.toFixed(1)} s; SRM_BENCH_ACK_AFTER_WARMUP=0 measures during it)` : "during the who thread's warm-up (SRM_BENCH_ACK_AFTER_WARMUP=0)"}\n`);
      process.stdout.write(
        `srm polls during the run          LookupEvents ${aws.calls('LookupEvents').length}; answers in the ack ${b.withBody}, late (empty ack, then response_url) ${b.late}, never came ${b.lost}\n`,
      );
      process.stdout.write(`srm's CPU while idle              ${(srmIdleCpu / seconds).toFixed(3)} s per s during the bare app's blocks (its pollers and workers; and the who thread's warm-up when measured during it)\n`);
    } finally {
      for (const child of children.reverse()) await stop(child);
      await deleteRunKeys(redisHandle.url, prefix).catch(() => undefined);
      await aws.close();
      await slack.close();
      await redisHandle.stop();
    }
  },
};
