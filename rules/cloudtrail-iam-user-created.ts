import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailIamUserCreated = defineRule({
  id: 'cloudtrail-iam-user-created',
  title: 'IAM user created',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: [],
  attack: ['T1136.003'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ['Onboarding, and service users created by IaC (where roles would be better).'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: a failed CreateUser leaves nothing behind.
  when: { eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', success: true },
  description:
    "A new IAM user (long-term credentials) was created. Identities and their credentials are the customer's side; attackers create users for persistence.",
  customerAction: 'Confirm the user is expected; prefer IAM Identity Center or roles over IAM users with long-term credentials.',
  describe: (e) => `IAM user ${getString(e.requestParameters, 'userName') ?? '(unnamed)'} was created.`,
  resource: (e) => getString(e.responseElements, 'user', 'arn') ?? getString(e.requestParameters, 'userName') ?? null,
  cases: [
    {
      name: 'CreateUser fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateUser',
        requestParameters: { userName: 'backup-bot' },
        responseElements: { user: { path: '/', userName: 'backup-bot', userId: 'AIDAEXAMPLEUSER000002', arn: 'arn:aws:iam::123456789012:user/backup-bot', createDate: 'May 1, 2024 10:00:00 AM' } },
      }),
    },
    {
      name: 'denied CreateUser does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', requestParameters: { userName: 'x' }, errorCode: 'AccessDenied' }),
    },
    { name: 'GetUser does not fire', fires: false, event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'GetUser', readOnly: true }) },
  ],
});
