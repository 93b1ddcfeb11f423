import type { CloudTrailEvent, EventSourceKind, GuardDutyFinding, IngestedRecord, RecordOrigin, SkippedRecord } from './types.js';

/**
 * The edge where raw JSON becomes a CloudTrailEvent or a GuardDutyFinding.
 * Only the fields srm relies on are checked; every other field is kept as is.
 * A reason names the field and what is wrong with it, for the replay summary.
 */

export type CloudTrailParse = { ok: true; event: CloudTrailEvent } | { ok: false; reason: string };
export type GuardDutyParse = { ok: true; finding: GuardDutyFinding } | { ok: false; reason: string };

/** Deeper values are refused: recursive code downstream must not blow the stack. */
export const MAX_DEPTH = 256;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a parsed JSON value nests deeper than `limit` (objects and arrays count one level each). */
export function exceedsDepth(value: unknown, limit = MAX_DEPTH): boolean {
  return typeof value === 'object' && value !== null && deeper(value, limit);
}

// Recursion stops at `remaining` = 0, so the stack never grows past `limit` frames.
function deeper(v: object, remaining: number): boolean {
  if (remaining === 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null && deeper(x, remaining - 1)) return true;
    }
    return false;
  }
  for (const key in v) {
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === 'object' && x !== null && deeper(x, remaining - 1)) return true;
  }
  return false;
}

/**
 * The checks of the zod schemas in record-schemas.ts, without zod and without copying: replay parses
 * millions of records, and a valid one (nearly all) is returned as it is.
 * The zod schemas stay the definition (the job payloads use them); a test
 * holds the verdicts and the reasons here in agreement with them.
 */
type FieldKind = 'string' | 'number' | 'object' | 'objectOrNull';
const cloudTrailFields: ReadonlyArray<readonly [string, FieldKind, boolean]> = [
  ['eventSource', 'string', true],
  ['eventName', 'string', true],
  ['eventID', 'string', false],
  ['eventTime', 'string', false],
  ['eventVersion', 'string', false],
  ['eventType', 'string', false],
  ['awsRegion', 'string', false],
  ['recipientAccountId', 'string', false],
  ['sourceIPAddress', 'string', false],
  ['userAgent', 'string', false],
  ['errorCode', 'string', false],
  ['errorMessage', 'string', false],
  ['userIdentity', 'object', false],
  ['requestParameters', 'objectOrNull', false],
  ['responseElements', 'objectOrNull', false],
  ['additionalEventData', 'objectOrNull', false],
];
const guardDutyFields: ReadonlyArray<readonly [string, FieldKind, boolean]> = [
  ['id', 'string', true],
  ['type', 'string', true],
  ['severity', 'number', true],
  ['accountId', 'string', true],
  ['region', 'string', true],
  ['arn', 'string', false],
  ['title', 'string', false],
  ['description', 'string', false],
  ['createdAt', 'string', false],
  ['updatedAt', 'string', false],
  ['partition', 'string', false],
  ['schemaVersion', 'string', false],
  ['resource', 'object', false],
  ['service', 'object', false],
];

export function quickValid(value: Record<string, unknown>, fields: ReadonlyArray<readonly [string, FieldKind, boolean]>): boolean {
  for (const [key, kind, required] of fields) {
    const v = value[key];
    if (v === undefined) {
      if (required) return false;
      continue;
    }
    switch (kind) {
      case 'string':
        if (typeof v !== 'string') return false;
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) return false;
        break;
      case 'object':
        if (!isPlainObject(v)) return false;
        break;
      case 'objectOrNull':
        if (v !== null && !isPlainObject(v)) return false;
        break;
    }
  }
  return true;
}
export const quickValidCloudTrail = (v: Record<string, unknown>): boolean => quickValid(v, cloudTrailFields);

/** What is wrong with the record, as the zod schemas (record-schemas.ts) say it: the first three fields in error. */
export function invalidReason(value: Record<string, unknown>, fields: ReadonlyArray<readonly [string, FieldKind, boolean]>): string {
  const messages: string[] = [];
  for (const [key, kind, required] of fields) {
    if (messages.length === 3) break;
    const v = value[key];
    if (v === undefined) {
      if (required) messages.push(`${key} is required`);
      continue;
    }
    switch (kind) {
      case 'string':
        if (typeof v !== 'string') messages.push(`${key} must be a string`);
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) messages.push(`${key} must be a number`);
        break;
      case 'object':
        if (!isPlainObject(v)) messages.push(`${key} must be an object`);
        break;
      case 'objectOrNull':
        if (v !== null && !isPlainObject(v)) messages.push(`${key} must be an object or null`);
        break;
    }
  }
  return messages.join('; ');
}
export const cloudTrailReason = (v: Record<string, unknown>): string => invalidReason(v, cloudTrailFields);
export const guardDutyReason = (v: Record<string, unknown>): string => invalidReason(v, guardDutyFields);
export const quickValidGuardDuty = (v: Record<string, unknown>): boolean => quickValid(v, guardDutyFields);

/** Validates a CloudTrail record; a valid record is returned as it is (not copied). */
export function parseCloudTrailEvent(value: unknown): CloudTrailParse {
  if (!isPlainObject(value)) return { ok: false, reason: 'CloudTrail event must be a JSON object' };
  if (!quickValid(value, cloudTrailFields)) return { ok: false, reason: invalidReason(value, cloudTrailFields) };
  let event = value as CloudTrailEvent;
  // Logstash-shipped records (OTRF) carry the time as @timestamp.
  if (event.eventTime === undefined && typeof event['@timestamp'] === 'string') event = { ...event, eventTime: event['@timestamp'] };
  return { ok: true, event };
}

/** "AccountId" -> "accountId", "ECSClusterDetails" -> "ecsClusterDetails", "ID" -> "id" (how the API names them). */
export function camelKey(key: string): string {
  let upper = 0;
  while (upper < key.length && key[upper]! >= 'A' && key[upper]! <= 'Z') upper++;
  if (upper === 0) return key;
  if (upper === 1 || upper === key.length) return key.slice(0, upper).toLowerCase() + key.slice(upper);
  const next = key[upper]!;
  // An acronym followed by a word: the last capital starts that word.
  const keep = next >= 'a' && next <= 'z' ? upper - 1 : upper;
  return key.slice(0, keep).toLowerCase() + key.slice(keep);
}

/** Converts PascalCase keys (AWS CLI, SDK v3) to the API's camelCase, recursively. */
export function camelizeKeys(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new RangeError(`nesting deeper than ${MAX_DEPTH}`);
  if (Array.isArray(value)) return value.map((v) => camelizeKeys(v, depth + 1));
  // Only plain data: a Date or other class instance from an SDK is kept as it is.
  if (!isPlainObject(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[camelKey(k)] = camelizeKeys(v, depth + 1);
  return out;
}

function looksPascalFinding(value: Record<string, unknown>): boolean {
  return 'Id' in value && !('id' in value) && ('Type' in value || 'Severity' in value);
}

/** GetFindings returns additionalInfo as {value: "<json>", type}; events carry the fields inline (e.g. sample). */
function inlineAdditionalInfo(finding: GuardDutyFinding): GuardDutyFinding {
  const service = finding.service;
  if (!service) return finding;
  const info = service['additionalInfo'];
  if (!isPlainObject(info) || typeof info['value'] !== 'string') return finding;
  try {
    const inner: unknown = JSON.parse(info['value']);
    // A copy: the caller's object is not changed.
    if (isPlainObject(inner)) return { ...finding, service: { ...service, additionalInfo: { ...inner, ...info } } };
  } catch {
    // Not JSON: left as the API gave it.
  }
  return finding;
}

export function parseGuardDutyFinding(value: unknown): GuardDutyParse {
  if (!isPlainObject(value)) return { ok: false, reason: 'GuardDuty finding must be a JSON object' };
  let input: unknown = value;
  if (looksPascalFinding(value)) {
    try {
      input = camelizeKeys(value);
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
  }
  if (!isPlainObject(input)) return { ok: false, reason: 'GuardDuty finding must be a JSON object' };
  if (!quickValid(input, guardDutyFields)) return { ok: false, reason: invalidReason(input, guardDutyFields) };
  let finding = input as GuardDutyFinding;
  finding = inlineAdditionalInfo(finding);
  return { ok: true, finding };
}

export const cloudTrailDetailTypes = new Set([
  'AWS API Call via CloudTrail',
  'AWS Console Sign In via CloudTrail',
  'AWS Service Event via CloudTrail',
]);
export const guardDutyDetailType = 'GuardDuty Finding';

export function isSkipped(r: IngestedRecord | SkippedRecord): r is SkippedRecord {
  return 'reason' in r;
}

function skip(reason: string, origin?: RecordOrigin): SkippedRecord {
  return origin ? { reason, origin } : { reason };
}

function cloudTrail(value: unknown, origin?: RecordOrigin, prefix = ''): IngestedRecord | SkippedRecord {
  const r = parseCloudTrailEvent(value);
  if (!r.ok) return skip(prefix + r.reason, origin);
  return origin ? { source: 'cloudtrail', event: r.event, origin } : { source: 'cloudtrail', event: r.event };
}

function guardDuty(value: unknown, origin?: RecordOrigin, prefix = ''): IngestedRecord | SkippedRecord {
  const r = parseGuardDutyFinding(value);
  if (!r.ok) return skip(prefix + r.reason, origin);
  return origin ? { source: 'guardduty', finding: r.finding, origin } : { source: 'guardduty', finding: r.finding };
}

function looksLikeFinding(v: Record<string, unknown>): boolean {
  if (looksPascalFinding(v)) return true;
  return 'id' in v && 'type' in v && ('severity' in v || 'accountId' in v || 'schemaVersion' in v);
}

function looksLikeCloudTrail(v: Record<string, unknown>): boolean {
  return 'eventSource' in v || 'eventName' in v;
}

/** An EventBridge envelope: fills a finding's account and region from it when the finding lacks them. */
function unwrapEnvelope(v: Record<string, unknown>, origin?: RecordOrigin): IngestedRecord | SkippedRecord {
  const detailType = v['detail-type'];
  const detail = v['detail'];
  if (detailType !== undefined && typeof detailType !== 'string') return skip('detail-type must be a string', origin);
  if (!isPlainObject(detail)) return skip('EventBridge detail must be an object', origin);
  const isFinding = detailType === guardDutyDetailType || (detailType === undefined && looksLikeFinding(detail));
  if (isFinding) {
    const filled: Record<string, unknown> = { ...detail };
    if (filled['accountId'] === undefined && typeof v['account'] === 'string') filled['accountId'] = v['account'];
    if (filled['region'] === undefined && typeof v['region'] === 'string') filled['region'] = v['region'];
    return guardDuty(filled, origin, 'detail: ');
  }
  if ((detailType !== undefined && cloudTrailDetailTypes.has(detailType)) || (detailType === undefined && looksLikeCloudTrail(detail))) {
    return cloudTrail(detail, origin, 'detail: ');
  }
  return skip(`unsupported EventBridge detail-type ${JSON.stringify(String(detailType ?? '(none)')).slice(0, 120)}`, origin);
}

/**
 * Recognises one record: a CloudTrail event, a GuardDuty finding (camelCase or
 * PascalCase), an EventBridge envelope of either, or a `lookup-events` entry.
 * `expected` (the record sat under `Records` or `findings`) gives a precise
 * reason when the record is neither.
 */
export function classifyRecord(value: unknown, origin?: RecordOrigin, expected?: EventSourceKind): IngestedRecord | SkippedRecord {
  if (!isPlainObject(value)) return skip(`record must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, origin);
  if ('detail-type' in value || ('detail' in value && isPlainObject(value['detail']) && !looksLikeCloudTrail(value))) {
    return unwrapEnvelope(value, origin);
  }
  if ('CloudTrailEvent' in value) {
    const raw = value['CloudTrailEvent'];
    if (typeof raw !== 'string') return skip('CloudTrailEvent must be a JSON string', origin);
    let inner: unknown;
    try {
      inner = JSON.parse(raw);
    } catch {
      return skip('CloudTrailEvent is not valid JSON', origin);
    }
    if (exceedsDepth(inner)) return skip(`CloudTrailEvent nesting deeper than ${MAX_DEPTH}`, origin);
    return cloudTrail(inner, origin, 'CloudTrailEvent: ');
  }
  if (looksLikeCloudTrail(value)) return cloudTrail(value, origin);
  if (looksLikeFinding(value)) return guardDuty(value, origin);
  if (expected === 'cloudtrail') return cloudTrail(value, origin);
  if (expected === 'guardduty') return guardDuty(value, origin);
  return skip('not a CloudTrail event, GuardDuty finding or EventBridge envelope', origin);
}
