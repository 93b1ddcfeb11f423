import type { IngestedRecord } from './types.js';

/**
 * Field names whose values are secrets. CloudTrail logs AssumeRole,
 * GetSessionToken and GetFederationToken responses with the new session's
 * `credentials.sessionToken`; a record must not carry it into Redis job
 * payloads, logs or Slack. Key ids (`accessKeyId`) are identifiers, not
 * secrets, and rules need them.
 */
const secretKeys = new Set(['sessiontoken', 'secretaccesskey', 'password', 'newpassword', 'oldpassword', 'privatekey', 'clientsecret']);

/** Lengths of those names: most keys are ruled out without lower-casing them. */
const secretKeyLengths = new Set([...secretKeys].map((k) => k.length));

export const redacted = '[redacted]';

function scrub(value: unknown, depth: number): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      const s = scrub(v, depth + 1);
      if (s !== v) (out ??= [...value])[i] = s;
    });
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  const obj = value as Record<string, unknown>;
  // for…in over own keys (JSON data has no inherited ones): no entries array per object on the submit path.
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    const v = obj[k];
    const s = v !== null && v !== undefined && secretKeyLengths.has(k.length) && secretKeys.has(k.toLowerCase()) ? redacted : scrub(v, depth + 1);
    if (s !== v) (out ??= { ...obj })[k] = s;
  }
  return out ?? value;
}

/** The record with every secret-named field replaced by "[redacted]" (copied only where something changed). */
export function redactRecordSecrets(record: IngestedRecord): IngestedRecord {
  if (record.source === 'cloudtrail') {
    const event = scrub(record.event, 0) as typeof record.event;
    return event === record.event ? record : { ...record, event };
  }
  const finding = scrub(record.finding, 0) as typeof record.finding;
  return finding === record.finding ? record : { ...record, finding };
}
