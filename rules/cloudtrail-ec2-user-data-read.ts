import { callerKind } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, exampleTime } from '../src/rules/example-event.js';
import { eventPrincipal } from '../src/rules/principal.js';

const instanceOf = (e: { requestParameters?: unknown }): string => getString(e.requestParameters, 'instanceId') ?? '';

const read = (instanceId: string, minute: number, attribute = 'userData') =>
  exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstanceAttribute', readOnly: true, eventTime: exampleTime(minute), requestParameters: { instanceId, attribute } });
const sweep = (n: number) => Array.from({ length: n }, (_, i) => read(`i-0a1b2c3d4e5f6a7b${i}`, i / 10));

export const cloudtrailEc2UserDataRead = defineRule({
  id: 'cloudtrail-ec2-user-data-read',
  title: 'User data of many EC2 instances read',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'secrets-management',
  controls: [],
  attack: ['T1580', 'T1552'],
  guardduty: ['Discovery:IAMUser/AnomalousBehavior'],
  falsePositives: ['Inventory and asset-management tools, and security scanners, that read every instance\'s attributes.'],
  tuning: 'rules.cloudtrail-ec2-user-data-read.threshold / .window; suppressions by actor',
  // Denied calls count too: reading many instances' user data is the behaviour, allowed or not.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstanceAttribute' },
  match: (e) => getString(e.requestParameters, 'attribute') === 'userData' && callerKind(e) !== 'service',
  state: { kind: 'count', window: '10m', threshold: 5, key: eventPrincipal, values: (e) => [instanceOf(e)] },
  description:
    "One principal read the user data (boot scripts) of many instances. User data often carries installation scripts and hard-coded secrets; keeping secrets out of it, and deciding who may read it, is the customer's side.",
  customerAction: 'Confirm the caller; move any secret found in user data to Secrets Manager or Parameter Store and rotate it.',
  describe: (e, s) =>
    `User data of ${s?.count ?? 0} different instances was read by one principal within ${formatDuration(s?.windowSeconds ?? 0)} (threshold ${s?.threshold ?? 0})${e.errorCode ? `, the last denied (${String(e.errorCode)})` : ''}.`,
  resource: (e) => instanceOf(e) || null,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceAttribute.html'],
  cases: [
    { name: 'five instances in a minute fires', fires: true, before: sweep(4), event: read('i-0a1b2c3d4e5f6a7b9', 1) },
    { name: 'other attributes do not fire', fires: false, before: sweep(4), event: read('i-0a1b2c3d4e5f6a7b9', 1, 'disableApiTermination') },
    { name: 'one instance read five times does not fire', fires: false, before: Array.from({ length: 4 }, () => read('i-0a1b2c3d4e5f6a7b0', 0)), event: read('i-0a1b2c3d4e5f6a7b0', 1) },
  ],
});
