import { isPublicAddress } from '../src/rules/addresses.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { exampleEvent, exampleTime, identities, instanceRoleIdentity } from '../src/rules/example-event.js';
import { ec2InstanceSession } from '../src/rules/principal.js';

const call = (ip: string, minute: number, instance = 'i-0123456789abcdef0', eventName = 'DescribeInstances') =>
  exampleEvent({
    eventSource: eventName === 'GetCallerIdentity' ? 'sts.amazonaws.com' : 'ec2.amazonaws.com',
    eventName,
    readOnly: true,
    sourceIPAddress: ip,
    eventTime: exampleTime(minute),
    userIdentity: instanceRoleIdentity('web', instance),
  });

export const cloudtrailEc2InstanceCredentialsNewIp = defineRule({
  id: 'cloudtrail-ec2-instance-credentials-new-ip',
  title: 'EC2 instance credentials used from a new address',
  source: 'cloudtrail',
  severity: 'high',
  area: 'iam',
  controls: [],
  attack: ['T1552.005', 'T1078.004'],
  guardduty: ['UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS', 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS'],
  falsePositives: [
    'An instance whose public address changed (Elastic IP moved, NAT gateway replaced, instance stopped and started).',
    'Proxies that let a container or a kubelet call AWS for the instance from another address.',
  ],
  tuning: 'rules.cloudtrail-ec2-instance-credentials-new-ip.window; suppressions by actor (the instance role)',
  // Every call made with an instance's role credentials from a public address; private addresses (VPC endpoints) are inside the network.
  match: (e) => ec2InstanceSession(e) !== null && isPublicAddress(e.sourceIPAddress),
  state: { kind: 'first-seen', window: '24h', key: ec2InstanceSession, values: (e) => [e.sourceIPAddress ?? ''] },
  description:
    "An EC2 instance's role credentials were used from a public address the instance's credentials had not been used from in the window: the credentials may have been taken from the instance metadata service and used elsewhere. Instance roles, IMDSv2 and what runs on the instance are the customer's side.",
  customerAction:
    "Check the address against the instance's own; if it is not the instance's, revoke the role's sessions (an explicit deny on aws:TokenIssueTime), enforce IMDSv2 and look for the SSRF or shell that exposed the credentials.",
  describe: (e, s) =>
    `Credentials of ${ec2InstanceSession(e) ?? 'an instance'} were used from ${e.sourceIPAddress ?? '?'}, new within ${formatDuration(s?.windowSeconds ?? 0)}; earlier from ${s?.known.join(', ') || '?'}.`,
  resource: (e) => ec2InstanceSession(e)?.split('/').pop() ?? null,
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html#unauthorizedaccess-iam-instancecredentialexfiltrationoutsideaws',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  ],
  cases: [
    { name: 'a second public address fires', fires: true, before: [call('192.0.2.10', 0), call('192.0.2.10', 5)], event: call('192.0.2.99', 6, 'i-0123456789abcdef0', 'GetCallerIdentity') },
    { name: 'the first address is the baseline', fires: false, event: call('192.0.2.10', 0) },
    { name: 'the same address again does not fire', fires: false, before: [call('192.0.2.10', 0)], event: call('192.0.2.10', 5) },
    { name: 'another instance of the same role has its own baseline', fires: false, before: [call('192.0.2.10', 0)], event: call('192.0.2.20', 1, 'i-0fedcba9876543210') },
    { name: 'a VPC endpoint (private address) does not fire', fires: false, before: [call('192.0.2.10', 0)], event: { ...call('192.0.2.10', 1), sourceIPAddress: '10.0.1.15' } },
    {
      name: 'a user session does not fire',
      fires: false,
      before: [exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances', sourceIPAddress: '192.0.2.10', userIdentity: { ...identities.assumedRole } })],
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances', sourceIPAddress: '192.0.2.99', userIdentity: { ...identities.assumedRole } }),
    },
  ],
});
