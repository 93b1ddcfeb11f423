import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { delimiter, join } from 'node:path';
import { SrmError } from './errors.js';
import type { Logger } from './logger.js';
import { defaultRedisUrl } from './queue/connection.js';

export interface LocalRedis {
  url: string;
  /** True when srm started its own redis-server child. */
  private: boolean;
  stop(): Promise<void>;
}

/** True when something answers PING at host:port within timeoutMs. */
export function redisAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, host, () => socket.write('PING\r\n'));
    socket.on('data', (d) => finish(d.toString().startsWith('+PONG') || d.toString().startsWith('-NOAUTH')));
  });
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The redis-server binary on PATH, if any. */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Start `redis-server --port <port> --save '' --appendonly no` and wait until it answers. */
export async function spawnRedisServer(binary: string, port?: number): Promise<{ url: string; port: number; child: ChildProcess; stop(): Promise<void> }> {
  const p = port ?? (await freePort());
  const child = spawn(binary, ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i++) {
    if (await redisAnswers('127.0.0.1', p, 200)) break;
    if (child.exitCode !== null) throw new SrmError('redis', `redis-server exited with code ${child.exitCode} on port ${p}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * The Redis srm uses: REDIS_URL if set; else the default 127.0.0.1:6379 if it
 * answers; else a private redis-server child (in-memory, stopped with srm)
 * when the binary exists; else an error that says what to run.
 */
export async function ensureRedis(env: NodeJS.ProcessEnv = process.env, logger?: Logger, options: { defaultPort?: number } = {}): Promise<LocalRedis> {
  if (env.REDIS_URL) return { url: env.REDIS_URL, private: false, stop: async () => undefined };
  const port = options.defaultPort ?? 6379;
  if (await redisAnswers('127.0.0.1', port)) {
    return { url: port === 6379 ? defaultRedisUrl : `redis://127.0.0.1:${port}`, private: false, stop: async () => undefined };
  }
  const binary = findRedisServer(env);
  if (!binary) {
    throw new SrmError(
      'redis-unavailable',
      `no Redis: REDIS_URL is not set, nothing answers on 127.0.0.1:${port} and redis-server is not installed. ` +
        'Run one of: `apt-get install redis-server` (then start it), `docker run -p 6379:6379 redis:7`, or set REDIS_URL=redis://host:6379',
    );
  }
  const server = await spawnRedisServer(binary);
  logger?.warn({ url: server.url }, 'no Redis found; started a private in-memory redis-server (data is lost when srm stops)');
  return { url: server.url, private: true, stop: server.stop };
}
