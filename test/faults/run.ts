import { writeFileSync } from 'node:fs';
import type { Check, Figures, ScenarioContext } from './lib/scenario.js';
import { scenarios } from './scenarios/index.js';

/**
 * `npm run test:faults [name…] [-- --events N --storm-seconds S]`: runs every
 * fault scenario (or the named ones) one after the other against real
 * redis-server and srm processes on loopback, prints each one's figures and
 * checks, then the table (events in, posted, threaded, digested, duplicates,
 * lost, time to recover) and the line "N passed, N failed" (one per scenario).
 * SRM_FAULTS_EVENTS and SRM_FAULTS_STORM_SECONDS set the sizes too;
 * SRM_FAULTS_RESULTS names a JSON file to write the results to.
 */

interface Row {
  name: string;
  ok: boolean;
  seconds: number;
  figures?: Figures;
  checks: Check[];
  error?: string;
}

function intArg(flag: string, env: string, fallback: number, argv: string[]): number {
  const i = argv.indexOf(flag);
  const raw = i >= 0 ? argv[i + 1] : process.env[env];
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

function table(rows: Row[]): string {
  const head = ['scenario', 'result', 'events in', 'posted', 'threaded', 'digested', 'duplicates', 'lost', 'recover s', 'run s'];
  const body = rows.map((r) => {
    const f = r.figures;
    const n = (v: number | undefined) => (v === undefined ? '-' : String(v));
    return [r.name, r.ok ? 'pass' : 'FAIL', n(f?.events), n(f?.posted), n(f?.threaded), n(f?.digested), n(f?.duplicates), n(f?.lost), n(f?.recoverSeconds), String(r.seconds)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const names = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const selected = names.length ? scenarios.filter((s) => names.includes(s.name)) : [...scenarios];
  if (names.length && selected.length !== names.length) {
    process.stderr.write(`unknown scenario; known: ${scenarios.map((s) => s.name).join(', ')}\n`);
    return 3;
  }
  const events = intArg('--events', 'SRM_FAULTS_EVENTS', 10_000, argv);
  const stormSeconds = intArg('--storm-seconds', 'SRM_FAULTS_STORM_SECONDS', 60, argv);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`fault suite: ${selected.length} scenarios, ${events} events per burst, storms of ${stormSeconds} s`);
  const rows: Row[] = [];
  const t0 = performance.now();
  for (const s of selected) {
    out(`\n## ${s.name}: ${s.summary}`);
    const ctx: ScenarioContext = { events, stormSeconds, log: (line) => out(`   ${line}`) };
    const started = performance.now();
    let row: Row;
    try {
      const result = await s.run(ctx);
      row = { name: s.name, ok: result.checks.length > 0 && result.checks.every((c) => c.ok), seconds: 0, checks: result.checks, ...(result.figures ? { figures: result.figures } : {}) };
    } catch (err) {
      row = { name: s.name, ok: false, seconds: 0, checks: [], error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    row.seconds = Math.round((performance.now() - started) / 100) / 10;
    for (const c of row.checks) out(`   ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
    if (row.error) out(`   FAIL ${row.error}`);
    out(`   ${row.ok ? 'passed' : 'FAILED'} in ${row.seconds} s`);
    rows.push(row);
  }
  const passed = rows.filter((r) => r.ok).length;
  out(`\n${table(rows)}\n\nfault suite ran ${Math.round((performance.now() - t0) / 1000)} s`);
  if (process.env.SRM_FAULTS_RESULTS) writeFileSync(process.env.SRM_FAULTS_RESULTS, JSON.stringify({ events, stormSeconds, rows }, null, 2));
  out(`${passed} passed, ${rows.length - passed} failed`);
  return passed === rows.length ? 0 : 1;
}

process.exitCode = await main();
