import { severityRank, type Alert, type Severity } from '../rules/types.js';
import type { StoredOffer } from './alert-schema.js';

/**
 * What one rule said about a record. The record's own fields (eventId,
 * account, actor, time …) are the event alert's; these are the rule's.
 */
export interface RuleMatch {
  rule: string;
  title: string;
  severity: Severity;
  area: string;
  controls: string[];
  /** MITRE ATT&CK technique ids the rule names (may be empty). */
  attack: string[];
  summary: string;
  customerAction: string;
  notes: string[];
  resource: string | null;
  noise?: string[];
}

/**
 * One record (CloudTrail event, GuardDuty finding, failing check result) as
 * ONE message: every rule it matched, highest severity first. The Alert
 * fields are the lead rule's (rules[0]: the highest severity, the catalogue's
 * order breaking ties), so routing, flood control, threads and digests key on
 * the lead rule; `severity` is the highest, `controls`, `notes` and
 * `attack` the union of every rule's.
 */
export interface EventAlert extends Alert {
  rules: RuleMatch[];
  /** Every rule's ATT&CK techniques (may be empty). */
  attack: string[];
  /** Remediations offered for this record (targets computed from the record, never from Slack input). */
  remediations?: StoredOffer[];
}

/** The rule's own part of a per-rule Alert. */
export function ruleMatchOf(alert: Alert): RuleMatch {
  return {
    rule: alert.rule,
    title: alert.title,
    severity: alert.severity,
    area: alert.area,
    controls: [...alert.controls],
    // an alert from an older payload may lack it
    attack: [...(alert.attack ?? [])],
    summary: alert.summary,
    customerAction: alert.customerAction,
    notes: [...alert.notes],
    resource: alert.resource,
    ...(alert.noise?.length ? { noise: [...alert.noise] } : {}),
  };
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Highest severity first; the order the rules came in breaks ties (a stable sort). */
function bySeverity(rules: readonly RuleMatch[]): RuleMatch[] {
  return [...rules].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

/**
 * Folds the per-rule alerts of ONE record into its event alert; undefined
 * when there are none. Every alert must come from the same record.
 */
export function buildEventAlert(alerts: readonly Alert[], remediations?: readonly StoredOffer[]): EventAlert | undefined {
  const first = alerts[0];
  if (!first) return undefined;
  const other = alerts.find((a) => a.dedupKey !== first.dedupKey || a.source !== first.source);
  if (other) throw new Error(`alerts of different records cannot be one message: ${first.dedupKey} and ${other.dedupKey}`);
  const rules = bySeverity(alerts.map(ruleMatchOf));
  return fromRules(first, rules, remediations ?? (first as Partial<EventAlert>).remediations);
}

function fromRules(record: Alert, rules: RuleMatch[], remediations: readonly StoredOffer[] | undefined): EventAlert {
  const lead = rules[0]!;
  const attack = unique(rules.flatMap((r) => r.attack ?? []));
  const noise = unique(rules.flatMap((r) => r.noise ?? []));
  const event: EventAlert = {
    eventId: record.eventId,
    source: record.source,
    rule: lead.rule,
    title: lead.title,
    severity: lead.severity,
    area: lead.area,
    controls: unique(rules.flatMap((r) => r.controls)),
    account: record.account,
    region: record.region,
    actor: record.actor,
    sourceIp: record.sourceIp,
    time: record.time,
    eventName: record.eventName,
    summary: lead.summary,
    customerAction: lead.customerAction,
    notes: unique(rules.flatMap((r) => r.notes)),
    resource: lead.resource ?? rules.find((r) => r.resource !== null)?.resource ?? null,
    sample: record.sample,
    dedupKey: record.dedupKey,
    rules,
    attack,
    ...(noise.length ? { noise } : {}),
    ...(remediations?.length ? { remediations: [...remediations] } : {}),
  };
  return event;
}

/** Any alert as an event alert: a per-rule Alert (a check that newly fails) becomes an event of one rule. */
export function asEventAlert(alert: Alert | EventAlert): EventAlert {
  if ('rules' in alert && Array.isArray(alert.rules) && alert.rules.length > 0) return alert;
  return fromRules(alert, [ruleMatchOf(alert)], (alert as Partial<EventAlert>).remediations);
}

/** The per-rule alerts an event alert stands for (the record's fields with each rule's own). */
export function ruleAlerts(event: EventAlert): Alert[] {
  return event.rules.map((r) => {
    const { rules: _rules, remediations: _remediations, noise: _noise, ...record } = event;
    const { noise, ...rest } = r;
    return { ...record, ...rest, ...(noise ? { noise } : {}) };
  });
}

/**
 * The event alert with only some of its rules (after suppressions,
 * downgrades and snoozes), regrouped: its lead may change. Undefined when no
 * rule is left.
 */
export function withRules(event: EventAlert, rules: readonly RuleMatch[]): EventAlert | undefined {
  if (rules.length === 0) return undefined;
  return fromRules(event, bySeverity(rules), event.remediations);
}
