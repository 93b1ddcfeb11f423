import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailRootAccessKeyCreated = defineRule({
  id: 'cloudtrail-root-access-key-created',
  title: 'Root user access key created',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'root-account',
  controls: ['IAM.4', 'cis-aws-1.2.0:1.12', 'cis-aws-1.4.0:1.4', 'cis-aws-3.0.0:1.4'],
  attack: ['T1098.001'],
  guardduty: ['Policy:IAMUser/RootCredentialUsage'],
  falsePositives: ['None expected: AWS recommends no root access keys at all.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: a root key exists only if the call succeeded.
  when: { eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', success: true },
  match: (e) => getString(e.userIdentity, 'type') === 'Root' && getString(e.requestParameters, 'userName') === undefined,
  description:
    "The root user created a long-term access key for itself. Root keys cannot be limited by any policy; not having them is entirely the customer's side.",
  customerAction: 'Delete the root access key now (IAM console, Security credentials of the root user) and find out who created it and why.',
  describe: (e) => `The root user created access key ${getString(e.responseElements, 'accessKey', 'accessKeyId') ?? '(id not logged)'}.`,
  resource: (e) => getString(e.responseElements, 'accessKey', 'accessKeyId') ?? null,
  cases: [
    {
      name: 'root creates its own key fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateAccessKey',
        userIdentity: { ...identities.root },
        requestParameters: null,
        responseElements: { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', status: 'Active', userName: '123456789012', createDate: 'May 1, 2024 10:00:00 AM' } },
      }),
    },
    {
      name: 'IAM user key does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', requestParameters: { userName: 'alice' } }),
    },
    {
      name: 'failed root attempt does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', userIdentity: { ...identities.root }, errorCode: 'LimitExceeded' }),
    },
  ],
});
