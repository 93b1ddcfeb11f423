import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../ingest/types.js';
import { rules as catalogue } from '../../rules/index.js';
import type { CloudTrailRule, GuardDutyRule, NoisyCondition, Rule, RuleClassification, RuleState, StateOutcome } from './define-rule.js';
import { parseDuration, type RuleTuning } from './duration.js';
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
import { createMemoryRuleState, type ObserveRequest, type ObserveResult, type RuleStateStore } from './state.js';
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
  /** Window and threshold overrides of stateful rules, by rule id (config `rules:`). */
  tuning?: RuleTuning;
  /**
   * Where stateful rules keep their windows. Default: in memory, for the
   * engine's life (replay); the live pipeline passes the Redis store and
   * calls evaluateAsync.
   */
  state?: RuleStateStore;
  /** Called when a rule throws on a record (the rule is skipped for that record). */
  onRuleError?(ruleId: string, err: unknown): void;
}

export interface RuleEngine {
  /** Every rule on one record. Stateful rules need a synchronous state store (the default in-memory one). */
  evaluate(record: IngestedRecord): Alert[];
  /** Every rule on one record, awaiting the state store (the Redis one). */
  evaluateAsync(record: IngestedRecord): Promise<Alert[]>;
  readonly rules: readonly Rule[];
}

interface CompiledState {
  spec: RuleState<CloudTrailEvent>;
  windowMs: number;
  threshold: number;
}

interface CompiledCloudTrail {
  order: number;
  rule: CloudTrailRule;
  test(e: CloudTrailEvent): boolean;
  state: CompiledState | null;
}

/** How many known values a first-seen rule is shown. */
const knownLimit = 50;
/** Observations remembered as quiet (see `quiet` in createRuleEngine). */
const quietEntries = 10_000;

/** Throws on an override for a rule that does not exist or has no window (a config mistake). */
function compileState(rule: CloudTrailRule, tuning: RuleTuning | undefined): CompiledState | null {
  const override = tuning?.[rule.id];
  if (!rule.state) {
    if (override) throw new Error(`rules.${rule.id}: this rule keeps no window; only stateful rules take a window or threshold`);
    return null;
  }
  if (override?.threshold !== undefined && rule.state.kind !== 'count') {
    throw new Error(`rules.${rule.id}.threshold: this rule is a first-seen rule; it takes a window only`);
  }
  const windowSeconds = override?.window ?? parseDuration(rule.state.window);
  const threshold = rule.state.kind === 'count' ? (override?.threshold ?? rule.state.threshold) : 1;
  return { spec: rule.state, windowMs: windowSeconds * 1000, threshold };
}

function asSet(v: string | readonly string[] | undefined): Set<string> | null {
  if (v === undefined) return null;
  return new Set(typeof v === 'string' ? [v] : v);
}

function compileCloudTrail(rule: CloudTrailRule, order: number, tuning: RuleTuning | undefined): { compiled: CompiledCloudTrail; names: Set<string> | null } {
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
  return { compiled: { order, rule, test, state: compileState(rule, tuning) }, names };
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
  const store = options.state ?? createMemoryRuleState();
  for (const id of Object.keys(options.tuning ?? {})) {
    if (!ruleList.some((r) => r.id === id)) throw new Error(`rules.${id}: no such rule`);
  }

  const unindexed: CompiledCloudTrail[] = [];
  const byName = new Map<string, CompiledCloudTrail[]>();
  const guardduty: GuardDutyRule[] = [];
  ruleList.forEach((rule, order) => {
    if (rule.source === 'guardduty') {
      if (options.tuning?.[rule.id]) throw new Error(`rules.${rule.id}: this rule keeps no window; only stateful rules take a window or threshold`);
      guardduty.push(rule);
      return;
    }
    const { compiled, names } = compileCloudTrail(rule, order, options.tuning);
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

  function cloudTrailAlert(rule: CloudTrailRule, e: CloudTrailEvent, outcome?: StateOutcome): Alert | null {
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
      attack: [...(cls.attack ?? rule.attack)],
      account: accountOf(e),
      region: typeof e.awsRegion === 'string' ? e.awsRegion : null,
      actor: actorOf(e),
      sourceIp: typeof e.sourceIPAddress === 'string' ? e.sourceIPAddress : null,
      time: eventTimeOf(e),
      eventName: e.eventName,
      summary: rule.describe(e, outcome),
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
      attack: [...(cls.attack ?? rule.attack)],
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

  function stateRequest(c: CompiledCloudTrail & { state: CompiledState }, e: CloudTrailEvent): ObserveRequest | null {
    const key = c.state.spec.key(e);
    if (!key) return null;
    const spec = c.state.spec;
    const raw = spec.values(e);
    // Most rules give one value per event: no set needed.
    const values = raw.length === 1 ? (raw[0] ? [raw[0]] : []) : [...new Set(raw)].filter((v) => v !== '');
    if (values.length === 0) return null;
    const parsed = Date.parse(eventTimeOf(e) ?? '');
    const request: ObserveRequest = {
      rule: c.rule.id,
      key,
      eventId: cloudTrailEventId(e),
      values,
      timeMs: Number.isNaN(parsed) ? Date.now() : parsed,
      windowMs: c.state.windowMs,
      knownLimit: spec.kind === 'first-seen' ? knownLimit : 0,
    };
    if (spec.kind === 'first-seen' && spec.alerts && !spec.alerts(e)) request.teachOnly = true;
    return request;
  }

  /**
   * Observations that fired nothing, by rule, key and values, with their event
   * time. The same key and values again within a tenth of the window (at most
   * a minute) cannot fire either (nothing new is added), so the store is not
   * asked: most calls repeat what the window already holds, and in the live
   * pipeline each question is a Redis round trip (an in-memory store answers
   * as fast as this cache, so it is used only with an asynchronous store). An
   * observation that fired is never remembered here, so a retried event asks
   * the store and fires again.
   */
  const quiet = new Map<string, number>();
  const quietKey = (r: ObserveRequest) => `${r.rule}\0${r.key}\0${r.values.join('\0')}`;
  function isQuiet(r: ObserveRequest): boolean {
    if (store.sync) return false;
    const t = quiet.get(quietKey(r));
    return t !== undefined && Math.abs(r.timeMs - t) <= Math.min(60_000, r.windowMs / 10);
  }
  function rememberQuiet(r: ObserveRequest): void {
    if (store.sync) return;
    const k = quietKey(r);
    quiet.delete(k);
    quiet.set(k, r.timeMs);
    if (quiet.size > quietEntries) quiet.delete(quiet.keys().next().value as string);
  }

  /** The window's verdict for the event that was observed: an outcome when the rule fires. */
  function decide(c: CompiledCloudTrail & { state: CompiledState }, e: CloudTrailEvent, key: string, r: ObserveResult): StateOutcome | null {
    const { spec, threshold, windowMs } = c.state;
    let fires: boolean;
    if (spec.kind === 'count') fires = r.before < threshold && r.after >= threshold;
    else fires = r.added.length > 0 && (spec.alerts?.(e) ?? true) && (spec.baseline ? spec.baseline(r.known) : r.before > 0);
    if (!fires) return null;
    return { kind: spec.kind, key, count: r.after, threshold, windowSeconds: windowMs / 1000, added: r.added, known: r.known };
  }

  type Step = { done: Alert | null } | { pending: CompiledCloudTrail & { state: CompiledState }; request: ObserveRequest };

  /** One candidate rule on one event: an alert (or none), or a window to consult first. */
  function step(c: CompiledCloudTrail, e: CloudTrailEvent): Step {
    if (!c.test(e)) return { done: null };
    if (!c.state) return { done: cloudTrailAlert(c.rule, e) };
    const withState = c as CompiledCloudTrail & { state: CompiledState };
    const request = stateRequest(withState, e);
    return request ? { pending: withState, request } : { done: null };
  }

  function afterState(c: CompiledCloudTrail & { state: CompiledState }, e: CloudTrailEvent, request: ObserveRequest, result: ObserveResult): Alert | null {
    const outcome = decide(c, e, request.key, result);
    if (!outcome) {
      rememberQuiet(request);
      return null;
    }
    return cloudTrailAlert(c.rule, e, outcome);
  }

  function evaluateGuardDuty(f: GuardDutyFinding): Alert[] {
    const out: Alert[] = [];
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

  type Pending = { slot: number; c: CompiledCloudTrail & { state: CompiledState }; request: ObserveRequest };

  /**
   * Every candidate rule on one event: alerts of plain rules in their slots,
   * and the window questions of stateful rules (with the slot their alert
   * goes to, so alerts keep catalogue order), for the sync or async caller to
   * ask the store.
   */
  function firstPass(e: CloudTrailEvent): { slots: (Alert | null)[]; pending: Pending[] } {
    const slots: (Alert | null)[] = [];
    const pending: Pending[] = [];
    const list = byName.get(e.eventName) ?? unindexed;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      try {
        const s = step(c, e);
        if ('done' in s) {
          if (s.done) slots.push(s.done);
        } else if (!isQuiet(s.request)) {
          pending.push({ slot: slots.length, c: s.pending, request: s.request });
          slots.push(null);
        }
      } catch (err) {
        onRuleError(c.rule.id, err);
      }
    }
    return { slots, pending };
  }

  function settle(e: CloudTrailEvent, slots: (Alert | null)[], p: Pending, result: ObserveResult | null): void {
    if (!result) return;
    try {
      slots[p.slot] = afterState(p.c, e, p.request, result);
    } catch (err) {
      onRuleError(p.c.rule.id, err);
    }
  }

  const filled = (slots: (Alert | null)[]): Alert[] => slots.filter((a): a is Alert => a !== null);

  function evaluate(record: IngestedRecord): Alert[] {
    if (record.source === 'guardduty') return evaluateGuardDuty(record.finding);
    const e = record.event;
    const { slots, pending } = firstPass(e);
    for (const p of pending) {
      if (store.sync) settle(e, slots, p, store.observe(p.request) as ObserveResult);
      else onRuleError(p.c.rule.id, new Error('a stateful rule needs evaluateAsync with an asynchronous state store'));
    }
    return pending.length === 0 ? (slots as Alert[]) : filled(slots);
  }

  async function evaluateAsync(record: IngestedRecord): Promise<Alert[]> {
    if (record.source === 'guardduty') return evaluateGuardDuty(record.finding);
    const e = record.event;
    const { slots, pending } = firstPass(e);
    // A store that cannot answer (Redis down) rejects, so the job fails and is retried.
    for (const p of pending) settle(e, slots, p, await store.observe(p.request));
    return filled(slots);
  }

  return { evaluate, evaluateAsync, rules: ruleList };
}

/** A record for a rule's own source. */
function recordFor(rule: Rule, event: CloudTrailEvent | GuardDutyFinding): IngestedRecord {
  return rule.source === 'cloudtrail' ? { source: 'cloudtrail', event: event as CloudTrailEvent } : { source: 'guardduty', finding: event as GuardDutyFinding };
}

/**
 * True when `rule` fires on `event` (what a rule's own cases assert), after
 * the `before` events went through the same engine (a stateful rule's window).
 */
export function ruleFires(rule: Rule, event: CloudTrailEvent | GuardDutyFinding, before: readonly (CloudTrailEvent | GuardDutyFinding)[] = []): boolean {
  const engine = createRuleEngine({ rules: [rule], onRuleError: (_id, err) => { throw err; } });
  for (const b of before) engine.evaluate(recordFor(rule, b));
  return engine.evaluate(recordFor(rule, event)).length > 0;
}
