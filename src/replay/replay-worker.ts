import { workerData } from 'node:worker_threads';
import { openAhead, type OpenedFile } from '../ingest/read-ahead.js';
import { serveTasks } from '../ingest/replay-pool.js';
import { createRuleEngine } from '../rules/engine.js';
import type { SkippedRecord } from '../ingest/types.js';
import type { ObserveRequest, ObserveResult, RuleStateStore } from '../rules/state.js';
import type { FileBatch, FileTask, Run } from './replay-parallel.js';
import { alertRenderer } from './replay-render.js';
import { packTeach } from './replay-teach.js';

/**
 * A worker thread of `srm replay --jobs N`: reads one file at a time (read,
 * gunzip, parse, validate, as the single-thread reader does), runs every rule
 * on each record and renders the alerts, and sends them back in batches.
 *
 * Stateful rules keep their windows in the main thread, which sees every
 * record in input order. Here the engine runs against a store that only
 * records what it is asked and answers "nothing new" (which fires nothing):
 * - a record that asks no window question is final here;
 * - one whose questions only teach a window (they cannot fire) is final too;
 *   its observations go to the main thread, which applies them in order;
 * - one that asks a question that may fire is sent back whole, and the main
 *   thread evaluates it again with the real windows (its alerts and rule
 *   errors here are dropped).
 */

type NoiseAction = 'note' | 'downgrade' | 'suppress';
export interface WorkerSettings {
  json: boolean;
  shown: number;
  ruleConfig?: {
    noise?: Record<string, NoiseAction>;
    tuning?: Record<string, { window?: number; threshold?: number }>;
  };
}

/**
 * The settings the main thread passes (checked by hand, not with zod: a
 * worker that loads zod starts about 0.1 s later; the rule settings were
 * checked with the config, and the engine checks them again).
 */
function parseSettings(raw: unknown): WorkerSettings & { maxUnacked: number } {
  const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { json, shown, maxUnacked, ruleConfig } = v;
  if (typeof json !== 'boolean') throw new TypeError('replay worker: settings.json must be a boolean');
  if (!Number.isInteger(shown) || (shown as number) < 0) throw new TypeError('replay worker: settings.shown must be a whole number');
  if (!Number.isInteger(maxUnacked) || (maxUnacked as number) < 1) throw new TypeError('replay worker: settings.maxUnacked must be a positive whole number');
  if (ruleConfig !== undefined && (typeof ruleConfig !== 'object' || ruleConfig === null)) throw new TypeError('replay worker: settings.ruleConfig must be an object');
  return { json, shown: shown as number, maxUnacked: maxUnacked as number, ...(ruleConfig ? { ruleConfig: ruleConfig as WorkerSettings['ruleConfig'] } : {}) };
}

function parseTask(raw: unknown): FileTask {
  const path = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['path'] : undefined;
  if (typeof path !== 'string') throw new TypeError('replay worker: a task needs a path');
  return { path };
}

/** A batch goes back after this many records or this much rendered output. */
const batchRecords = 1024;
const batchChars = 128 * 1024;

const settings = parseSettings(workerData);
const render = alertRenderer(settings.json);

const asked: ObserveRequest[] = [];
const ruleErrors: string[] = [];
const nothingNew: ObserveResult = Object.freeze({ before: 0, after: 0, added: [], known: [] }) as unknown as ObserveResult;
const recorder: RuleStateStore = {
  sync: true,
  observe(request) {
    asked.push(request);
    return nothingNew;
  },
};
const engine = createRuleEngine({
  ...(settings.ruleConfig?.noise ? { noise: settings.ruleConfig.noise } : {}),
  ...(settings.ruleConfig?.tuning ? { tuning: settings.ruleConfig.tuning } : {}),
  state: recorder,
  onRuleError: (ruleId) => ruleErrors.push(ruleId),
});

function emptyBatch(): FileBatch {
  return { records: 0, cloudtrail: 0, guardduty: 0, alerts: 0, events: 0, byRule: [], eventRules: [], skipped: 0, firstSkips: [], unreadable: [], runs: [] };
}
const emptyRun = (): Run => ({ text: '', errors: [], teach: [], deferred: null });

/** Where the reader's reports go: the batch of the file whose turn it is (a file opened ahead holds them until then). */
const report = {
  onSkip: (_s: SkippedRecord): void => {},
  onError: (_path: string, _err: Error): void => {},
};

function open(task: FileTask): OpenedFile {
  return openAhead(task.path, { onSkip: (s) => report.onSkip(s), onError: (p, err) => report.onError(p, err) }, { gunzipInThread: true });
}

async function replayFile(file: OpenedFile, send: (batch: FileBatch) => Promise<void>): Promise<void> {
  let batch = emptyBatch();
  let run = emptyRun();
  let parts: string[] = [];
  let chars = 0;
  let records = 0;
  let byRule = new Map<string, number>();
  let eventRules = new Map<number, number>();

  const closeRun = (deferred: Run['deferred']): void => {
    run.text = parts.join('');
    run.deferred = deferred;
    if (run.text || run.errors.length || run.teach.length || deferred) batch.runs.push(run);
    run = emptyRun();
    parts = [];
  };
  const flush = async (): Promise<void> => {
    closeRun(null);
    batch.byRule = [...byRule];
    batch.eventRules = [...eventRules];
    const full = batch;
    batch = emptyBatch();
    byRule = new Map();
    eventRules = new Map();
    chars = 0;
    records = 0;
    await send(full);
  };

  report.onSkip = (s) => {
    batch.skipped++;
    if (batch.firstSkips.length < settings.shown) batch.firstSkips.push(s);
  };
  report.onError = (path, err) => batch.unreadable.push({ path, message: err.message });
  for await (const list of file.batches()) {
    for (const record of list) {
      asked.length = 0;
      ruleErrors.length = 0;
      const alerts = engine.evaluate(record);
      if (asked.length > 0 && asked.some((r) => !r.teachOnly)) {
        closeRun(record);
      } else {
        batch.records++;
        if (record.source === 'cloudtrail') batch.cloudtrail++;
        else batch.guardduty++;
        if (alerts.length) {
          batch.events++;
          eventRules.set(alerts.length, (eventRules.get(alerts.length) ?? 0) + 1);
        }
        for (const alert of alerts) {
          batch.alerts++;
          byRule.set(alert.rule, (byRule.get(alert.rule) ?? 0) + 1);
          const text = render(alert);
          parts.push(text);
          chars += text.length;
        }
        for (const id of ruleErrors) run.errors.push(id);
        for (const r of asked) packTeach(run.teach, r);
      }
      if (++records >= batchRecords || chars >= batchChars) await flush();
    }
  }
  await flush();
}

serveTasks<FileTask, OpenedFile, FileBatch>(parseTask, open, replayFile, settings.maxUnacked);
