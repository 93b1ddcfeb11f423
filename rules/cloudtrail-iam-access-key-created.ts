import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailIamAccessKeyCreated = defineRule({
  id: 'cloudtrail-iam-access-key-created',
  title: 'IAM access key created',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'access-key-rotation',
  controls: [],
  attack: ['T1098.001'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ['A user rotating their own key; keys issued for service users by administrators.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only; root keys are cloudtrail-root-access-key-created.
  when: { eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', success: true },
  match: (e) => getString(e.userIdentity, 'type') !== 'Root',
  classify: (e) => {
    const target = getString(e.requestParameters, 'userName');
    const caller = getString(e.userIdentity, 'userName');
    return target !== undefined && caller !== undefined && target !== caller
      ? { severity: 'high', notes: [`The key was created for another user (${target}) than the caller (${caller}).`] }
      : {};
  },
  description:
    "A long-term access key was created. Access keys are customer-managed credentials: issuing, rotating and revoking them is the customer's side; a key made for another user is a common persistence technique.",
  customerAction: 'Confirm the key is needed and owned; prefer roles with temporary credentials, and deactivate keys nobody claims.',
  describe: (e) => `Access key ${getString(e.responseElements, 'accessKey', 'accessKeyId') ?? ''} was created for ${getString(e.requestParameters, 'userName') ?? 'the caller'}.`,
  resource: (e) => getString(e.responseElements, 'accessKey', 'accessKeyId') ?? null,
  cases: [
    {
      name: 'key for another user fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateAccessKey',
        requestParameters: { userName: 'backup-bot' },
        responseElements: { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', status: 'Active', userName: 'backup-bot', createDate: 'May 1, 2024 10:00:00 AM' } },
      }),
    },
    {
      name: 'root key does not fire here',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', userIdentity: { ...identities.root } }),
    },
    {
      name: 'ListAccessKeys does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListAccessKeys', readOnly: true, requestParameters: { userName: 'alice' } }),
    },
  ],
});
