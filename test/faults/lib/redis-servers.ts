import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findRedisServer, freePort, redisAnswers } from '../../../src/redis-local.js';
import { until } from './wait.js';

const run = promisify(execFile);

export interface RedisServerOptions {
  /** appendonly yes, appendfsync everysec: what docs/operations.md asks of a production Redis. */
  aof?: boolean;
  /** cluster-enabled yes (a node of a RedisCluster). */
  cluster?: boolean;
}

/** `redis-cli -p <port> <args…>` on loopback; stdout. */
export async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 30_000 });
  return stdout;
}

/**
 * A redis-server of one scenario's own: a free loopback port, its own data
 * directory (AOF and cluster state survive a restart, as on a real host),
 * SIGKILL to crash it, restart on the same port and directory.
 */
export class RedisServer {
  private child: ChildProcess | undefined;
  private constructor(
    readonly port: number,
    readonly dir: string,
    readonly options: RedisServerOptions,
  ) {}

  static async start(options: RedisServerOptions = {}): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), mkdtempSync(path.join(tmpdir(), 'srm-faults-redis-')), options);
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  private async launch(): Promise<void> {
    const binary = findRedisServer();
    if (!binary) throw new Error('redis-server is not installed (apt-get install redis-server)');
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'no'];
    args.push('--appendonly', this.options.aof ? 'yes' : 'no');
    if (this.options.aof) args.push('--appendfsync', 'everysec');
    if (this.options.cluster) args.push('--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000');
    const child = spawn(binary, args, { stdio: 'ignore' });
    this.child = child;
    // Answers PONG once it has loaded its AOF (LOADING before).
    await until(`redis-server on ${this.port}`, async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      return redisAnswers('127.0.0.1', this.port, 300);
    }, 60_000, 50);
  }

  /** SIGKILL: a crash, not a clean shutdown (nothing is saved on the way out). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Start again on the same port and directory (with AOF on, it reloads what it had). */
  async restart(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  cli(...args: string[]): Promise<string> {
    return redisCli(this.port, ...args);
  }
}

/** Parsed `CLUSTER NODES`: id, port, role, master id (replicas), slot ranges (masters), failed flag. */
export interface ClusterNodeInfo {
  id: string;
  port: number;
  role: 'master' | 'replica';
  masterId?: string;
  slots: Array<[number, number]>;
  failed: boolean;
}

function parseClusterNodes(text: string): ClusterNodeInfo[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, addr, flags, master, , , , , ...slots] = line.split(' ');
      const port = Number(/:(\d+)@/.exec(addr ?? '')?.[1]);
      return {
        id: id ?? '',
        port,
        role: (flags ?? '').includes('master') ? 'master' : 'replica',
        ...(master && master !== '-' ? { masterId: master } : {}),
        slots: slots.filter((s) => /^\d+(-\d+)?$/.test(s)).map((s) => {
          const [a, b] = s.split('-').map(Number);
          return [a!, b ?? a!] as [number, number];
        }),
        failed: /fail/.test(flags ?? ''),
      };
    });
}

/**
 * A real Redis Cluster on loopback: `masters` cluster-enabled redis-servers
 * with `replicas` replicas each, joined with `redis-cli --cluster create`.
 */
export class RedisCluster {
  private constructor(readonly servers: RedisServer[]) {}

  static async start(masters = 3, replicas = 1, options: Omit<RedisServerOptions, 'cluster'> = {}): Promise<RedisCluster> {
    const servers = await Promise.all(Array.from({ length: masters * (1 + replicas) }, () => RedisServer.start({ ...options, cluster: true })));
    const cluster = new RedisCluster(servers);
    try {
      await run('redis-cli', ['--cluster', 'create', ...servers.map((s) => `127.0.0.1:${s.port}`), '--cluster-replicas', String(replicas), '--cluster-yes'], { timeout: 60_000 });
      await cluster.waitHealthy(masters, masters * replicas);
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  /** REDIS_CLUSTER_NODES for srm: every node as a seed. */
  get nodesEnv(): string {
    return this.servers.map((s) => `127.0.0.1:${s.port}`).join(',');
  }

  private live(): RedisServer[] {
    return this.servers.filter((s) => s.running);
  }

  async nodes(): Promise<ClusterNodeInfo[]> {
    const any = this.live()[0];
    if (!any) throw new Error('no redis-server of the cluster is running');
    return parseClusterNodes(await any.cli('CLUSTER', 'NODES'));
  }

  /** Every live node says cluster_state:ok and sees `masters` live masters and `replicas` live replicas. */
  async waitHealthy(masters: number, replicas: number, timeoutMs = 60_000): Promise<void> {
    await until('redis cluster healthy', async () => {
      for (const s of this.live()) if (!(await s.cli('CLUSTER', 'INFO')).includes('cluster_state:ok')) return false;
      const nodes = (await this.nodes()).filter((n) => !n.failed);
      return nodes.filter((n) => n.role === 'master' && n.slots.length > 0).length === masters && nodes.filter((n) => n.role === 'replica').length >= replicas;
    }, timeoutMs, 200);
  }

  /** The master serving the slot of `key` (srm's keys share the hash tag of its prefix). */
  async masterOf(key: string): Promise<{ server: RedisServer; info: ClusterNodeInfo }> {
    const any = this.live()[0]!;
    const slot = Number((await any.cli('CLUSTER', 'KEYSLOT', key)).trim());
    const info = (await this.nodes()).find((n) => n.role === 'master' && !n.failed && n.slots.some(([a, b]) => slot >= a && slot <= b));
    const server = this.servers.find((s) => s.port === info?.port);
    if (!info || !server) throw new Error(`no master serves slot ${slot}`);
    return { server, info };
  }

  /**
   * SIGKILLs the master serving `key`'s slot and waits until one of its
   * replicas is promoted and the cluster is ok again; resolves with the new
   * master's port and the seconds it took.
   */
  async failover(key: string): Promise<{ killedPort: number; promotedPort: number; seconds: number }> {
    const { server, info } = await this.masterOf(key);
    const t0 = performance.now();
    await server.kill();
    const promoted = await until('replica promoted', async () => {
      const now = (await this.nodes()).find((n) => n.role === 'master' && !n.failed && n.port !== info.port && this.servesSameSlots(n, info));
      if (!now) return undefined;
      for (const s of this.live()) if (!(await s.cli('CLUSTER', 'INFO')).includes('cluster_state:ok')) return undefined;
      return now;
    }, 60_000, 200);
    return { killedPort: server.port, promotedPort: promoted.port, seconds: Math.round((performance.now() - t0) / 100) / 10 };
  }

  private servesSameSlots(n: ClusterNodeInfo, old: ClusterNodeInfo): boolean {
    const first = old.slots[0];
    return first !== undefined && n.slots.some(([a, b]) => first[0] >= a && first[0] <= b);
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.stop()));
  }
}
