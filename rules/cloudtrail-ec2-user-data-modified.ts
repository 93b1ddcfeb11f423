import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailEc2UserDataModified = defineRule({
  id: 'cloudtrail-ec2-user-data-modified',
  title: 'EC2 instance user data changed',
  source: 'cloudtrail',
  severity: 'high',
  area: 'guest-os-hardening',
  controls: [],
  attack: ['T1059.009'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ['Operators fixing the boot script of a stopped instance by hand (launch templates are the usual way).'],
  tuning: 'suppressions (by rule and actor)',
  // Successful calls only: the script changes only if the call succeeded.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'ModifyInstanceAttribute', success: true },
  match: (e) => getPath(e.requestParameters, 'userData') !== undefined || getString(e.requestParameters, 'attribute') === 'userData',
  description:
    "The user data of an instance was replaced. User data runs as root at the next boot (a stop and start is enough), so changing it is a way to run code on the instance; the guest OS and what runs on it are the customer's side.",
  customerAction: 'Read the new user data (DescribeInstanceAttribute) before the instance starts again; if unexpected, restore it, check the instance and revoke the caller\'s credentials.',
  describe: (e) => `The user data of ${getString(e.requestParameters, 'instanceId') ?? 'an instance'} was replaced.`,
  resource: (e) => getString(e.requestParameters, 'instanceId') ?? null,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
  cases: [
    {
      name: 'user data replaced fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'ModifyInstanceAttribute', requestParameters: { instanceId: 'i-0123456789abcdef0', userData: '<sensitiveDataRemoved>' } }),
    },
    {
      name: 'instance type change does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'ModifyInstanceAttribute', requestParameters: { instanceId: 'i-0123456789abcdef0', instanceType: { value: 't3.large' } } }),
    },
  ],
});
