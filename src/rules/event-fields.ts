import { createHash } from 'node:crypto';
import type { CloudTrailEvent, GuardDutyFinding } from '../ingest/types.js';

/** Reads a nested property; undefined when any step is missing or not an object. */
export function getPath(value: unknown, ...path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A nested string property, or undefined. */
export function getString(value: unknown, ...path: readonly (string | number)[]): string | undefined {
  const v = getPath(value, ...path);
  return typeof v === 'string' ? v : undefined;
}

/** Arrays as CloudTrail writes them: a plain array, or `{ items: [...] }`. */
export function items(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const inner = getPath(value, 'items');
  return Array.isArray(inner) ? inner : [];
}

/** The call succeeded (CloudTrail writes errorCode only for failed calls). */
export function succeeded(e: CloudTrailEvent): boolean {
  return e.errorCode === undefined || e.errorCode === null || e.errorCode === '';
}

/** "root" for the root user, else the principal's ARN or the best identity named. */
export function actorOf(e: CloudTrailEvent): string | null {
  const id = e.userIdentity;
  if (!id || typeof id !== 'object') return null;
  if (id.type === 'Root') return 'root';
  return (
    getString(id, 'arn') ??
    getString(id, 'sessionContext', 'sessionIssuer', 'arn') ??
    getString(id, 'userName') ??
    getString(id, 'principalId') ??
    getString(id, 'invokedBy') ??
    null
  );
}

export function accountOf(e: CloudTrailEvent): string | null {
  return (typeof e.recipientAccountId === 'string' ? e.recipientAccountId : undefined) ?? getString(e.userIdentity, 'accountId') ?? null;
}

export function eventTimeOf(e: CloudTrailEvent): string | null {
  if (typeof e.eventTime === 'string') return e.eventTime;
  const ts = e['@timestamp'];
  return typeof ts === 'string' ? ts : null;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A stable id for a record that has no eventID: a hash of its canonical JSON. */
export function stableRecordId(record: unknown): string {
  return `sha256-${createHash('sha256').update(canonical(record)).digest('hex').slice(0, 32)}`;
}

export function cloudTrailEventId(e: CloudTrailEvent): string {
  return typeof e.eventID === 'string' && e.eventID !== '' ? e.eventID : stableRecordId(e);
}

/** GuardDuty's own sample flag (CreateSampleFindings sets service.additionalInfo.sample). */
export function isSampleFinding(f: GuardDutyFinding): boolean {
  const s = getPath(f.service, 'additionalInfo', 'sample');
  return s === true || s === 'true';
}

/** The remote IP GuardDuty names for the finding's action, if any. */
export function findingRemoteIp(f: GuardDutyFinding): string | null {
  const action = getPath(f.service, 'action');
  if (!action || typeof action !== 'object') return null;
  for (const a of Object.values(action as Record<string, unknown>)) {
    const ip = getString(a, 'remoteIpDetails', 'ipAddressV4') ?? getString(a, 'remoteIpDetails', 'ipAddressV6');
    if (ip) return ip;
  }
  return null;
}

/**
 * The principal a finding names, written as CloudTrail writes it for the same
 * identity (an IAM user's or an assumed-role session's ARN, "root"), so that
 * alerts from both sources name a principal alike; else the user name or
 * principal id GuardDuty gives.
 */
export function findingActor(f: GuardDutyFinding): string | null {
  const ak = getPath(f.resource, 'accessKeyDetails');
  const userName = getString(ak, 'userName');
  const principalId = getString(ak, 'principalId');
  const type = getString(ak, 'userType');
  const account = /^\d{12}$/.test(f.accountId) ? f.accountId : null;
  const partition = typeof f.partition === 'string' && /^aws[a-z-]*$/.test(f.partition) ? f.partition : 'aws';
  if (type === 'Root') return 'root';
  if (account && userName && !/[\s/]/.test(userName)) {
    if (type === 'IAMUser') return `arn:${partition}:iam::${account}:user/${userName}`;
    if (type === 'FederatedUser') return `arn:${partition}:sts::${account}:federated-user/${userName}`;
    if (type === 'AssumedRole') {
      // GuardDuty names the role in userName and the session after the colon of principalId.
      const session = principalId?.includes(':') ? principalId.slice(principalId.indexOf(':') + 1) : '';
      return session ? `arn:${partition}:sts::${account}:assumed-role/${userName}/${session}` : `arn:${partition}:iam::${account}:role/${userName}`;
    }
  }
  return userName ?? principalId ?? null;
}
