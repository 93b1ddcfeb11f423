import type { Cluster, Redis } from 'ioredis';
import { severityRank, type Severity } from '../rules/types.js';
import type { CheckResult, CheckStatus } from './types.js';
import { evalScript } from '../redis-script.js';

/** Any ioredis connection (single node or cluster). */
export type RedisLike = Redis | Cluster;

/** One (check, account, region): what a run-check job covers. */
export interface TargetKey {
  checkId: string;
  account: string;
  region: string;
}

/** The latest known result of one resource, as kept between runs. */
export interface LatestEntry {
  result: CheckResult;
  /** ISO time the result was recorded. */
  at: string;
  runId: string;
}

/** What one target contributed to one run, with what was known before it. */
export interface TargetRecord {
  target: TargetKey;
  at: string;
  results: CheckResult[];
  /**
   * The latest entries of this target before this run replaced them
   * (resource → entry): for a scheduled run, those of the schedule's own
   * previous run; otherwise the latest of any run.
   */
  previous: Record<string, LatestEntry>;
  /** Set for a scheduled run: `previous` is that schedule's baseline. */
  scheduleId?: string;
}

/**
 * How one resource moved since the previous run of its check.
 * `new`: the target had never been checked, so nothing can be said; except
 * in a scheduled run, where a failure the schedule has never seen is
 * `newly-failing` (with `previousStatus: null`): the first run counts.
 */
export type Change = 'newly-failing' | 'still-failing' | 'fixed' | 'unchanged' | 'new';

export interface ResultWithChange {
  result: CheckResult;
  change: Change;
  previousStatus: CheckStatus | null;
  /** When the previous result was recorded, if any. */
  previousAt: string | null;
}

export interface RecordOutcome {
  /** False when this target was already recorded for the run (a retried job). */
  recorded: boolean;
  done: number;
  total: number;
}

/** Redis keys, all under the runtime prefix (hash-tag it for Redis Cluster: `{srm}`). */
export function checkKeys(prefix: string) {
  return {
    run: (runId: string) => `${prefix}:check-run:${runId}`,
    runTargets: (runId: string) => `${prefix}:check-run:${runId}:targets`,
    latest: (t: TargetKey) => `${prefix}:check-latest:${targetField(t)}`,
    /** Every target ever recorded, so App Home can read the latest state without scanning. */
    targetIndex: `${prefix}:check-latest-index`,
    /** A schedule's own latest results of a target: what its next run compares with. */
    scheduleLatest: (scheduleId: string, t: TargetKey) => `${prefix}:check-schedule:${scheduleId}:latest:${targetField(t)}`,
    progressThrottle: (runId: string) => `${prefix}:check-run:${runId}:throttle`,
  };
}

export function targetField(t: TargetKey): string {
  return `${t.checkId}|${t.account}|${t.region}`;
}

export function parseTargetField(field: string): TargetKey | null {
  const [checkId, account, region, ...rest] = field.split('|');
  if (!checkId || account === undefined || !region || rest.length > 0) return null;
  return { checkId, account, region };
}

/** How long a run's own records are kept (its latest results are kept until replaced). */
export const runTtlSeconds = 7 * 24 * 3600;

/** A schedule's baseline outlives a yearly cron, and a removed schedule's baseline goes away on its own. */
export const scheduleBaselineTtlSeconds = 400 * 24 * 3600;

/*
 * Atomically: skip if the target is already in the run (a retried job);
 * otherwise keep the target's previous latest entries in the run record,
 * replace the latest entries, index the target and count it done. With a
 * fifth key (a scheduled run), "previous" comes from the schedule's own
 * latest entries, which are replaced too.
 * KEYS: runTargets, latest, run, targetIndex[, scheduleLatest]
 * ARGV: targetField, recordHead (JSON without its closing "previous"),
 *       ttl, n, then n pairs resource, latestEntryJson, then the schedule baseline's ttl
 */
const recordScript = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  return {0, tonumber(redis.call('HGET', KEYS[3], 'done') or '0'), tonumber(redis.call('HGET', KEYS[3], 'total') or '0')}
end
local prev = redis.call('HGETALL', KEYS[5] or KEYS[2])
local parts = {}
for i = 1, #prev, 2 do
  parts[#parts + 1] = cjson.encode(prev[i]) .. ':' .. prev[i + 1]
end
local record = ARGV[2] .. ',"previous":{' .. table.concat(parts, ',') .. '}}'
redis.call('HSET', KEYS[1], ARGV[1], record)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
redis.call('DEL', KEYS[2])
local n = tonumber(ARGV[4])
for i = 0, n - 1 do
  redis.call('HSET', KEYS[2], ARGV[5 + 2 * i], ARGV[6 + 2 * i])
end
if KEYS[5] then
  redis.call('DEL', KEYS[5])
  for i = 0, n - 1 do
    redis.call('HSET', KEYS[5], ARGV[5 + 2 * i], ARGV[6 + 2 * i])
  end
  redis.call('EXPIRE', KEYS[5], tonumber(ARGV[5 + 2 * n]))
end
redis.call('SADD', KEYS[4], ARGV[1])
local done = redis.call('HINCRBY', KEYS[3], 'done', 1)
return {1, done, tonumber(redis.call('HGET', KEYS[3], 'total') or '0')}
`;

export interface RecordOptions {
  at?: Date;
  /** A scheduled run: compare with, and then replace, that schedule's own baseline. */
  scheduleId?: string;
}

export interface ResultsStore {
  /** Records one target's results in a run and as the latest; idempotent per (run, target). */
  recordTarget(runId: string, target: TargetKey, results: CheckResult[], options?: RecordOptions): Promise<RecordOutcome>;
  /** Everything the run has recorded so far. */
  runRecords(runId: string): Promise<TargetRecord[]>;
  /** What one target recorded in a run, if it did. */
  targetRecord(runId: string, target: TargetKey): Promise<TargetRecord | null>;
  /** The latest entries of every target ever recorded. */
  latest(): Promise<Array<{ target: TargetKey; entries: LatestEntry[] }>>;
}

export function createResultsStore(redis: RedisLike, prefix: string): ResultsStore {
  const keys = checkKeys(prefix);
  return {
    async recordTarget(runId, target, results, { at = new Date(), scheduleId } = {}) {
      const field = targetField(target);
      const atIso = at.toISOString();
      // Build the JSON by hand so the script can append "previous" without decoding anything.
      const schedule = scheduleId ? `,"scheduleId":${JSON.stringify(scheduleId)}` : '';
      const head = `{"target":${JSON.stringify(target)},"at":${JSON.stringify(atIso)},"results":${JSON.stringify(results)}${schedule}`;
      const pairs: string[] = [];
      for (const result of results) {
        const entry: LatestEntry = { result, at: atIso, runId };
        pairs.push(result.resource, JSON.stringify(entry));
      }
      const keyList = [keys.runTargets(runId), keys.latest(target), keys.run(runId), keys.targetIndex];
      if (scheduleId) keyList.push(keys.scheduleLatest(scheduleId, target));
      const args = [field, head, String(runTtlSeconds), String(pairs.length / 2), ...pairs];
      if (scheduleId) args.push(String(scheduleBaselineTtlSeconds));
      const reply = (await evalScript(redis, recordScript, keyList.length, ...keyList, ...args)) as [number, number, number];
      return { recorded: reply[0] === 1, done: Number(reply[1]), total: Number(reply[2]) };
    },

    async runRecords(runId) {
      const all = await redis.hgetall(keys.runTargets(runId));
      return Object.values(all).map((raw) => JSON.parse(raw) as TargetRecord);
    },

    async targetRecord(runId, target) {
      const raw = await redis.hget(keys.runTargets(runId), targetField(target));
      return raw ? (JSON.parse(raw) as TargetRecord) : null;
    },

    async latest() {
      const fields = await redis.smembers(keys.targetIndex);
      fields.sort();
      const out: Array<{ target: TargetKey; entries: LatestEntry[] }> = [];
      for (const field of fields) {
        const target = parseTargetField(field);
        if (!target) continue;
        const hash = await redis.hgetall(keys.latest(target));
        const entries = Object.values(hash).map((raw) => JSON.parse(raw) as LatestEntry);
        if (entries.length > 0) out.push({ target, entries });
      }
      return out;
    },
  };
}

/**
 * Marks each result of a run with how it moved since the previous results of
 * its target, and lists the resources that failed before and are gone now
 * (they count as fixed: the failing thing no longer exists).
 */
export interface ComparedRun {
  results: ResultWithChange[];
  gone: LatestEntry[];
  /** No target of the run had anything to compare with (a schedule's first run). */
  firstRun: boolean;
}

export function compareRun(records: readonly TargetRecord[]): ComparedRun {
  const results: ResultWithChange[] = [];
  const gone: LatestEntry[] = [];
  let firstRun = records.length > 0;
  for (const record of records) {
    const hadPrevious = Object.keys(record.previous).length > 0;
    if (hadPrevious) firstRun = false;
    const seen = new Set<string>();
    for (const result of record.results) {
      seen.add(result.resource);
      const prev = record.previous[result.resource];
      results.push({
        result,
        change: classify(result.status, prev?.result.status ?? null, hadPrevious, record.scheduleId !== undefined),
        previousStatus: prev?.result.status ?? null,
        previousAt: prev?.at ?? null,
      });
    }
    for (const [resource, prev] of Object.entries(record.previous)) {
      if (!seen.has(resource) && prev.result.status === 'fail') gone.push(prev);
    }
  }
  return { results, gone, firstRun };
}

/** A failure a schedule has never seen (its first run, a new account or region) alerts from this severity up. */
export const firstSightAlertSeverity: Severity = 'high';

/**
 * Whether a scheduled run raises an alert for a result: any change to
 * failing does; a failure the schedule has never seen does when it is
 * critical or high (day one is not silent, nor flooded).
 */
export function raisesAlert(r: ResultWithChange): boolean {
  if (r.change !== 'newly-failing') return false;
  return r.previousStatus !== null || severityRank(r.result.severity) >= severityRank(firstSightAlertSeverity);
}

function classify(now: CheckStatus, before: CheckStatus | null, hadPrevious: boolean, scheduled: boolean): Change {
  // A schedule has told no one about a failure it has not seen: it is news.
  if (scheduled && now === 'fail' && before === null) return 'newly-failing';
  if (!hadPrevious) return 'new';
  if (now === 'fail') return before === 'fail' ? 'still-failing' : 'newly-failing';
  if (now === 'pass' && before === 'fail') return 'fixed';
  return 'unchanged';
}
