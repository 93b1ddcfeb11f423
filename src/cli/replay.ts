import { readRecords } from '../ingest/read.js';
import type { SkippedRecord } from '../ingest/types.js';
import { createRuleEngine, type RuleEngineOptions } from '../rules/engine.js';
import type { Alert } from '../rules/types.js';
import type { RegisterCli } from './index.js';
import { stripControls } from '../slack/escape.js';

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

// ANSI CSI / OSC / two-byte escapes, removed whole (their parameters are not control characters).
// eslint-disable-next-line no-control-regex
const ansiEscape = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~])?/g;

/** Untrusted text made safe for a terminal: escapes and controls removed, line breaks flattened, length capped. */
export function terminalSafe(text: string, max = 1000): string {
  const clean = stripControls(text.replace(ansiEscape, '').replace(/[\r\n\t]+/g, ' '));
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** DEL, C1 controls, bidi overrides and line/paragraph separators, which JSON.stringify leaves raw. */
const jsonUnsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The fixed `--json` line: contract fields first, additions after. Characters
 * that could reorder or hide text in a terminal or log viewer are written as
 * \u escapes (the JSON value is the same).
 */
export function alertJson(a: Alert): string {
  return jsonLine({
    eventId: a.eventId,
    source: a.source,
    rule: a.rule,
    title: a.title,
    severity: a.severity,
    area: a.area,
    controls: a.controls,
    account: a.account,
    region: a.region,
    actor: a.actor,
    time: a.time,
    attack: a.attack ?? [],
    sourceIp: a.sourceIp,
    eventName: a.eventName,
    sample: a.sample,
    notes: a.notes,
  });
}

function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(jsonUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function alertText(a: Alert): string {
  const t = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '-' : terminalSafe(v));
  const lines = [
    `[${a.severity.toUpperCase()}] ${t(a.title)}`,
    `  time:      ${t(a.time)}`,
    `  account:   ${t(a.account)}  region: ${t(a.region)}`,
    `  actor:     ${t(a.actor)}`,
    `  source IP: ${t(a.sourceIp)}`,
    `  summary:   ${t(a.summary)}`,
    `  area:      ${t(a.area)}`,
    `  action:    ${t(a.customerAction)}`,
    `  controls:  ${a.controls.length ? a.controls.map((c) => terminalSafe(c)).join(', ') : '-'}`,
    `  ATT&CK:    ${a.attack?.length ? a.attack.map((c) => terminalSafe(c)).join(', ') : '-'}`,
  ];
  for (const note of a.notes) lines.push(`  note:      ${terminalSafe(note)}`);
  lines.push(`  rule:      ${t(a.rule)}  ${a.source === 'guardduty' ? 'finding' : 'event'}: ${t(a.eventId)}`);
  return `${lines.join('\n')}\n\n`;
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
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
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
  const engine =
    options.engine ??
    createRuleEngine({
      ...options.ruleConfig,
      // Stateful rules keep their windows in memory for the run (replay reads the records in order).
      onRuleError: (ruleId) => summary.ruleErrors.set(ruleId, (summary.ruleErrors.get(ruleId) ?? 0) + 1),
    });
  const out = new BufferedWriter(stdout);
  const render = options.json ? (a: Alert) => `${alertJson(a)}\n` : alertText;
  const records = readRecords(inputs, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    onSkip: (s) => {
      summary.skipped++;
      if (summary.firstSkips.length < shown) summary.firstSkips.push(s);
    },
    onError: (path, err) => {
      summary.unreadable.push({ path, message: ioMessage(err) });
    },
  });
  for await (const record of records) {
    summary.records++;
    if (record.source === 'cloudtrail') summary.cloudtrail++;
    else summary.guardduty++;
    const alerts = engine.evaluate(record);
    if (alerts.length) {
      summary.events++;
      summary.eventRules.set(alerts.length, (summary.eventRules.get(alerts.length) ?? 0) + 1);
    }
    for (const alert of alerts) {
      summary.alerts++;
      summary.byRule.set(alert.rule, (summary.byRule.get(alert.rule) ?? 0) + 1);
      await out.write(render(alert));
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
    .action(async (inputs: string[], opts: { json?: boolean }) => {
      // With SRM_CONFIG, the deployment's noise policy and rule windows apply, as in the live pipeline.
      // Loaded only then: a plain replay does not pay for the config's parsers.
      let ruleConfig: ReplayOptions['ruleConfig'];
      if (process.env.SRM_CONFIG) {
        const [{ loadConfig }, { checkRuleTuning }] = await Promise.all([import('../config.js'), import('../rules/check-tuning.js')]);
        const config = loadConfig();
        checkRuleTuning(config.rules, config.source);
        ruleConfig = { noise: config.noise, tuning: config.rules };
      }
      const summary = await runReplay(inputs, { json: opts.json === true, ...(ruleConfig ? { ruleConfig } : {}) });
      process.exitCode = summary.exitCode;
    });
};
