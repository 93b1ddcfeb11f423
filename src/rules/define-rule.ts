import type { CloudTrailEvent, GuardDutyFinding } from '../ingest/types.js';
import type { CoreAreaId } from '../knowledge/area-ids.js';
import type { Severity } from './types.js';
import { compileFilterPattern } from './metric-filter.js';

/** A named example event with the outcome the rule must give for it. */
export interface RuleCase<E> {
  name: string;
  /** true: the rule must fire on `event`; false: it must not. */
  fires: boolean;
  event: E;
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
  /** One sentence: what happened. Event text is raw (renderers escape it). */
  describe(e: E): string;
  /** The resource touched (id or ARN), if the event names one. */
  resource?(e: E): string | null;
  classify?(e: E): RuleClassification;
  noisyWhen?: readonly NoisyCondition<E>[];
  cases: readonly RuleCase<E>[];
}

export interface CloudTrailRule extends RuleBase<CloudTrailEvent> {
  source: 'cloudtrail';
  /** Declarative selection (also used to index the rule by eventName). */
  when?: CloudTrailWhen;
  /** A CloudWatch Logs JSON metric filter pattern, evaluated literally. */
  pattern?: string;
  /** Typed logic, run after `when` and `pattern` matched. */
  match?(e: CloudTrailEvent): boolean;
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
  return rule;
}
