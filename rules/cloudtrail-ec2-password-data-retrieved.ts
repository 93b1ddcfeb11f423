import { callerKind } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, exampleTime, identities } from '../src/rules/example-event.js';
import { eventPrincipal } from '../src/rules/principal.js';

const instanceOf = (e: { requestParameters?: unknown }): string => getString(e.requestParameters, 'instanceId') ?? '';

const ask = (instanceId: string, minute: number, fields: Record<string, unknown> = {}) =>
  exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'GetPasswordData', readOnly: true, eventTime: exampleTime(minute), requestParameters: { instanceId }, ...fields });
const instances = (n: number) => Array.from({ length: n }, (_, i) => ask(`i-0a1b2c3d4e5f6a7b${i}`, i / 10));

export const cloudtrailEc2PasswordDataRetrieved = defineRule({
  id: 'cloudtrail-ec2-password-data-retrieved',
  title: 'Windows passwords of many EC2 instances requested',
  source: 'cloudtrail',
  severity: 'high',
  area: 'secrets-management',
  controls: [],
  attack: ['T1552'],
  guardduty: ['CredentialAccess:IAMUser/AnomalousBehavior', 'CredentialAccess:EC2/UnsecuredCredentials'],
  falsePositives: ['An administrator or fleet tool retrieving the initial Administrator passwords of several new Windows instances.'],
  tuning: 'rules.cloudtrail-ec2-password-data-retrieved.threshold / .window; suppressions by actor',
  // Denied calls count too: trying many instances is the behaviour, allowed or not.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'GetPasswordData' },
  match: (e) => callerKind(e) !== 'service',
  state: { kind: 'count', window: '10m', threshold: 5, key: eventPrincipal, values: (e) => [instanceOf(e)] },
  description:
    "One principal asked for the encrypted Administrator password of many Windows instances. The guest OS and its accounts are the customer's side; a sweep of GetPasswordData is how stolen credentials turn into RDP access.",
  customerAction: 'Confirm the caller; if unexpected, revoke its credentials, change the Administrator passwords of the instances named and check their RDP logins.',
  describe: (e, s) =>
    `GetPasswordData was called for ${s?.count ?? 0} different instances by one principal within ${formatDuration(s?.windowSeconds ?? 0)} (threshold ${s?.threshold ?? 0})${e.errorCode ? `, the last denied (${String(e.errorCode)})` : ''}.`,
  resource: (e) => instanceOf(e) || null,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetPasswordData.html'],
  cases: [
    { name: 'five instances in a minute fires', fires: true, before: instances(4), event: ask('i-0a1b2c3d4e5f6a7b9', 1) },
    {
      name: 'denied attempts count',
      fires: true,
      before: instances(4).map((e) => ({ ...e, errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' })),
      event: ask('i-0a1b2c3d4e5f6a7b9', 1, { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }),
    },
    { name: 'one instance asked five times does not fire', fires: false, before: Array.from({ length: 4 }, () => ask('i-0a1b2c3d4e5f6a7b0', 0)), event: ask('i-0a1b2c3d4e5f6a7b0', 1) },
    { name: 'two principals splitting five instances do not fire', fires: false, before: [...instances(2), ask('i-0a1b2c3d4e5f6a7b7', 0, { userIdentity: { ...identities.assumedRole } }), ask('i-0a1b2c3d4e5f6a7b8', 0, { userIdentity: { ...identities.assumedRole } })], event: ask('i-0a1b2c3d4e5f6a7b9', 1) },
  ],
});
