import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check, Figures, Scenario, ScenarioContext } from './lib/scenario.js';
import { scenarios } from './scenarios/index.js';

/**
 * `npm run test:faults [-- name… --ci --events N --storm-seconds S --jobs J --timeout-seconds T]`:
 * runs every fault scenario (or the named ones) against real redis-server and
 * srm processes on loopback, prints each one's figures and checks, then the
 * table (events in, posted, threaded, digested, duplicates, lost, time to
 * recover) and, last, the line "N passed, N failed" (one per scenario).
 *
 * Profiles: the default is the issue's sizes (10,000 events, 60 s storms,
 * one scenario at a time); `--ci` is what CI runs (smaller bursts and storms,
 * scenarios three at a time, see `profiles`). Flags given with `--ci` override
 * its values. SRM_FAULTS_EVENTS and SRM_FAULTS_STORM_SECONDS set the sizes
 * too; SRM_FAULTS_RESULTS names a JSON file to write the results to.
 *
 * Bounded: this process only supervises. The suite runs in a child process
 * in a process group of its own, which every srm process and redis-server a
 * scenario starts belongs to; when the global timeout passes (or on SIGINT /
 * SIGTERM) the whole group is SIGKILLed, the scenarios not finished count as
 * failed, and the table and the totals line are still printed. Whatever is
 * left in the group when the suite ends is killed too.
 */

interface Row {
  name: string;
  ok: boolean;
  seconds: number;
  figures?: Figures;
  checks: Check[];
  error?: string;
}

interface Options {
  names: string[];
  profile: 'full' | 'ci';
  events: number;
  stormSeconds: number;
  jobs: number;
  timeoutSeconds: number;
}

/**
 * The issue's sizes, and CI's: a burst of 500 events and 10 s storms still
 * drive every fault (kills and restarts a third of the way into the burst,
 * throttling, 5xx and 429 storms, hostile input), and three scenarios at a
 * time fit the suite in about four minutes on a 2-core machine.
 */
export const profiles = {
  full: { events: 10_000, stormSeconds: 60, jobs: 1, timeoutSeconds: 3600 },
  ci: { events: 500, stormSeconds: 10, jobs: 3, timeoutSeconds: 420 },
} as const;

class UsageError extends Error {}

function positiveInt(flag: string, raw: string | undefined): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n <= 0) throw new UsageError(`${flag}: expected a positive whole number, got ${raw === undefined ? 'nothing' : `"${raw}"`}`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Options {
  const names: string[] = [];
  const given: Partial<Record<'events' | 'stormSeconds' | 'jobs' | 'timeoutSeconds', number>> = {};
  let profile: Options['profile'] = 'full';
  const valued = { '--events': 'events', '--storm-seconds': 'stormSeconds', '--jobs': 'jobs', '--timeout-seconds': 'timeoutSeconds' } as const;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--ci') profile = 'ci';
    else if (a in valued) given[valued[a as keyof typeof valued]] = positiveInt(a, argv[++i]);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}; known: --ci, ${Object.keys(valued).join(', ')}`);
    else names.push(a);
  }
  const base = profiles[profile];
  const fromEnv = (name: string) => (env[name] !== undefined && env[name] !== '' ? positiveInt(name, env[name]) : undefined);
  return {
    names,
    profile,
    events: given.events ?? fromEnv('SRM_FAULTS_EVENTS') ?? base.events,
    stormSeconds: given.stormSeconds ?? fromEnv('SRM_FAULTS_STORM_SECONDS') ?? base.stormSeconds,
    jobs: given.jobs ?? base.jobs,
    timeoutSeconds: given.timeoutSeconds ?? base.timeoutSeconds,
  };
}

function select(names: readonly string[]): Scenario[] {
  const selected = names.length ? scenarios.filter((s) => names.includes(s.name)) : [...scenarios];
  if (names.length && selected.length !== new Set(names).size) throw new UsageError(`unknown scenario; known: ${scenarios.map((s) => s.name).join(', ')}`);
  return selected;
}

export function table(rows: readonly Row[]): string {
  // unrecorded: posts Slack accepted whose record the fault took from srm (worker-kill, cluster-failover); adopted: found in Slack instead of posted again.
  const head = ['scenario', 'result', 'events in', 'posted', 'threaded', 'digested', 'duplicates', 'lost', 'recover s', 'run s', 'unrecorded', 'of them adopted', 'adopted in all'];
  const body = rows.map((r) => {
    const f = r.figures;
    const n = (v: number | undefined) => (v === undefined ? '-' : String(v));
    const a = f?.adoption;
    return [r.name, r.ok ? 'pass' : 'FAIL', n(f?.events), n(f?.posted), n(f?.threaded), n(f?.digested), n(f?.duplicates), n(f?.lost), n(f?.recoverSeconds), String(r.seconds), n(a?.unrecorded), n(a?.adoptedOfThem), n(a?.adopted)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`, ...body.map(line)].join('\n');
}

const out = (s: string) => process.stdout.write(`${s}\n`);

interface Progress {
  rows: Row[];
  running: Record<string, number>;
}

/** One scenario in this process: its block of lines (streamed to `emit`) and its row. */
async function runScenario(s: Scenario, opts: Options, emit: (line: string) => void): Promise<Row> {
  emit(`\n## ${s.name}: ${s.summary}`);
  const ctx: ScenarioContext = { events: opts.events, stormSeconds: opts.stormSeconds, profile: opts.profile, log: (line) => emit(`   ${line}`) };
  const started = performance.now();
  let row: Row;
  try {
    const result = await s.run(ctx);
    row = { name: s.name, ok: result.checks.length > 0 && result.checks.every((c) => c.ok), seconds: 0, checks: result.checks, ...(result.figures ? { figures: result.figures } : {}) };
  } catch (err) {
    row = { name: s.name, ok: false, seconds: 0, checks: [], error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  row.seconds = Math.round((performance.now() - started) / 100) / 10;
  for (const c of row.checks) emit(`   ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
  if (row.error) emit(`   FAIL ${row.error}`);
  emit(`   ${row.ok ? 'passed' : 'FAILED'} in ${row.seconds} s`);
  return row;
}

/**
 * One scenario in a process of its own (with --jobs): its local Slack and AWS
 * servers then answer on their own event loop, not behind another
 * scenario's work. Its block is printed once it ends; its row comes back
 * through a results file.
 */
async function runScenarioInChild(s: Scenario, opts: Options): Promise<{ row: Row; text: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'srm-faults-part-'));
  const results = path.join(dir, 'results.json');
  const args = [fileURLToPath(import.meta.url), s.name, ...(opts.profile === 'ci' ? ['--ci'] : []), '--events', String(opts.events), '--storm-seconds', String(opts.stormSeconds), '--jobs', '1'];
  const env = { ...process.env, SRM_FAULTS_SUPERVISED: '1', SRM_FAULTS_PART: '1', SRM_FAULTS_RESULTS: results, SRM_FAULTS_PROGRESS: '' };
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (c) => resolve(c));
  });
  const text = Buffer.concat(chunks).toString('utf8').replace(/\n+$/, '');
  let row: Row | undefined;
  try {
    row = (JSON.parse(readFileSync(results, 'utf8')) as { rows: Row[] }).rows[0];
  } catch {
    // it died before it wrote its results
  }
  rmSync(dir, { recursive: true, force: true });
  return { row: row ?? { name: s.name, ok: false, seconds: Math.round((performance.now() - started) / 100) / 10, checks: [], error: `its process exited ${code} without results` }, text };
}

/** The suite itself (in the supervised child): the scenarios, `jobs` at a time (the longest first), each in a process of its own then. */
async function runSuite(opts: Options): Promise<number> {
  const selected = select(opts.names);
  // A part: one scenario run for a suite running several at a time; it prints its block and writes its row.
  if (process.env.SRM_FAULTS_PART === '1') {
    const rows: Row[] = [];
    for (const s of selected) rows.push(await runScenario(s, opts, out));
    if (process.env.SRM_FAULTS_RESULTS) writeFileSync(process.env.SRM_FAULTS_RESULTS, JSON.stringify({ ...opts, rows }));
    return rows.every((r) => r.ok) ? 0 : 1;
  }
  const progressFile = process.env.SRM_FAULTS_PROGRESS;
  const progress: Progress = { rows: [], running: {} };
  const save = () => progressFile && writeFileSync(progressFile, JSON.stringify(progress));
  out(`fault suite (${opts.profile} profile): ${selected.length} scenarios, ${opts.events} events per burst, storms of ${opts.stormSeconds} s, ${opts.jobs} at a time, at most ${opts.timeoutSeconds} s`);
  const t0 = performance.now();
  const queue = opts.jobs > 1 ? [...selected].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0)) : [...selected];
  const rows = new Map<string, Row>();
  const since = () => Math.round((performance.now() - t0) / 1000);

  async function runOne(s: Scenario): Promise<void> {
    progress.running[s.name] = Date.now();
    save();
    let row: Row;
    if (opts.jobs > 1) {
      out(`-> ${s.name} started (${since()} s)`);
      const part = await runScenarioInChild(s, opts);
      row = part.row;
      out(part.text);
      out(`<- ${s.name} ${row.ok ? 'passed' : 'FAILED'} (${since()} s)`);
    } else {
      row = await runScenario(s, opts, out);
    }
    rows.set(s.name, row);
    delete progress.running[s.name];
    progress.rows.push(row);
    save();
  }

  await Promise.all(
    Array.from({ length: Math.min(opts.jobs, queue.length) }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) await runOne(s);
    }),
  );
  const ordered = selected.map((s) => rows.get(s.name)!);
  out(`\n${table(ordered)}\n\nfault suite ran ${since()} s`);
  if (process.env.SRM_FAULTS_RESULTS) writeFileSync(process.env.SRM_FAULTS_RESULTS, JSON.stringify({ ...opts, rows: ordered }, null, 2));
  return printTotals(ordered, opts) ? 0 : 1;
}

/**
 * Runs the suite in a child process leading a process group of its own and
 * bounds it: on the global timeout, SIGINT or SIGTERM the group is SIGKILLed
 * (srm processes, redis-servers, redis-cli and the suite itself), the
 * scenarios that had not passed count as failed, and the table and totals
 * are printed from the progress the child recorded.
 */
async function supervise(argv: readonly string[], opts: Options): Promise<number> {
  const selected = select(opts.names);
  const dir = mkdtempSync(path.join(tmpdir(), 'srm-faults-run-'));
  const progressFile = path.join(dir, 'progress.json');
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...argv], {
    env: { ...process.env, SRM_FAULTS_SUPERVISED: '1', SRM_FAULTS_PROGRESS: progressFile },
    stdio: 'inherit',
    detached: true,
  });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is empty: nothing left to kill
    }
  };
  let stopped: string | undefined;
  const stop = (why: string) => {
    if (stopped) return;
    stopped = why;
    killGroup();
  };
  const t0 = performance.now();
  const timer = setTimeout(() => stop(`the global timeout (${opts.timeoutSeconds} s) passed`), opts.timeoutSeconds * 1000);
  const onSignal = (signal: NodeJS.Signals) => stop(`${signal} received`);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await new Promise<number>((resolve) => {
    child.once('error', () => resolve(1));
    child.once('exit', (c) => resolve(c ?? 1));
  });
  clearTimeout(timer);
  // Anything a scenario left behind (a redis-server, an srm process) goes with the group.
  killGroup();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  let progress: Progress = { rows: [], running: {} };
  try {
    progress = JSON.parse(readFileSync(progressFile, 'utf8')) as Progress;
  } catch {
    // the child died before it recorded anything
  }
  rmSync(dir, { recursive: true, force: true });
  if (!stopped) return code;
  const seconds = Math.round((performance.now() - t0) / 1000);
  out(`\nfault suite STOPPED after ${seconds} s: ${stopped}; every srm process and redis-server of the suite was killed`);
  const done = new Map(progress.rows.map((r) => [r.name, r]));
  const rows: Row[] = selected.map((s) => {
    const row = done.get(s.name);
    if (row) return row;
    const since = progress.running[s.name];
    const error = since !== undefined ? `killed after ${Math.round((Date.now() - since) / 1000)} s: ${stopped}` : `not run: ${stopped}`;
    out(`   FAIL ${s.name}: ${error}`);
    return { name: s.name, ok: false, seconds: since !== undefined ? Math.round((Date.now() - since) / 100) / 10 : 0, checks: [], error };
  });
  out(`\n${table(rows)}\n`);
  if (process.env.SRM_FAULTS_RESULTS) writeFileSync(process.env.SRM_FAULTS_RESULTS, JSON.stringify({ ...opts, stopped, rows }, null, 2));
  // (A run stopped by the timeout or a signal fails whatever was quarantined.)
  printTotals(rows, { ...opts, profile: 'full' });
  return 1;
}

/**
 * Scenarios whose failure is a known open bug, quarantined in the CI profile only: they run and their result
 * is printed, but a failure is reported as quarantined instead of failing CI. The full profile (`npm run
 * test:faults`) still fails on them. Each entry names the issue; remove it when the bug is fixed.
 */
export const quarantinedInCi: Readonly<Record<string, string>> = {};

/**
 * The totals line, with quarantined failures (CI profile) not counted as failed: each gets a line of its own,
 * printed before the totals.
 */
export function totals(rows: readonly Row[], opts: Options, quarantine: Readonly<Record<string, string>> = quarantinedInCi): { quarantined: string[]; line: string; ok: boolean } {
  const quarantined = opts.profile === 'ci' ? rows.filter((r) => !r.ok && quarantine[r.name]) : [];
  const passed = rows.filter((r) => r.ok).length;
  const failed = rows.length - passed - quarantined.length;
  return { quarantined: quarantined.map((r) => `QUARANTINED: ${r.name} FAILED, not counted (${quarantine[r.name]})`), line: `${passed} passed, ${failed} failed`, ok: failed === 0 };
}

/** Prints the quarantine lines and the totals line; true when nothing counted failed. */
function printTotals(rows: readonly Row[], opts: Options): boolean {
  const sum = totals(rows, opts);
  for (const line of sum.quarantined) out(line);
  out(sum.line);
  return sum.ok;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let opts: Options;
  try {
    opts = parseOptions(argv);
    select(opts.names);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 3;
  }
  return process.env.SRM_FAULTS_SUPERVISED === '1' ? runSuite(opts) : supervise(argv, opts);
}

// Imported (by a test) it only exports; run as a program it runs.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
