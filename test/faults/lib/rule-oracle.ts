import { rules as catalogue } from '../../../rules/index.js';
import type { Rule, RuleState } from '../../../src/rules/define-rule.js';
import { createRuleEngine } from '../../../src/rules/engine.js';
import { cloudTrailEventId } from '../../../src/rules/event-fields.js';
import type { ObserveRequest, ObserveResult, RuleStateStore } from '../../../src/rules/state.js';
import type { IngestedRecord } from '../../../src/ingest/types.js';
import type { CloudTrailEvent } from '../../../src/ingest/types.js';

/**
 * What the fault suite may expect of the live path, rule by rule, when the
 * live path sees the records in another order than `srm replay`.
 *
 * A stateless rule's answer depends on its record only: the live path must
 * give it per record, exactly as replay does. A stateful rule (a count or a
 * first-seen over a window) answers the records of one window — one rule and
 * key — in the order they are evaluated: the tenth secret read is the one
 * that crosses the threshold, the first address an instance is seen from is
 * its baseline. The live path evaluates SQS messages concurrently, in no set
 * order (SQS keeps none), so *which* record of a window fires can differ
 * from replay without anything lost or doubled. What does not depend on the
 * order is checked instead, per window, on both paths:
 * - every record that fired belongs to the window;
 * - count: exactly one record fires when the window's distinct values reach
 *   the threshold, none otherwise;
 * - first-seen: only records that may alert fire (not the teaching ones);
 *   each value is new once, so no two records fire for the same single value
 *   and no more records fire than there are distinct values; with the
 *   default baseline (the first value) exactly distinct values - 1 fire
 *   (single-valued records); with a baseline the window's values can never
 *   satisfy, none fires.
 * This holds when every record of a window lies within one window span (the
 * fuzzed records all carry the same time); a window that does not is
 * reported, as the oracle cannot say anything about it.
 */

/** One record's question to one stateful rule's window. */
export interface Observation {
  eventId: string;
  rule: string;
  key: string;
  values: readonly string[];
  teachOnly: boolean;
  timeMs: number;
  windowMs: number;
}

/** What the rules make of one record, order aside. */
export interface RecordVerdict {
  eventId: string;
  /** Stateless rules that fire on it. */
  stateless: Set<string>;
  /** Its observations of stateful rules' windows (at most one per rule). */
  observations: Observation[];
}

/** One stateful rule's window for one key: the records observed in it. */
export interface Window {
  rule: string;
  key: string;
  members: Observation[];
}

const nothingNew: ObserveResult = Object.freeze({ before: 0, after: 0, added: [], known: [] }) as unknown as ObserveResult;

/** The event id alerts of this record carry (CloudTrail eventID, GuardDuty finding id). */
function recordEventId(r: IngestedRecord): string {
  return r.source === 'cloudtrail' ? cloudTrailEventId(r.event as CloudTrailEvent) : r.finding.id;
}

/**
 * Runs srm's own rule engine over each record alone, with a window store that
 * records the questions and answers "nothing new" (as replay's worker threads
 * do): the alerts it gives are the stateless rules' (a stateful rule cannot
 * fire on nothing new), the questions are the record's observations.
 */
export function analyseRecords(records: readonly IngestedRecord[], ruleList: readonly Rule[] = catalogue as readonly Rule[]): { verdicts: Map<string, RecordVerdict>; windows: Map<string, Window> } {
  const asked: ObserveRequest[] = [];
  const recorder: RuleStateStore = {
    sync: true,
    observe(request) {
      asked.push(request);
      return nothingNew;
    },
  };
  const engine = createRuleEngine({ rules: ruleList, state: recorder });
  const verdicts = new Map<string, RecordVerdict>();
  const windows = new Map<string, Window>();
  for (const record of records) {
    asked.length = 0;
    const alerts = engine.evaluate(record);
    const eventId = recordEventId(record);
    const verdict: RecordVerdict = verdicts.get(eventId) ?? { eventId, stateless: new Set(), observations: [] };
    for (const a of alerts) verdict.stateless.add(a.rule);
    for (const q of asked) {
      const o: Observation = { eventId: q.eventId, rule: q.rule, key: q.key, values: [...q.values], teachOnly: q.teachOnly === true, timeMs: q.timeMs, windowMs: q.windowMs };
      verdict.observations.push(o);
      const id = windowId(q.rule, q.key);
      let w = windows.get(id);
      if (!w) windows.set(id, (w = { rule: q.rule, key: q.key, members: [] }));
      w.members.push(o);
    }
    verdicts.set(eventId, verdict);
  }
  return { verdicts, windows };
}

export const windowId = (rule: string, key: string): string => `${rule}\0${key}`;

/** The rule's window spec, by id (undefined for a stateless rule). */
export function stateOf(rule: string, ruleList: readonly Rule[] = catalogue as readonly Rule[]): RuleState<CloudTrailEvent> | undefined {
  const r = ruleList.find((x) => x.id === rule);
  return r && r.source === 'cloudtrail' ? r.state : undefined;
}

/** Whether the rule keeps a window (its answer depends on the order of its window's records). */
export function isStateful(rule: string, ruleList: readonly Rule[] = catalogue as readonly Rule[]): boolean {
  return stateOf(rule, ruleList) !== undefined;
}

/** How many of the window's records must fire whatever their order, when the order does not decide it. */
export function firingsWhateverTheOrder(w: Window, spec: RuleState<CloudTrailEvent>): number | undefined {
  const distinct = new Set(w.members.flatMap((m) => m.values));
  if (spec.kind === 'count') return distinct.size >= spec.threshold ? 1 : 0;
  if (spec.baseline && !spec.baseline([...distinct])) return 0;
  const singleValued = w.members.every((m) => m.values.length === 1);
  if (!spec.baseline && !spec.alerts && singleValued) return distinct.size - 1;
  return undefined;
}

/**
 * What is wrong with `fired` (the event ids of the window's records that the
 * rule fired on) whatever order the window's records were evaluated in; an
 * empty list when nothing is.
 */
export function windowProblems(w: Window, spec: RuleState<CloudTrailEvent>, fired: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const name = `${w.rule} [${w.key.slice(0, 80)}]`;
  const times = w.members.map((m) => m.timeMs);
  const span = Math.max(...times) - Math.min(...times);
  const windowMs = Math.min(...w.members.map((m) => m.windowMs));
  if (span >= windowMs) problems.push(`${name}: its records span ${Math.round(span / 1000)} s, more than the window (${windowMs / 1000} s): the oracle cannot judge it`);
  const byId = new Map(w.members.map((m) => [m.eventId, m]));
  for (const id of fired) if (!byId.has(id)) problems.push(`${name}: fired on ${id}, which is not in the window`);
  const firers = [...fired].map((id) => byId.get(id)).filter((m): m is Observation => m !== undefined);
  const distinct = new Set(w.members.flatMap((m) => m.values));
  if (spec.kind === 'first-seen') {
    for (const m of firers) if (m.teachOnly) problems.push(`${name}: fired on ${m.eventId}, which only teaches the window`);
    if (firers.length > distinct.size) problems.push(`${name}: ${firers.length} records fired for ${distinct.size} distinct values`);
    if (w.members.every((m) => m.values.length === 1)) {
      const seen = new Map<string, string>();
      for (const m of firers) {
        const v = m.values[0]!;
        const other = seen.get(v);
        if (other !== undefined) problems.push(`${name}: value ${JSON.stringify(v.slice(0, 60))} new twice (${other} and ${m.eventId})`);
        seen.set(v, m.eventId);
      }
    }
  }
  const must = firingsWhateverTheOrder(w, spec);
  if (must !== undefined && fired.size !== must) problems.push(`${name}: ${fired.size} records fired, ${must} must whatever the order (${w.members.length} records, ${distinct.size} distinct values)`);
  return problems;
}

/** Rules per event id, as (eventId, rule) pairs come (replay's JSON lines, the rule ids a Slack message names). */
export type RulesByEvent = ReadonlyMap<string, ReadonlySet<string>>;

export interface Comparison {
  /** Events with a stateless alert (replay's, which must equal the live path's record by record). */
  stateless: Set<string>;
  /** Events a stateful rule fired on, in the live path. */
  liveStateful: Set<string>;
  /** Problems with the live path's alerts: stateless rules (per record), windows (stateful rules). */
  live: { stateless: string[]; windows: string[] };
  /** Problems with replay's own alerts (the oracle's model disagrees with srm replay: fix the oracle or replay). */
  replay: string[];
  windows: number;
  /** Windows whose number of firings is set whatever the order. */
  determined: number;
}

/**
 * Compares the live path's rules per event with replay's: stateless rules
 * record by record, stateful rules window by window (see above). Replay's
 * own stateful alerts are held to the same order-free rules, so the model is
 * checked against srm replay as well.
 */
export function compareRules(analysis: ReturnType<typeof analyseRecords>, replay: RulesByEvent, live: RulesByEvent, ruleList: readonly Rule[] = catalogue as readonly Rule[]): Comparison {
  const out: Comparison = { stateless: new Set(), liveStateful: new Set(), live: { stateless: [], windows: [] }, replay: [], windows: analysis.windows.size, determined: 0 };
  const statelessOf = (m: RulesByEvent, id: string) => [...(m.get(id) ?? [])].filter((r) => !isStateful(r, ruleList)).sort();
  const ids = new Set([...analysis.verdicts.keys(), ...replay.keys(), ...live.keys()]);
  for (const id of ids) {
    const v = analysis.verdicts.get(id);
    const own = [...(v?.stateless ?? [])].sort();
    const r = statelessOf(replay, id);
    const l = statelessOf(live, id);
    if (r.join() !== own.join()) out.replay.push(`${id}: replay fired ${r.join(', ') || 'nothing'}, the rules alone ${own.join(', ') || 'nothing'}`);
    if (l.join() !== r.join()) out.live.stateless.push(`${id}: stateless rules live ${l.join(', ') || 'none'}, in replay ${r.join(', ') || 'none'}`);
    if (r.length) out.stateless.add(id);
  }
  const firedIn = (m: RulesByEvent, w: Window) => new Set(w.members.filter((o) => m.get(o.eventId)?.has(w.rule)).map((o) => o.eventId));
  for (const w of analysis.windows.values()) {
    const spec = stateOf(w.rule, ruleList)!;
    if (firingsWhateverTheOrder(w, spec) !== undefined) out.determined++;
    out.replay.push(...windowProblems(w, spec, firedIn(replay, w)));
    const liveFired = firedIn(live, w);
    out.live.windows.push(...windowProblems(w, spec, liveFired));
    for (const id of liveFired) out.liveStateful.add(id);
  }
  // A stateful rule that fired on a record it never observed (outside every window) is wrong on either path.
  for (const [m, sink] of [[replay, out.replay], [live, out.live.windows]] as const) {
    for (const [id, rs] of m) {
      for (const rule of rs) {
        if (!isStateful(rule, ruleList)) continue;
        if (!analysis.verdicts.get(id)?.observations.some((o) => o.rule === rule)) sink.push(`${id}: ${rule} fired on a record it does not observe`);
      }
    }
  }
  return out;
}
