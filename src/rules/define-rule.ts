import type { CloudTrailEvent, GuardDutyFinding } from '../ingest/types.js';
import type { CoreAreaId } from '../knowledge/area-ids.js';
import type { Severity } from './types.js';
import { compileFilterPattern } from './metric-filter.js';
import { parseDuration, type Duration } from './duration.js';

/** A named example event with the outcome the rule must give for it. */
export interface RuleCase<E> {
  name: string;
  /** true: the rule must fire on `event`; false: it must not. */
  fires: boolean;
  event: E;
  /** Events seen first, in order (what a stateful rule's window holds when `event` arrives). */
  before?: readonly E[];
}

/**
 * A known source of false positives that a deployment may note, downgrade or
 * suppress by config (`noise` option of the engine). `code` is stable.
 */
export interface NoisyCondition<E> {
  code: string;
  /** Shown in the alert's notes when `when(e)` holds. */
  note: string;
  when(e: E): boolean;
}

/** Per-event overrides (GuardDuty severity bands, finding-family areas, ...). */
export interface RuleClassification {
  severity?: Severity;
  attack?: readonly string[];
  area?: CoreAreaId;
  customerAction?: string;
  title?: string;
  notes?: string[];
}

/** Declarative selection on CloudTrail fields; every given field must match. */
export interface CloudTrailWhen {
  eventSource?: string | readonly string[];
  eventName?: string | readonly string[];
  /** true: only calls that succeeded (no errorCode); false: only failed calls. */
  success?: boolean;
}

interface RuleBase<E> {
  /** The file basename under rules/. */
  id: string;
  title: string;
  severity: Severity;
  /** Responsibility area id (src/knowledge/area-ids.ts). */
  area: CoreAreaId;
  /** Security Hub ids ("CloudWatch.1") and CIS ids ("cis-aws-1.4.0:4.3"). */
  controls: readonly string[];
  /** What the customer must do when it fires. */
  customerAction: string;
  /** Why it matters and which side of the shared responsibility model it is on. */
  description: string;
  /** Known false positives, caveats. */
  notes?: readonly string[];
  /** Documentation the rule follows (the metric filter's source, API reference). */
  references?: readonly string[];
  /** One sentence: what happened (a stateful rule also gets its window's outcome). Event text is raw (renderers escape it). */
  describe(e: E, state?: StateOutcome): string;
  /** The resource touched (id or ARN), if the event names one. */
  resource?(e: E): string | null;
  classify?(e: E): RuleClassification;
  noisyWhen?: readonly NoisyCondition<E>[];
  cases: readonly RuleCase<E>[];
  /** MITRE ATT&CK (Enterprise) technique ids the rule detects, most specific first: "T1098.001". */
  attack: readonly string[];
  /** Known false positives: what legitimate activity also fires it. */
  falsePositives: readonly string[];
  /** The config keys that tune it ("noise.<rule>:<code>", "rules.<rule>.threshold", "suppressions"). */
  tuning: string;
}

/** The outcome of a stateful rule's window for the event that fired it (what `describe` may cite). */
export interface StateOutcome {
  kind: 'count' | 'first-seen';
  /** Whose window it is: a principal, an instance, a source address. */
  key: string;
  /** Distinct values in the window after this event (count: compared with `threshold`). */
  count: number;
  threshold: number;
  windowSeconds: number;
  /** Values this event added to the window. */
  added: string[];
  /** first-seen: values already known for the key before this event (at most 50). */
  known: string[];
}

interface StateBase<E> {
  /** How far back the window reaches, by event time ("10m", "24h"); config: rules.<id>.window. */
  window: Duration;
  /** Whose window an event belongs to; null: the event is not observed. */
  key(e: E): string | null;
  /** The values the event adds (distinct values are counted: secret ids, source addresses). */
  values(e: E): readonly string[];
}

/** Fires once when one key has seen `threshold` distinct values within the window. */
export interface CountState<E> extends StateBase<E> {
  kind: 'count';
  /** config: rules.<id>.threshold */
  threshold: number;
}

/** Fires when a key sees a value it has not seen within the window. */
export interface FirstSeenState<E> extends StateBase<E> {
  kind: 'first-seen';
  /** Events that may fire (the others only teach the window). Default: every observed event. */
  alerts?(e: E): boolean;
  /**
   * Whether a new value is worth an alert, given the values the key already
   * had. Default: the key had at least one (the first value is its baseline).
   */
  baseline?(known: readonly string[]): boolean;
}

export type RuleState<E> = CountState<E> | FirstSeenState<E>;

export interface CloudTrailRule extends RuleBase<CloudTrailEvent> {
  source: 'cloudtrail';
  /** Declarative selection (also used to index the rule by eventName). */
  when?: CloudTrailWhen;
  /** A CloudWatch Logs JSON metric filter pattern, evaluated literally. */
  pattern?: string;
  /** Typed logic, run after `when` and `pattern` matched. */
  match?(e: CloudTrailEvent): boolean;
  /** A pattern over several events (a count or a first-seen over a window), checked after the match. */
  state?: RuleState<CloudTrailEvent>;
  /** GuardDuty finding types that report the same behaviour (the router may fold them with this rule's alerts). */
  guardduty: readonly string[];
}

export interface GuardDutyRule extends RuleBase<GuardDutyFinding> {
  source: 'guardduty';
  /** Omitted: every finding matches. */
  match?(f: GuardDutyFinding): boolean;
}

export type Rule = CloudTrailRule | GuardDutyRule;

/**
 * Declares a rule. Checks what can be checked without the catalogue: the
 * pattern parses, a CloudTrail rule selects something, there is at least one
 * firing and one non-firing case.
 */
export function defineRule<const R extends Rule>(rule: R): R {
  if (rule.source === 'cloudtrail') {
    if (!rule.when && rule.pattern === undefined && !rule.match) {
      throw new Error(`rule ${rule.id}: give when, pattern or match`);
    }
    if (rule.pattern !== undefined) compileFilterPattern(rule.pattern);
  }
  if (!rule.cases.some((c) => c.fires) || !rule.cases.some((c) => !c.fires)) {
    throw new Error(`rule ${rule.id}: needs at least one case that fires and one that does not`);
  }
  if (rule.attack.length === 0) throw new Error(`rule ${rule.id}: name the MITRE ATT&CK techniques it detects`);
  if (rule.source === 'cloudtrail' && rule.state) {
    parseDuration(rule.state.window);
    if (rule.state.kind === 'count' && (!Number.isInteger(rule.state.threshold) || rule.state.threshold < 1)) {
      throw new Error(`rule ${rule.id}: threshold must be a positive integer`);
    }
  }
  return rule;
}
