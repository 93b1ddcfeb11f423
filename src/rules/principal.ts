import type { CloudTrailEvent } from '../ingest/types.js';
import { accountOf, actorOf, getString } from './event-fields.js';

/**
 * One principal, however an event or a finding names it: an IAM user, a role
 * (every session of it, except IAM Identity Center sessions, whose session
 * name is the person), the root user, a federated user, an AWS service, or an
 * access key when nothing else is known. Keys look like
 * `123456789012:user/alice`, `123456789012:role/Admin`,
 * `123456789012:role/AWSReservedSSO_Admin_0123/bob@example.com`,
 * `123456789012:root`, `service:lambda.amazonaws.com`, `access-key:AKIA…`.
 */
export type PrincipalKey = string;

const arnPattern = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}):(.+)$/;

/** The principal a principal ARN (or "root") names, with the account to use when the ARN has none. */
export function principalFromArn(actor: string, account: string | null): PrincipalKey | null {
  if (actor === 'root') return account ? `${account}:root` : null;
  const m = arnPattern.exec(actor);
  if (!m) return null;
  const [, service, acct, resource] = m as unknown as [string, string, string, string];
  if (resource === 'root') return `${acct}:root`;
  const [kind, ...rest] = resource.split('/');
  if (service === 'sts' && kind === 'assumed-role' && rest.length >= 2) {
    const role = rest[0]!;
    const session = rest.slice(1).join('/');
    return role.startsWith('AWSReservedSSO_') ? `${acct}:role/${role}/${session}` : `${acct}:role/${role}`;
  }
  // IAM names are unique in an account whatever their path: the last segment is the name.
  if (kind === 'user' || kind === 'role') return rest.length > 0 ? `${acct}:${kind}/${rest[rest.length - 1]!}` : null;
  if (service === 'sts' && kind === 'federated-user' && rest.length > 0) return `${acct}:federated-user/${rest.join('/')}`;
  return null;
}

/**
 * The principal an alert is about, so that a GuardDuty finding and a
 * CloudTrail alert about the same user, role or key can be put together.
 * Reads only the alert's `actor`, `account`, `source` and `resource`: pure.
 */
export function principalKey(alert: { actor: string | null; account: string | null; resource?: string | null; source?: string }): PrincipalKey | null {
  const actor = alert.actor;
  if (actor) {
    const fromArn = principalFromArn(actor, alert.account);
    if (fromArn) return fromArn;
    if (/^[a-z0-9-]+\.amazonaws\.com$/.test(actor)) return `service:${actor}`;
    if (/^(AKIA|ASIA)[A-Z0-9]{12,}$/.test(actor)) return `access-key:${actor}`;
  }
  // A finding that names only an access key.
  if (alert.source === 'guardduty' && alert.resource && /^(AKIA|ASIA)[A-Z0-9]{12,}$/.test(alert.resource)) return `access-key:${alert.resource}`;
  return null;
}

/** The principal that made a CloudTrail call (the same keys as principalKey gives for its alerts). */
export function eventPrincipal(e: CloudTrailEvent): PrincipalKey | null {
  const actor = actorOf(e);
  const account = accountOf(e);
  if (actor) {
    const key = principalKey({ actor, account });
    if (key) return key;
  }
  const accessKey = getString(e.userIdentity, 'accessKeyId');
  return accessKey ? `access-key:${accessKey}` : null;
}

/**
 * The EC2 instance whose role credentials made the call, as `<role ARN>/<instance id>`:
 * an assumed-role session named after an instance id, which is how the instance
 * metadata service names the sessions it hands out (with `ec2RoleDelivery` set).
 */
export function ec2InstanceSession(e: CloudTrailEvent): string | null {
  const id = e.userIdentity;
  if (!id || id.type !== 'AssumedRole') return null;
  const arn = id.arn;
  if (typeof arn !== 'string') return null;
  // Runs on every call: the session name must start with "i-" before the regex is tried.
  const slash = arn.lastIndexOf('/');
  if (arn.charCodeAt(slash + 1) !== 105 || arn.charCodeAt(slash + 2) !== 45) return null;
  const m = /^arn:aws[a-z-]*:sts::(\d{12}):assumed-role\/([^/]+)\/(i-[0-9a-fA-F]{8,17})$/.exec(arn);
  return m ? `${m[1]}:role/${m[2]}/${m[3]}` : null;
}
