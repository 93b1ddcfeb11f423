import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../ingest/types.js';
import { rules as catalogue } from '../../rules/index.js';
import type { CloudTrailRule, GuardDutyRule, NoisyCondition, Rule, RuleClassification } from './define-rule.js';
import {
  accountOf,
  actorOf,
  cloudTrailEventId,
  eventTimeOf,
  findingActor,
  findingRemoteIp,
  isSampleFinding,
  succeeded,
} from './event-fields.js';
import { compileFilterPattern, requiredValues } from './metric-filter.js';
import { severities, severityRank, type Alert, type Severity } from './types.js';

/**
 * What to do when a rule's known-noisy condition holds. Keys: a noise code
 * ("mfa-at-idp"), `${ruleId}:${code}`, or "*"; the most specific wins.
 * Default: "note" (the alert carries the note and the code).
 */
export type NoiseAction = 'note' | 'downgrade' | 'suppress';
export type NoisePolicy = Readonly<Record<string, NoiseAction>>;

export interface RuleEngineOptions {
  rules?: readonly Rule[];
  noise?: NoisePolicy;
  /** Called when a rule throws on a record (the rule is skipped for that record). */
  onRuleError?(ruleId: string, err: unknown): void;
}

export interface RuleEngine {
  evaluate(record: IngestedRecord): Alert[];
  readonly rules: readonly Rule[];
}

interface CompiledCloudTrail {
  order: number;
  rule: CloudTrailRule;
  test(e: CloudTrailEvent): boolean;
}

function asSet(v: string | readonly string[] | undefined): Set<string> | null {
  if (v === undefined) return null;
  return new Set(typeof v === 'string' ? [v] : v);
}

function compileCloudTrail(rule: CloudTrailRule, order: number): { compiled: CompiledCloudTrail; names: Set<string> | null } {
  const sources = asSet(rule.when?.eventSource);
  const whenNames = asSet(rule.when?.eventName);
  const success = rule.when?.success;
  const filter = rule.pattern === undefined ? null : compileFilterPattern(rule.pattern);
  const match = rule.match?.bind(rule);
  const test = (e: CloudTrailEvent): boolean => {
    if (whenNames && !whenNames.has(e.eventName)) return false;
    if (sources && !sources.has(e.eventSource)) return false;
    if (success !== undefined && succeeded(e) !== success) return false;
    if (filter && !filter.test(e)) return false;
    if (match && !match(e)) return false;
    return true;
  };
  let names = whenNames;
  const patternNames = filter ? requiredValues(filter.ast, 'eventName') : null;
  if (patternNames) names = names ? new Set([...names].filter((n) => patternNames.has(n))) : patternNames;
  return { compiled: { order, rule, test }, names };
}

function downgrade(s: Severity): Severity {
  return severities[Math.max(0, severityRank(s) - 1)] ?? s;
}

/**
 * Builds each rule's matcher once and indexes CloudTrail rules by eventName, so
 * a record that no rule can match costs a map lookup and the few unindexed
 * rules (root usage, unauthorized calls).
 */
export function createRuleEngine(options: RuleEngineOptions = {}): RuleEngine {
  const ruleList: readonly Rule[] = options.rules ?? (catalogue as readonly Rule[]);
  const noise = options.noise ?? {};
  const onRuleError = options.onRuleError ?? (() => {});

  const unindexed: CompiledCloudTrail[] = [];
  const byName = new Map<string, CompiledCloudTrail[]>();
  const guardduty: GuardDutyRule[] = [];
  ruleList.forEach((rule, order) => {
    if (rule.source === 'guardduty') {
      guardduty.push(rule);
      return;
    }
    const { compiled, names } = compileCloudTrail(rule, order);
    if (!names) unindexed.push(compiled);
    else for (const n of names) byName.set(n, [...(byName.get(n) ?? []), compiled]);
  });
  // Each eventName's list holds its own rules and the unindexed ones, in catalogue order.
  for (const [name, list] of byName) byName.set(name, [...list, ...unindexed].sort((a, b) => a.order - b.order));

  function applyNoise<E>(ruleId: string, conditions: readonly NoisyCondition<E>[] | undefined, e: E, alert: Alert): Alert | null {
    if (!conditions) return alert;
    for (const c of conditions) {
      if (!c.when(e)) continue;
      const action = noise[`${ruleId}:${c.code}`] ?? noise[c.code] ?? noise['*'] ?? 'note';
      if (action === 'suppress') return null;
      if (action === 'downgrade') alert.severity = downgrade(alert.severity);
      alert.notes.push(c.note);
      (alert.noise ??= []).push(c.code);
    }
    return alert;
  }

  function cloudTrailAlert(rule: CloudTrailRule, e: CloudTrailEvent): Alert | null {
    const cls: RuleClassification = rule.classify?.(e) ?? {};
    const eventId = cloudTrailEventId(e);
    const alert: Alert = {
      eventId,
      source: 'cloudtrail',
      rule: rule.id,
      title: cls.title ?? rule.title,
      severity: cls.severity ?? rule.severity,
      area: cls.area ?? rule.area,
      controls: [...rule.controls],
      account: accountOf(e),
      region: typeof e.awsRegion === 'string' ? e.awsRegion : null,
      actor: actorOf(e),
      sourceIp: typeof e.sourceIPAddress === 'string' ? e.sourceIPAddress : null,
      time: eventTimeOf(e),
      eventName: e.eventName,
      summary: rule.describe(e),
      customerAction: cls.customerAction ?? rule.customerAction,
      notes: [...(cls.notes ?? [])],
      resource: rule.resource?.(e) ?? null,
      sample: false,
      dedupKey: eventId,
    };
    return applyNoise(rule.id, rule.noisyWhen, e, alert);
  }

  function guardDutyAlert(rule: GuardDutyRule, f: GuardDutyFinding): Alert | null {
    const cls: RuleClassification = rule.classify?.(f) ?? {};
    const sample = isSampleFinding(f);
    const title = cls.title ?? f.title ?? rule.title;
    const updatedAt = f.updatedAt ?? f.createdAt ?? '';
    const alert: Alert = {
      eventId: f.id,
      source: 'guardduty',
      rule: rule.id,
      title: sample && !title.startsWith('[SAMPLE]') ? `[SAMPLE] ${title}` : title,
      severity: cls.severity ?? rule.severity,
      area: cls.area ?? rule.area,
      controls: [...rule.controls],
      account: f.accountId,
      region: f.region,
      actor: findingActor(f),
      sourceIp: findingRemoteIp(f),
      time: f.updatedAt ?? f.createdAt ?? null,
      eventName: f.type,
      summary: rule.describe(f),
      customerAction: cls.customerAction ?? rule.customerAction,
      notes: [...(cls.notes ?? [])],
      resource: rule.resource?.(f) ?? null,
      sample,
      dedupKey: `${f.id}@${updatedAt}`,
    };
    if (sample) alert.notes.push('GuardDuty sample finding (generated by CreateSampleFindings), not real activity.');
    return applyNoise(rule.id, rule.noisyWhen, f, alert);
  }

  function evaluate(record: IngestedRecord): Alert[] {
    const out: Alert[] = [];
    if (record.source === 'cloudtrail') {
      const e = record.event;
      const candidates = byName.get(e.eventName) ?? unindexed;
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i]!;
        try {
          if (!c.test(e)) continue;
          const alert = cloudTrailAlert(c.rule, e);
          if (alert) out.push(alert);
        } catch (err) {
          onRuleError(c.rule.id, err);
        }
      }
      return out;
    }
    const f = record.finding;
    for (const rule of guardduty) {
      try {
        if (rule.match && !rule.match(f)) continue;
        const alert = guardDutyAlert(rule, f);
        if (alert) out.push(alert);
      } catch (err) {
        onRuleError(rule.id, err);
      }
    }
    return out;
  }

  return { evaluate, rules: ruleList };
}

/** True when `rule` fires on `event` (what a rule's own cases assert). */
export function ruleFires(rule: Rule, event: CloudTrailEvent | GuardDutyFinding): boolean {
  const engine = createRuleEngine({ rules: [rule], onRuleError: (_id, err) => { throw err; } });
  const record: IngestedRecord =
    rule.source === 'cloudtrail'
      ? { source: 'cloudtrail', event: event as CloudTrailEvent }
      : { source: 'guardduty', finding: event as GuardDutyFinding };
  return engine.evaluate(record).length > 0;
}
