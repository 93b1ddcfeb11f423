import { isPublicAddress } from '../src/rules/addresses.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, exampleTime, identities, instanceRoleIdentity } from '../src/rules/example-event.js';
import { ec2InstanceSession } from '../src/rules/principal.js';

/** What an address was used by: an instance's role credentials, or an IAM user's long-term keys. */
function usedBy(e: Parameters<typeof ec2InstanceSession>[0]): string {
  const instance = ec2InstanceSession(e);
  if (instance) return `instance:${instance}`;
  // An IAM user's ARN names it already (this runs on every IAM user call: no normalising).
  return `user:${getString(e.userIdentity, 'arn') ?? getString(e.userIdentity, 'accessKeyId') ?? '?'}`;
}

const asInstance = (ip: string, minute: number, instance = 'i-0123456789abcdef0') =>
  exampleEvent({ eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', readOnly: true, sourceIPAddress: ip, eventTime: exampleTime(minute), userIdentity: instanceRoleIdentity('web', instance) });
const asUser = (ip: string, minute: number) =>
  exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'SendCommand', sourceIPAddress: ip, eventTime: exampleTime(minute), requestParameters: { documentName: 'AWS-RunShellScript', instanceIds: ['i-0123456789abcdef0'] } });

export const cloudtrailEc2InstanceCredentialsUserIp = defineRule({
  id: 'cloudtrail-ec2-instance-credentials-user-ip',
  title: 'EC2 instance credentials used from an IAM user\'s address',
  source: 'cloudtrail',
  severity: 'high',
  area: 'iam',
  controls: [],
  attack: ['T1552.005', 'T1078.004'],
  guardduty: ['UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS', 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS'],
  falsePositives: [
    'An instance that also holds an IAM user\'s access keys (itself worth fixing: use the role).',
    'Instances and a workstation or CI runner with user keys behind the same NAT address.',
  ],
  tuning: 'rules.cloudtrail-ec2-instance-credentials-user-ip.window; suppressions by actor (the instance role)',
  // Instance role sessions and IAM users (long-term keys), from public addresses only.
  match: (e) => (getString(e.userIdentity, 'type') === 'IAMUser' || ec2InstanceSession(e) !== null) && isPublicAddress(e.sourceIPAddress),
  state: {
    kind: 'first-seen',
    window: '1h',
    key: (e) => e.sourceIPAddress ?? null,
    values: (e) => [usedBy(e)],
    // IAM users' calls only teach the window which addresses they came from.
    alerts: (e) => ec2InstanceSession(e) !== null,
    baseline: (known) => known.some((v) => v.startsWith('user:')),
  },
  description:
    "An EC2 instance's role credentials were used from an address that IAM user access keys were used from shortly before: the instance's credentials were most likely copied off the instance to a workstation. Instance roles, IMDSv2 and what runs on the instance are the customer's side.",
  customerAction:
    "Find who used the address; revoke the role's sessions (an explicit deny on aws:TokenIssueTime), enforce IMDSv2, and check how the credentials left the instance (SSM commands, SSRF).",
  describe: (e, s) =>
    `Credentials of ${ec2InstanceSession(e) ?? 'an instance'} were used from ${e.sourceIPAddress ?? '?'}, which ${s?.known.filter((v) => v.startsWith('user:')).map((v) => v.slice(5)).join(', ') || 'an IAM user'} used within ${formatDuration(s?.windowSeconds ?? 0)} before.`,
  resource: (e) => ec2InstanceSession(e)?.split('/').pop() ?? null,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  cases: [
    { name: 'instance credentials at a user\'s address fire', fires: true, before: [asUser('192.0.2.44', 0)], event: asInstance('192.0.2.44', 1) },
    { name: 'instance credentials at their own address do not fire', fires: false, before: [asUser('192.0.2.44', 0)], event: asInstance('192.0.2.10', 1) },
    { name: 'two instances behind one NAT address do not fire', fires: false, before: [asInstance('192.0.2.10', 0, 'i-0fedcba9876543210')], event: asInstance('192.0.2.10', 1) },
    { name: 'a user at an instance\'s address does not fire', fires: false, before: [asInstance('192.0.2.44', 0)], event: asUser('192.0.2.44', 1) },
    { name: 'after the window the user\'s address is forgotten', fires: false, before: [asUser('192.0.2.44', 0)], event: asInstance('192.0.2.44', 61) },
    {
      name: 'a role session at the address does not count as a user',
      fires: false,
      before: [exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'SendCommand', sourceIPAddress: '192.0.2.44', eventTime: exampleTime(0), userIdentity: { ...identities.assumedRole } })],
      event: asInstance('192.0.2.44', 1),
    },
  ],
});
