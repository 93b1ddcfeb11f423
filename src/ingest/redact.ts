import type { IngestedRecord } from './types.js';

/**
 * Field names whose values are secrets. CloudTrail logs AssumeRole,
 * GetSessionToken and GetFederationToken responses with the new session's
 * `credentials.sessionToken`; a record must not carry it into Redis job
 * payloads, logs or Slack. Key ids (`accessKeyId`) are identifiers, not
 * secrets, and rules need them.
 */
const secretKeys = new Set(['sessiontoken', 'secretaccesskey', 'password', 'newpassword', 'oldpassword', 'privatekey', 'clientsecret']);

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
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const s = secretKeys.has(k.toLowerCase()) && v !== null && v !== undefined ? redacted : scrub(v, depth + 1);
    if (s !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = s;
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
