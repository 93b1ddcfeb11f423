import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailIamLoginProfileChanged = defineRule({
  id: 'cloudtrail-iam-login-profile-changed',
  title: 'IAM user console password set',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: [],
  attack: ['T1098.001'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior', 'PrivilegeEscalation:IAMUser/AnomalousBehavior'],
  falsePositives: ['Onboarding and password resets done by administrators for their users.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the password changed only if the call succeeded.
  when: { eventSource: 'iam.amazonaws.com', eventName: ['CreateLoginProfile', 'UpdateLoginProfile'], success: true },
  classify: (e) => {
    const target = getString(e.requestParameters, 'userName');
    const caller = getString(e.userIdentity, 'userName');
    return target !== undefined && target !== caller
      ? { severity: 'high', notes: [`The password was set for ${target} by someone else (${caller ?? getString(e.userIdentity, 'arn') ?? 'unknown'}).`] }
      : {};
  },
  description:
    "A console password was created or changed for an IAM user. Passwords are customer-managed credentials; setting another user's password is a known way to take over or backdoor an account.",
  customerAction: 'Confirm with the user; if unexpected, delete the login profile, rotate their credentials and review their activity.',
  describe: (e) => `${e.eventName}: console password set for ${getString(e.requestParameters, 'userName') ?? 'the caller'}.`,
  resource: (e) => getString(e.requestParameters, 'userName') ?? null,
  cases: [
    {
      name: 'CreateLoginProfile for another user fires',
      fires: true,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateLoginProfile', requestParameters: { userName: 'backup-bot', passwordResetRequired: false } }),
    },
    {
      name: 'UpdateLoginProfile fires',
      fires: true,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'UpdateLoginProfile', requestParameters: { userName: 'alice' } }),
    },
    {
      name: 'failed CreateLoginProfile does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateLoginProfile',
        requestParameters: { userName: 'backup-bot' },
        errorCode: 'EntityAlreadyExistsException',
      }),
    },
  ],
});
