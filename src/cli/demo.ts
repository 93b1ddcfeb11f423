import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { WebClient } from '@slack/web-api';
import { Redis } from 'ioredis';
import { parseConfig } from '../config.js';
import { SrmError } from '../errors.js';
import { readRecords } from '../ingest/read.js';
import { submitRecords } from '../ingest/pollers/submit.js';
import type { IngestedRecord } from '../ingest/types.js';
import { answerQuestion } from '../knowledge/answer.js';
import { createLogger } from '../logger.js';
import { queueNames } from '../queue/define-job.js';
import { closeRedis } from '../queue/connection.js';
import { deletePrefix } from '../redis-keys.js';
import { ensureRedis } from '../redis-local.js';
import { readRouterStats, type RouterStats } from '../router/stats.js';
import { startSlackApi, type SlackApiServer, type StoredMessage } from '../slack/local-api.js';
import { createPosterClient } from '../slack/poster.js';
import { startPipeline, type RunningPipeline } from '../worker.js';
import type { RegisterCli } from './index.js';

/** The bundled samples: <package root>/samples (this file is src/cli/demo.ts, or dist/src/cli/demo.js when built). */
export function bundledSamples(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = resolve(dir, 'samples');
    if (existsSync(candidate) && existsSync(resolve(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new SrmError('demo-samples', 'cannot find the bundled samples/ directory next to package.json');
}

export const demoQuestions = [
  'who patches the guest os on ec2?',
  'is aws responsible for hypervisor security on ec2?',
  'who patches the database engine for rds',
  'who owns encryption at rest for s3',
  'who manages mfa on the root account',
];

// ---- Block Kit to terminal text -------------------------------------------------

/** mrkdwn as a terminal shows it: entities decoded, zero-width guards dropped, links as "label (url)". */
export function mrkdwnToText(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/\u200B/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

type Obj = Record<string, unknown>;
const textOf = (t: unknown): string => (t && typeof t === 'object' && typeof (t as Obj).text === 'string' ? mrkdwnToText((t as Obj).text as string) : '');

/** One message's blocks as indented plain text lines. */
export function blocksToText(blocks: readonly unknown[], indent = ''): string[] {
  const out: string[] = [];
  const push = (s: string) => out.push(...s.split('\n').map((l) => indent + l));
  for (const raw of blocks) {
    const b = raw as Obj;
    switch (b.type) {
      case 'header':
        push(`▌ ${textOf(b.text)}`);
        break;
      case 'section': {
        if (b.text) push(textOf(b.text));
        const fields = Array.isArray(b.fields) ? b.fields.map((f) => textOf(f).replace('\n', ': ')) : [];
        if (fields.some((f) => f.includes('\n') || f.length > 44)) {
          // long or multi-line fields (a digest's breakdowns): one after the other
          for (const f of fields) push(`  ${f.replace(/\n/g, '\n    ')}`);
        } else {
          for (let i = 0; i < fields.length; i += 2) push(`  ${(fields[i] ?? '').padEnd(44)} ${fields[i + 1] ?? ''}`.trimEnd());
        }
        break;
      }
      case 'context':
        push(`  ${(Array.isArray(b.elements) ? b.elements : []).map(textOf).join('  ')}`);
        break;
      case 'actions':
        push(`  [${(Array.isArray(b.elements) ? b.elements : []).map((e) => textOf((e as Obj).text)).join('] [')}]`);
        break;
      case 'divider':
        push('  ---');
        break;
      default:
        break;
    }
  }
  return out;
}

/** Every post in the stand-in Slack as a transcript: top-level messages in order, each with its thread. */
export function transcript(slack: SlackApiServer): string {
  const all = [...slack.messages.values()].sort((a, b) => Number(a.ts) - Number(b.ts));
  const replies = new Map<string, StoredMessage[]>();
  for (const m of all) if (m.threadTs) replies.set(m.threadTs, [...(replies.get(m.threadTs) ?? []), m]);
  const lines: string[] = [];
  for (const m of all.filter((x) => !x.threadTs)) {
    const edited = m.updates ? ` (updated in place ${m.updates}×)` : '';
    lines.push(`── #${m.channel} · ts ${m.ts}${edited} ${'─'.repeat(20)}`);
    lines.push(...blocksToText(m.blocks.length ? m.blocks : [{ type: 'section', text: { type: 'mrkdwn', text: m.text } }]));
    for (const r of replies.get(m.ts) ?? []) {
      lines.push('   ↳ thread reply');
      lines.push(...blocksToText(r.blocks, '     '));
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---- the run --------------------------------------------------------------------

async function idle(pipeline: RunningPipeline, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3) {
    const counts = await Promise.all(
      queueNames.map((q) => pipeline.producer.queue(q).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')),
    );
    const busy = counts.some((c) => Object.values(c).some((n) => n > 0));
    quiet = busy ? 0 : quiet + 1;
    if (Date.now() > deadline) throw new SrmError('demo-timeout', `the pipeline did not finish within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  try {
    await deletePrefix(redis, prefix);
  } finally {
    await closeRedis(redis);
  }
}

export interface DemoResult {
  events: number;
  stats: RouterStats;
  threadReplies: number;
  topLevelPosts: number;
  mode: 'local' | 'slack';
  /** The run's key prefix (deleted when the demo ends). */
  prefix: string;
  /** Block Kit violations the stand-in Slack saw (local mode). */
  violations: string[];
}

export interface DemoOptions {
  env?: NodeJS.ProcessEnv;
  samples?: string[];
  out?: (text: string) => void;
  /** Skip the `who` questions. */
  skipWho?: boolean;
}

/**
 * `srm demo`: a few `who` answers, then the real pipeline (Redis, BullMQ
 * workers, rules, router, rate-limited poster) on the bundled sample events,
 * posting to a local stand-in of Slack's Web API and printing each post, or to
 * Slack itself when SLACK_BOT_TOKEN and SRM_CHANNEL are set.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((t: string) => void process.stdout.write(t));
  const logger = createLogger({ level: env.SRM_LOG_LEVEL ?? 'warn' });
  if (!options.skipWho) {
    out('srm demo: who owns what (from the knowledge base)\n\n');
    for (const q of demoQuestions) {
      const a = answerQuestion(q);
      out(a.owner === 'unknown' ? `  ? ${q}\n    -> cannot tell: ${a.reason}\n` : `  ? ${q}\n    -> ${a.owner.toUpperCase()}: ${a.summary}\n`);
    }
    out('\n');
  }
  const realSlack = Boolean(env.SLACK_BOT_TOKEN && env.SRM_CHANNEL);
  const redisHandle = await ensureRedis(env, logger);
  const prefix = `srm-demo-${randomBytes(4).toString('hex')}`;
  let slack: SlackApiServer | undefined;
  let pipeline: RunningPipeline | undefined;
  try {
    let client: WebClient;
    let channel: string;
    if (realSlack) {
      client = createPosterClient(env.SLACK_BOT_TOKEN, env.SLACK_API_URL || undefined, logger);
      channel = env.SRM_CHANNEL!;
    } else {
      slack = await startSlackApi();
      client = createPosterClient('xoxb-srm-demo', slack.url, logger);
      channel = 'C0SRMDEMO1';
    }
    const config = parseConfig({ defaultChannel: channel, digest: { threshold: 3, windowSeconds: 300 } }, {}, 'demo');
    pipeline = await startPipeline({
      env,
      logger,
      schedulers: false,
      redisUrl: redisHandle.url,
      config,
      prefix,
      slackClient: client,
      ...(realSlack ? {} : { channelIntervalMs: 20 }),
      router: { digestFlushMs: 500 },
    });
    const paths = options.samples ?? [bundledSamples()];
    out(`Running the pipeline on the sample events in ${paths.join(', ')} (Redis ${redisHandle.private ? 'private redis-server' : redisHandle.url}, prefix ${prefix})\n`);
    out(realSlack ? `Posting to Slack channel ${channel}.\n\n` : 'Posting to a local stand-in of the Slack Web API; each post is shown below.\n\n');
    let events = 0;
    let batch: IngestedRecord[] = [];
    for await (const record of readRecords(paths)) {
      batch.push(record);
      events += 1;
      if (batch.length >= 100) {
        await submitRecords(pipeline.runtime, batch);
        batch = [];
      }
    }
    if (batch.length) await submitRecords(pipeline.runtime, batch);
    await idle(pipeline, 120_000);
    const stats = await readRouterStats(pipeline.runtime);
    const messages = slack ? [...slack.messages.values()] : [];
    if (slack) out(transcript(slack));
    const result: DemoResult = {
      events,
      stats,
      threadReplies: messages.filter((m) => m.threadTs).length,
      topLevelPosts: messages.filter((m) => !m.threadTs).length,
      mode: realSlack ? 'slack' : 'local',
      prefix,
      violations: slack ? [...slack.violations] : [],
    };
    out(
      [
        'Summary',
        `  events read         ${events}`,
        `  alerts              ${stats.published}`,
        `  posted on their own ${stats.posted}`,
        `  repeats in threads  ${stats.threaded}`,
        `  in digests          ${stats.digested} (${stats.digests} digest message${stats.digests === 1 ? '' : 's'}, updated in place)`,
        `  failed posts        ${stats.failed}`,
        `  every alert accounted for: ${stats.posted + stats.threaded + stats.digested + stats.failed === stats.published ? 'yes' : 'NO'}`,
        '',
      ].join('\n'),
    );
    return result;
  } finally {
    await pipeline?.stop();
    await deleteKeys(redisHandle.url, prefix).catch(() => undefined);
    await slack?.close();
    await redisHandle.stop();
  }
}

export const registerDemo: RegisterCli = (program: Command) => {
  program
    .command('demo')
    .description('Answer sample `who` questions, then run the whole pipeline on bundled sample events and show what would be posted (no Slack or AWS needed; SLACK_BOT_TOKEN + SRM_CHANNEL post to Slack for real).')
    .option('--samples <paths...>', 'event files or directories instead of the bundled samples')
    .action(async (opts: { samples?: string[] }) => {
      const r = await runDemo(opts.samples ? { samples: opts.samples } : {});
      if (r.stats.posted + r.stats.threaded + r.stats.digested + r.stats.failed !== r.stats.published) process.exitCode = 1;
    });
};
