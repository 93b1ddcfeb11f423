import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { listInputs } from '../ingest/list-inputs.js';
import { readRecordBatches } from '../ingest/read.js';
import type { IngestedRecord, SkippedRecord } from '../ingest/types.js';
import type { createRuleEngine, RuleEngineOptions } from '../rules/engine.js';
import type { Alert } from '../rules/types.js';
import type { RegisterCli } from './index.js';
import { alertRenderer, terminalSafe } from '../replay/replay-render.js';

export { alertJson, alertText, terminalSafe } from '../replay/replay-render.js';

/**
 * `srm replay <file|dir|->… [--json]`: every rule over every record read.
 * stdout carries the alerts (JSON lines with --json), stderr the summary.
 * Exit 1 when a path could not be read (after reading the rest), else 0.
 */

export interface ReplayOptions {
  json?: boolean;
  /** The deployment's rule settings (the config's `noise:` and `rules:`), for the default engine. */
  ruleConfig?: Pick<RuleEngineOptions, 'noise' | 'tuning'>;
  /** The rule engine (default: the real one with every rule). */
  engine?: { evaluate: ReturnType<typeof createRuleEngine>['evaluate'] };
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** How many skip reasons the summary lists (default 5). */
  reasonsShown?: number;
  /**
   * Worker threads for files (default 1: everything in this thread). With
   * more than one and at least two files, files are parsed and evaluated in
   * parallel (src/replay/replay-parallel.ts), with the same output. Not with `engine`.
   * The workers run the built module (dist/src/replay/replay-worker.js).
   */
  jobs?: number;
}

/** The most worker threads `--jobs` takes. */
export const maxJobs = 64;

/** `--jobs N`: a whole number from 1 to 64; anything else is a usage error (checked without zod, which replay does not load). */
export function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return Math.min(maxJobs, Math.max(1, availableParallelism()));
  const text = raw.trim();
  const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= maxJobs)) throw new UsageError(`--jobs: expected a whole number from 1 to ${maxJobs}, got "${raw}"`);
  return n;
}

export interface ReplaySummary {
  records: number;
  cloudtrail: number;
  guardduty: number;
  alerts: number;
  byRule: Map<string, number>;
  /** Records that raised at least one alert: the live path posts one Slack message for each. */
  events: number;
  /** How many such records matched 1, 2, 3… rules. */
  eventRules: Map<number, number>;
  skipped: number;
  firstSkips: SkippedRecord[];
  unreadable: Array<{ path: string; message: string }>;
  ruleErrors: Map<string, number>;
  exitCode: 0 | 1;
}

/** Collects output and writes it in large pieces, waiting when the stream asks. */
class BufferedWriter {
  private pending: string[] = [];
  private size = 0;
  private closed = false;
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly limit = 64 * 1024,
  ) {
    // A reader that went away (`| head`) ends output, not the run.
    out.on('error', () => {
      this.closed = true;
    });
  }
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.closed) return;
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.out.off('drain', done);
          this.out.off('error', done);
          this.out.off('close', done);
          resolve();
        };
        this.out.on('drain', done);
        this.out.on('error', done);
        this.out.on('close', done);
      });
    }
  }
}

/** "ENOENT: no such file or directory" without the path Node appends (the summary names it already). */
function ioMessage(err: Error): string {
  return err.message.replace(/, \w+ '.*'$/s, '');
}

function where(s: SkippedRecord): string {
  const p = s.origin?.path ?? '?';
  return s.origin?.index === undefined ? p : `${p}:${s.origin.index}`;
}

export function formatSummary(s: ReplaySummary): string {
  const lines = [
    `srm replay: ${s.records} records read (${s.cloudtrail} CloudTrail, ${s.guardduty} GuardDuty), ${s.alerts} alerts, ${s.skipped} skipped as malformed, ${s.unreadable.length} unreadable paths`,
  ];
  if (s.events) {
    const spread = [...s.eventRules].sort((a, b) => a[0] - b[0]).map(([rules, n]) => `${n} with ${rules} rule${rules === 1 ? '' : 's'}`);
    lines.push(`events with alerts: ${s.events} (one Slack message each): ${spread.join(', ')}`);
  }
  if (s.byRule.size) {
    lines.push('alerts by rule:');
    for (const [rule, n] of [...s.byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${String(n).padStart(6)}  ${rule}`);
    }
  }
  if (s.skipped) {
    lines.push(`skipped records (first ${s.firstSkips.length} of ${s.skipped}):`);
    for (const k of s.firstSkips) lines.push(`  ${terminalSafe(where(k), 300)}: ${terminalSafe(k.reason, 300)}`);
  }
  for (const [rule, n] of s.ruleErrors) lines.push(`rule ${rule} failed on ${n} records`);
  for (const u of s.unreadable) lines.push(`srm: cannot read ${terminalSafe(u.path, 300)}: ${terminalSafe(u.message, 300)}`);
  return `${lines.join('\n')}\n`;
}

export async function runReplay(inputs: string[], options: ReplayOptions = {}): Promise<ReplaySummary> {
  const shown = options.reasonsShown ?? 5;
  const summary: ReplaySummary = {
    records: 0,
    cloudtrail: 0,
    guardduty: 0,
    alerts: 0,
    byRule: new Map(),
    events: 0,
    eventRules: new Map(),
    skipped: 0,
    firstSkips: [],
    unreadable: [],
    ruleErrors: new Map(),
    exitCode: 0,
  };
  const jobs = options.jobs ?? 1;
  const settings = { json: options.json === true, shown, ...(options.ruleConfig ? { ruleConfig: options.ruleConfig } : {}) };
  // With several threads and some path to read, the first worker starts now: it loads the rules while this thread does.
  const parallel = jobs > 1 && !options.engine && (await severalFiles(inputs)) ? await import('../replay/replay-parallel.js') : null;
  const pool = parallel?.startPool(settings, 1) ?? null;
  try {
    return await replay(inputs, options, summary, jobs, pool && parallel ? { pool, replayParallel: parallel.replayParallel, settings } : null);
  } finally {
    await pool?.close();
  }
}

/** Whether the inputs may hold several files: two paths, or a directory (listed for sure later). */
async function severalFiles(inputs: readonly string[]): Promise<boolean> {
  const paths = inputs.filter((i) => i !== '-');
  if (paths.length > 1) return true;
  return paths.length === 1 && (await stat(paths[0]!).then((s) => s.isDirectory(), () => false));
}

type Parallel = {
  pool: import('../replay/replay-parallel.js').ReplayPool;
  replayParallel: typeof import('../replay/replay-parallel.js').replayParallel;
  settings: import('../replay/replay-worker.js').WorkerSettings;
};

async function replay(inputs: string[], options: ReplayOptions, summary: ReplaySummary, jobs: number, parallel: Parallel | null): Promise<ReplaySummary> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const shown = options.reasonsShown ?? 5;
  const [{ createRuleEngine }, { createMemoryRuleState }] = await Promise.all([import('../rules/engine.js'), import('../rules/state.js')]);
  const state = createMemoryRuleState();
  const engine =
    options.engine ??
    createRuleEngine({
      ...options.ruleConfig,
      // Stateful rules keep their windows in memory for the run (replay reads the records in order).
      state,
      onRuleError: (ruleId) => summary.ruleErrors.set(ruleId, (summary.ruleErrors.get(ruleId) ?? 0) + 1),
    });
  const out = new BufferedWriter(stdout);
  const render = alertRenderer(options.json === true);
  const onSkip = (s: SkippedRecord): void => {
    summary.skipped++;
    if (summary.firstSkips.length < shown) summary.firstSkips.push(s);
  };
  const onError = (path: string, err: Error): void => {
    summary.unreadable.push({ path, message: ioMessage(err) });
  };
  const writeAll = async (alerts: readonly Alert[]): Promise<void> => {
    for (const alert of alerts) await out.write(render(alert));
  };
  /** One record: counted, evaluated, its alerts written. A promise only when there is output to wait for (most records raise nothing). */
  const consume = (record: IngestedRecord): Promise<void> | undefined => {
    summary.records++;
    if (record.source === 'cloudtrail') summary.cloudtrail++;
    else summary.guardduty++;
    const alerts = engine.evaluate(record);
    if (!alerts.length) return undefined;
    summary.events++;
    summary.eventRules.set(alerts.length, (summary.eventRules.get(alerts.length) ?? 0) + 1);
    for (const alert of alerts) {
      summary.alerts++;
      summary.byRule.set(alert.rule, (summary.byRule.get(alert.rule) ?? 0) + 1);
    }
    return writeAll(alerts);
  };
  const units = parallel ? await listInputs(inputs) : null;
  if (parallel && units && units.filter((u) => u.kind === 'file').length > 1) {
    await parallel.replayParallel(
      units,
      {
        jobs,
        settings: parallel.settings,
        summary,
        state,
        ...(options.stdin ? { stdin: options.stdin } : {}),
        consume,
        write: (text) => out.write(text),
        onSkip,
        onError,
      },
      parallel.pool,
    );
  } else {
    // A file (or a streamed chunk) at a time: one async step per file, not per record.
    const batches = readRecordBatches(inputs, { ...(options.stdin ? { stdin: options.stdin } : {}), onSkip, onError });
    for await (const batch of batches) {
      for (const record of batch) {
        const writing = consume(record);
        if (writing) await writing;
      }
    }
  }
  await out.flush();
  summary.exitCode = summary.unreadable.length ? 1 : 0;
  stderr.write(formatSummary(summary));
  return summary;
}

export const registerReplay: RegisterCli = (program) => {
  program
    .command('replay')
    .description(
      'Run every rule over CloudTrail log files (.json, .json.gz), JSON arrays or lines, lookup-events output, EventBridge envelopes and GuardDuty findings; "-" reads standard input.',
    )
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .option('--json', 'print one JSON line per alert on stdout (the summary stays on stderr)')
    .option('--jobs <n>', `worker threads that read and evaluate files in parallel, 1 to ${maxJobs} (default: the number of cores; 1 reads everything in one thread); the output is the same`)
    .action(async (inputs: string[], opts: { json?: boolean; jobs?: string }) => {
      const jobs = parseJobs(opts.jobs);
      // With SRM_CONFIG, the deployment's noise policy and rule windows apply, as in the live pipeline.
      // Loaded only then: a plain replay does not pay for the config's parsers.
      let ruleConfig: ReplayOptions['ruleConfig'];
      if (process.env.SRM_CONFIG) {
        const [{ loadConfig }, { checkRuleTuning }] = await Promise.all([import('../config.js'), import('../rules/check-tuning.js')]);
        const config = loadConfig();
        checkRuleTuning(config.rules, config.source);
        ruleConfig = { noise: config.noise, tuning: config.rules };
      }
      const summary = await runReplay(inputs, { json: opts.json === true, jobs, ...(ruleConfig ? { ruleConfig } : {}) });
      process.exitCode = summary.exitCode;
    });
};
