import { afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { serveParts, startAll, stopAll } from '../../src/cli/serve.js';
import type { Deps } from '../../src/deps.js';
import { silentLogger } from '../../src/logger.js';
import { pipelinePart } from '../../src/main.js';
import { slackApp } from '../../src/cli/serve.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { cleanPrefix, redisUrl, uniquePrefix } from '../router/harness.js';

let slack: SlackApiServer | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

describe('srm serve wiring', () => {
  it('starts workers before the app, reports redis and workers in /healthz and /metrics, and stops in reverse', async () => {
    slack = await startSlackApi();
    const prefix = uniquePrefix('serve');
    const env = {
      REDIS_URL: redisUrl,
      SRM_QUEUE_PREFIX: prefix,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'test-secret',
      SLACK_API_URL: slack.url,
      SRM_CHANNEL: 'C0SERVE001',
      PORT: '0',
      PATH: process.env.PATH,
    } as NodeJS.ProcessEnv;
    expect(serveParts(env).map((p) => p.name)).toEqual(['workers', 'slack']);
    const deps: Deps = { logger: silentLogger() };
    const started = await startAll([pipelinePart(env, { schedulers: false }), slackApp(env)], deps, deps.logger);
    try {
      expect(deps.status).toBeDefined();
      const port = (started[1]!.running as unknown as { port: number }).port;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as { parts: Record<string, { ok: boolean }> };
      expect(body.parts).toMatchObject({ slack: { ok: true }, redis: { ok: true }, workers: { ok: true } });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toMatch(/srm_queue_depth\{queue="alerts",state="waiting"\} \d+/);
      expect(metrics).toContain('srm_slack_posts_total');
      const snapshot = await deps.status!.snapshot();
      expect(snapshot.queues.map((q) => q.queue)).toContain('alerts');
    } finally {
      await stopAll(started, deps.logger);
    }
    // after stopping, the ports are withdrawn and the keys can go
    expect(deps.status).toBeUndefined();
    const redis = new Redis(redisUrl);
    await cleanPrefix(redis, prefix);
    await redis.quit();
  });

  it('reports workers down in /healthz with 503 when they stop', async () => {
    slack = await startSlackApi();
    const prefix = uniquePrefix('serve');
    const env = { REDIS_URL: redisUrl, SRM_QUEUE_PREFIX: prefix, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.url, PORT: '0' } as NodeJS.ProcessEnv;
    const deps: Deps = { logger: silentLogger() };
    const { startPipeline } = await import('../../src/worker.js');
    const pipeline = await startPipeline({ env, logger: deps.logger, schedulers: false, redisUrl });
    deps.health = () => pipeline.health();
    const started = await startAll([slackApp(env)], deps, deps.logger);
    try {
      await pipeline.workers.close();
      const port = (started[0]!.running as unknown as { port: number }).port;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(503);
      const body = (await health.json()) as { down: string[] };
      expect(body.down).toEqual(['workers']);
    } finally {
      await stopAll(started, deps.logger);
      await pipeline.stop();
      const redis = new Redis(redisUrl);
      await cleanPrefix(redis, prefix);
      await redis.quit();
    }
  });
});
