import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './wait.js';

/** dist/src/bin.js: the built `srm` (test/faults is compiled to dist/test/faults). */
export const srmBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/bin.js');

export type SrmRole = 'serve' | 'worker';

/** One log line of an srm process (pino JSON), as far as the suite reads it. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * A real `srm serve` or `srm worker` process (node dist/src/bin.js), its
 * stderr (pino JSON lines) kept in a file of the scenario's log directory.
 */
export class SrmProcess {
  private exitCode: number | null | undefined;
  private exitSignal: NodeJS.Signals | null | undefined;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly log: WriteStream;

  private constructor(
    readonly name: string,
    readonly role: SrmRole,
    readonly child: ChildProcess,
    readonly logFile: string,
    readonly port?: number,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        resolve({ code, signal });
      }),
    );
  }

  /** Spawns `srm <role>` with `env` (on top of PATH, HOME and SRM_WHO_WARMUP=off only) and waits until it runs. */
  static async start(options: { name: string; role: SrmRole; env: Record<string, string>; logDir: string; port?: number; readyTimeoutMs?: number }): Promise<SrmProcess> {
    // (the who threads' warm-up, 15 s of a core after each start, is off unless a scenario asks for it)
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SRM_WHO_WARMUP: 'off', ...options.env };
    if (options.port !== undefined) env.PORT = String(options.port);
    const child = spawn(process.execPath, [srmBin, options.role], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const proc = new SrmProcess(options.name, options.role, child, path.join(options.logDir, `${options.name}.log`), options.port);
    await proc.waitReady(options.readyTimeoutMs ?? 90_000);
    return proc;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.exitCode === undefined && this.exitSignal === undefined;
  }

  /** serve: /healthz answers 200; worker: it logged "srm worker running". */
  async waitReady(timeoutMs: number): Promise<void> {
    await until(`${this.name} ready`, async () => {
      if (!this.alive) throw new Error(`${this.name} exited (${this.exitCode ?? this.exitSignal}) before it was ready; see ${this.logFile}`);
      if (this.role === 'serve') return (await this.healthz()).status === 200;
      return this.lines().some((l) => l.msg === 'srm worker running');
    }, timeoutMs, 200);
  }

  async healthz(): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`http://127.0.0.1:${this.port}/healthz`, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, body: await res.json().catch(() => undefined) };
  }

  async metrics(): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${this.port}/metrics`, { signal: AbortSignal.timeout(5_000) });
    return res.text();
  }

  /** The process's log lines so far (pino JSON; other lines are skipped). */
  lines(): LogLine[] {
    let text = '';
    try {
      text = readFileSync(this.logFile, 'utf8');
    } catch {
      return [];
    }
    const out: LogLine[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line) as LogLine);
      } catch {
        // a line cut by a kill
      }
    }
    return out;
  }

  /** Sends `signal` and waits for the exit (SIGTERM: graceful stop, bounded by `timeoutMs`, then SIGKILL). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }> {
    const t0 = performance.now();
    if (this.alive) {
      this.child.kill(signal);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
      await this.exited;
      clearTimeout(timer);
    }
    const r = await this.exited;
    this.log.end();
    return { ...r, seconds: Math.round((performance.now() - t0) / 100) / 10 };
  }
}

/** Runs `srm <args…>` to its end (killed after `timeoutMs`): exit code, output, and whether it had to be killed. */
export function runSrm(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [srmBin, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
