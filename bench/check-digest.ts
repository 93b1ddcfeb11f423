import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { checks } from '../checks/index.js';
import { areaTitle, renderContext, type RunMeta } from '../src/checks/progress.js';
import { compareRun, createResultsStore, checkKeys, type ResultWithChange } from '../src/checks/results-store.js';
import { toResult } from '../src/checks/run.js';
import type { CheckResult, CheckStatus } from '../src/checks/types.js';
import { deletePrefix } from '../src/redis-keys.js';
import { validateMessage, validateView } from '../src/slack/block-limits.js';
import { renderCheckDigest, renderDigestList, type DigestInput } from '../src/slack/blocks/check-digest.js';
import type { Benchmark } from './index.js';

/**
 * Scheduled check digests: (1) recording a scheduled run's targets in Redis
 * with the schedule's own baseline (the Lua script reads and replaces two
 * hashes) against recording without one; (2) rendering the digest message and
 * every page of its full list for runs of 1k to 50k results (a fifth failing),
 * with the time, heap growth and the sizes Slack sees.
 */

const account = '123456789012';
const regions = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'];

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

function result(i: number, status: CheckStatus): CheckResult {
  const check = checks[i % checks.length]!;
  const region = check.scope === 'global' ? 'global' : regions[i % regions.length]!;
  return toResult(check, { account, region }, region, {
    resource: `arn:aws:ec2:${region}:${account}:security-group/sg-${i.toString(16).padStart(17, '0')}`,
    status,
    detail: status === 'error' ? `could not check: AccessDenied; missing permission ${check.permissions[0] ?? 'iam:Get'}` : `resource ${i} is ${status === 'fail' ? 'open to 0.0.0.0/0' : 'fine'}`,
  });
}

function statusOf(i: number, run: number): CheckStatus {
  if (i % 50 === 0) return 'error';
  if (i % 5 === 0) return 'fail';
  return run > 0 && i % 97 === 1 ? 'fail' : 'pass';
}

async function recordBench(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const prefix = `srm-bench-digest-${randomBytes(4).toString('hex')}`;
  const store = createResultsStore(redis, prefix);
  const targets = envInt('SRM_BENCH_DIGEST_TARGETS', 400);
  const perTarget = envInt('SRM_BENCH_DIGEST_RESOURCES', 25);
  try {
    for (const scheduled of [false, true]) {
      for (let run = 0; run < 2; run++) {
        const runId = `r-bench-${scheduled ? 's' : 'c'}${run}`;
        await redis.hset(checkKeys(prefix).run(runId), { total: String(targets), done: '0' });
        const started = performance.now();
        for (let t = 0; t < targets; t++) {
          const target = { checkId: `bench-check-${t}`, account, region: regions[t % regions.length]! };
          const results = Array.from({ length: perTarget }, (_, r) => ({ ...result(t * perTarget + r, statusOf(t * perTarget + r, run)), check: target.checkId, region: target.region }));
          await store.recordTarget(runId, target, results, scheduled ? { scheduleId: 'bench' } : {});
        }
        const ms = performance.now() - started;
        const compared = compareRun(await store.runRecords(runId));
        process.stdout.write(
          `record ${scheduled ? 'scheduled (schedule baseline)' : 'on demand (latest only)     '} run ${run + 1}: ${targets} targets × ${perTarget} resources in ${ms.toFixed(0)} ms (${((targets / ms) * 1000).toFixed(0)} targets/s, ${(ms / targets).toFixed(2)} ms each); newly failing ${compared.results.filter((r) => r.change === 'newly-failing').length}, first run ${compared.firstRun}\n`,
        );
      }
    }
  } finally {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  }
}

function digestInput(n: number): DigestInput {
  const results: ResultWithChange[] = Array.from({ length: n }, (_, i) => {
    const status = statusOf(i, 1);
    const change = status === 'fail' ? (i % 97 === 1 ? 'newly-failing' : 'still-failing') : 'unchanged';
    return { result: result(i, status), change, previousStatus: change === 'newly-failing' ? 'pass' : status, previousAt: '2026-11-22T08:00:00.000Z' };
  });
  const meta: RunMeta = { runId: 'r-bench-digest', origin: 'schedule', scheduleId: 'bench', selection: { selectors: ['all'] }, checkIds: checks.map((c) => c.id), accounts: [account], total: n, createdAt: '2026-11-23T08:00:00.000Z' };
  return { meta, results, gone: [], firstRun: false, finishedAt: '2026-11-23T08:05:00.000Z' };
}

function renderBench(): void {
  const ctx = renderContext({ catalogue: checks, areaName: areaTitle });
  for (const n of [1_000, 10_000, 50_000]) {
    const input = digestInput(n);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let started = performance.now();
    const message = renderCheckDigest(input, ctx);
    const messageMs = performance.now() - started;
    const problems = validateMessage(message);
    started = performance.now();
    let pages = 0;
    let blocks = 0;
    let viewProblems = 0;
    for (let page = 0; ; page++) {
      const view = renderDigestList(input, ctx, page, { runId: input.meta.runId, channel: 'C0BENCH001' });
      pages++;
      blocks += view.blocks.length;
      viewProblems += validateView(view).length;
      const picker = view.blocks.at(-1) as { type: string; elements?: Array<{ options?: unknown[] }> };
      const total = picker.type === 'actions' ? (picker.elements?.[0]?.options?.length ?? 1) : 1;
      if (page + 1 >= total) break;
    }
    const listMs = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    process.stdout.write(
      `render ${n} results (${input.results.filter((r) => r.result.status === 'fail').length} failing): digest ${messageMs.toFixed(1)} ms, ${message.blocks.length} blocks, ${JSON.stringify(message).length} bytes, ${problems.length} limit violations; full list ${pages} pages (${blocks} blocks) in ${listMs.toFixed(0)} ms (${(listMs / pages).toFixed(1)} ms a page), ${viewProblems} limit violations; heap +${heapMb.toFixed(1)} MB\n`,
    );
  }
}

export const checkDigestBench: Benchmark = {
  name: 'check-digest',
  async run() {
    await recordBench();
    renderBench();
  },
};
