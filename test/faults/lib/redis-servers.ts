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

  /** Replicas cutReplication cut off (failover restores them). */
  private held: RedisServer[] = [];

  /**
   * Stops the master serving `key` from replicating: each of its replicas
   * gets a password the master does not have (CONFIG SET masterauth) and
   * drops its link (CLIENT KILL TYPE master); its reconnections fail at
   * AUTH from then on. It still answers the cluster bus, so it stays a
   * healthy replica, one with the master's data up to now and nothing after:
   * every write the master takes from now until failover() kills it is lost
   * when the replica is promoted.
   */
  async cutReplication(key: string): Promise<{ at: number; replicas: number[] }> {
    const { info } = await this.masterOf(key);
    const replicas = (await this.nodes()).filter((n) => n.role === 'replica' && n.masterId === info.id).flatMap((n) => this.servers.filter((s) => s.port === n.port));
    for (const r of replicas) {
      await r.cli('CONFIG', 'SET', 'masterauth', 'srm-faults-cut-replication');
      this.held.push(r);
      await r.cli('CLIENT', 'KILL', 'TYPE', 'master');
    }
    await until('replication cut', async () => {
      for (const r of replicas) if (!(await r.cli('INFO', 'replication')).includes('master_link_status:down')) return false;
      return true;
    }, 10_000, 20);
    return { at: Date.now(), replicas: replicas.map((r) => r.port) };
  }

  /** A node's replication offset (INFO replication master_repl_offset). */
  private static async offset(server: RedisServer): Promise<number> {
    return Number(/master_repl_offset:(\d+)/.exec(await server.cli('INFO', 'replication'))?.[1] ?? NaN);
  }

  /**
   * SIGKILLs the master serving `key`'s slot and waits until one of its
   * replicas is promoted and the cluster is ok again; resolves with the new
   * master's port, the seconds it took, and the bytes of the replication
   * stream the promoted replica never got (writes lost: after a
   * cutReplication, everything the master took since).
   */
  async failover(key: string): Promise<{ killedPort: number; promotedPort: number; seconds: number; killedAt: number; lostBytes: number }> {
    const { server, info } = await this.masterOf(key);
    const masterOffset = await RedisCluster.offset(server);
    const replicaOffsets = new Map<number, number>();
    for (const r of this.held) replicaOffsets.set(r.port, await RedisCluster.offset(r));
    const t0 = performance.now();
    const killedAt = Date.now();
    await server.kill();
    for (const r of this.held.splice(0)) await r.cli('CONFIG', 'SET', 'masterauth', '');
    const promoted = await until('replica promoted', async () => {
      const now = (await this.nodes()).find((n) => n.role === 'master' && !n.failed && n.port !== info.port && this.servesSameSlots(n, info));
      if (!now) return undefined;
      for (const s of this.live()) if (!(await s.cli('CLUSTER', 'INFO')).includes('cluster_state:ok')) return undefined;
      return now;
    }, 60_000, 200);
    const promotedServer = this.servers.find((s) => s.port === promoted.port);
    // The promoted replica's offset when it stopped receiving (a replica kept in step has none lost, give or take the last write in flight).
    const kept = replicaOffsets.get(promoted.port) ?? (promotedServer ? Number(/master_repl_offset:(\d+)/.exec(await promotedServer.cli('INFO', 'replication'))?.[1] ?? NaN) : NaN);
    return { killedPort: server.port, promotedPort: promoted.port, seconds: Math.round((performance.now() - t0) / 100) / 10, killedAt, lostBytes: Math.max(0, masterOffset - kept) };
  }

  private servesSameSlots(n: ClusterNodeInfo, old: ClusterNodeInfo): boolean {
    const first = old.slots[0];
    return first !== undefined && n.slots.some(([a, b]) => first[0] >= a && first[0] <= b);
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.stop()));
  }
}
