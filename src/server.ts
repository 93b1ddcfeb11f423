import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Gauge } from 'prom-client';
import { buildApp, type AppOptions } from './app.js';
import { envWhoThreads, envWhoWarmUp } from './config.js';
import type { Deps } from './deps.js';
import { errorMessage } from './errors.js';
import { scrubSecrets, type Logger } from './logger.js';
import { registry } from './metrics.js';
import { parseSlackEnv } from './slack/env.js';
import { startWhoThread } from './slack/who-thread.js';

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Overrides for buildApp (tests pass their own commands or WebClient options). */
  app?: Partial<Pick<AppOptions, 'commands' | 'clientOptions'>>;
  /** Longest wait for `deps.health` before /healthz reports it down. */
  healthTimeoutMs?: number;
}

type HealthParts = Record<string, { ok: boolean; detail?: string }>;

let eventLoop: IntervalHistogram | undefined;
const eventLoopQuantiles = [0.5, 0.9, 0.99, 1] as const;

/**
 * How late the event loop ran (what a Slack request waits before Bolt reads
 * it), sampled every millisecond while the server runs; each scrape reports
 * the quantiles since the previous one (1 = the longest stall).
 */
new Gauge({
  name: 'srm_event_loop_delay_seconds',
  help: 'Event-loop delay quantiles since the previous scrape (perf_hooks.monitorEventLoopDelay, 1 ms resolution).',
  labelNames: ['quantile'] as const,
  registers: [registry],
  collect() {
    const h = eventLoop;
    if (!h || h.count === 0) return;
    for (const q of eventLoopQuantiles) this.set({ quantile: String(q) }, (q === 1 ? h.max : h.percentile(q * 100)) / 1e9);
    h.reset();
  },
});

/** Starts the event-loop delay sampling for /metrics; the returned function stops it. */
function sampleEventLoop(): () => void {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  eventLoop = h;
  return () => {
    h.disable();
    if (eventLoop === h) eventLoop = undefined;
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function collectHealth(deps: Deps, listening: () => boolean, timeoutMs: number): Promise<HealthParts> {
  const parts: HealthParts = { slack: listening() ? { ok: true } : { ok: false, detail: 'not listening' } };
  if (!deps.health) return parts;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    Object.assign(parts, await Promise.race([deps.health(), timeout]));
  } catch (err) {
    parts.health = { ok: false, detail: errorMessage(err) };
  } finally {
    clearTimeout(timer);
  }
  // /healthz answers without authentication: details may quote an error that quotes a URL or token.
  for (const p of Object.values(parts)) if (p.detail !== undefined) p.detail = scrubSecrets(p.detail).slice(0, 300);
  return parts;
}

function handlers(deps: Deps, listening: () => boolean, timeoutMs: number) {
  return {
    async healthz(_req: IncomingMessage, res: ServerResponse): Promise<void> {
      const parts = await collectHealth(deps, listening, timeoutMs);
      const down = Object.entries(parts).filter(([, p]) => !p.ok).map(([name]) => name);
      if (down.length === 0) json(res, 200, { ok: true, parts });
      else json(res, 503, { ok: false, down, parts });
    },
    async metrics(_req: IncomingMessage, res: ServerResponse): Promise<void> {
      try {
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(body);
      } catch (err) {
        json(res, 500, { ok: false, error: errorMessage(err) });
      }
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Starts the who threads (SRM_WHO_THREADS, default one) and hands them to
 * the app as deps.who (unless a caller supplied its own); without them (no
 * built thread module, or they failed to start) `/srm who` answers
 * in-process. Returns how to stop them.
 */
async function answerWhoInThread(deps: Deps, log: Logger): Promise<() => Promise<void>> {
  if (deps.who) return async () => undefined;
  // (a wrong SRM_WHO_THREADS stops srm serve with its message, as any other setting does)
  const count = envWhoThreads() ?? 1;
  const warmUp = envWhoWarmUp();
  try {
    const thread = await startWhoThread(log, undefined, count, warmUp);
    if (!thread) return async () => undefined;
    deps.who = thread;
    return async () => {
      if (deps.who === thread) delete deps.who;
      await thread.stop();
    };
  } catch (err) {
    log.error({ error: errorMessage(err) }, 'who thread did not start: answering /srm who in-process');
    return async () => undefined;
  }
}

/**
 * Starts the Slack app: HTTP on PORT with POST /slack/events, GET /healthz and
 * GET /metrics; or Socket Mode when SLACK_APP_TOKEN is set, with a plain HTTP
 * server on PORT for /healthz and /metrics.
 */
export async function startServer(deps: Deps, env: NodeJS.ProcessEnv | Record<string, string | undefined>, options: ServerOptions = {}): Promise<RunningServer> {
  const slackEnv = parseSlackEnv(env);
  const log = deps.logger.child({ component: 'server' });
  const stopWho = await answerWhoInThread(deps, log);
  let listening = false;
  const h = handlers(deps, () => listening, options.healthTimeoutMs ?? 2000);
  const base = {
    signingSecret: slackEnv.SLACK_SIGNING_SECRET ?? '',
    botToken: slackEnv.SLACK_BOT_TOKEN,
    ...(slackEnv.SLACK_API_URL ? { slackApiUrl: slackEnv.SLACK_API_URL } : {}),
    ...options.app,
  };

  if (slackEnv.SLACK_APP_TOKEN) {
    const { app } = buildApp(deps, { ...base, appToken: slackEnv.SLACK_APP_TOKEN });
    const side = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method === 'GET' && path === '/healthz') return void h.healthz(req, res);
      if (req.method === 'GET' && path === '/metrics') return void h.metrics(req, res);
      json(res, 404, { ok: false, error: 'not_found' });
    });
    const port = await listen(side, slackEnv.PORT);
    await app.start().catch(async (err: unknown) => {
      await close(side);
      await stopWho();
      throw err;
    });
    listening = true;
    const stopSampling = sampleEventLoop();
    log.info({ mode: 'socket', port }, 'slack app connected');
    return {
      port,
      async stop() {
        listening = false;
        stopSampling();
        await app.stop();
        await close(side);
        await stopWho();
        log.info('slack app stopped');
      },
    };
  }

  const { app } = buildApp(deps, {
    ...base,
    customRoutes: [
      { path: '/healthz', method: ['GET'], handler: (req, res) => void h.healthz(req, res) },
      { path: '/metrics', method: ['GET'], handler: (req, res) => void h.metrics(req, res) },
    ],
  });
  const server = (await app.start(slackEnv.PORT).catch(async (err: unknown) => {
    await stopWho();
    throw err;
  })) as Server;
  listening = true;
  const stopSampling = sampleEventLoop();
  const port = (server.address() as AddressInfo).port;
  log.info({ mode: 'http', port }, 'slack app listening');
  return {
    port,
    async stop() {
      listening = false;
      stopSampling();
      server.closeIdleConnections();
      await app.stop();
      await stopWho();
      log.info('slack app stopped');
    },
  };
}
