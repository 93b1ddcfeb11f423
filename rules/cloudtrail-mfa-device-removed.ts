import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailMfaDeviceRemoved = defineRule({
  id: 'cloudtrail-mfa-device-removed',
  title: 'MFA device deactivated or deleted',
  source: 'cloudtrail',
  severity: 'high',
  area: 'iam',
  controls: ['IAM.5', 'IAM.9'],
  attack: ['T1556.006'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ['A user replacing a lost or broken MFA device.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: MFA is gone only if the call succeeded.
  when: { eventSource: 'iam.amazonaws.com', eventName: ['DeactivateMFADevice', 'DeleteVirtualMFADevice'], success: true },
  classify: (e) => (getString(e.userIdentity, 'type') === 'Root' ? { severity: 'critical', area: 'root-account' } : {}),
  description:
    "An MFA device was deactivated or deleted, leaving a sign-in protected by a password alone. Enforcing MFA is the customer's side.",
  customerAction: 'Confirm with the user; re-enable MFA and check whether the account was signed in to while MFA was off.',
  describe: (e) =>
    `${e.eventName} removed MFA device ${getString(e.requestParameters, 'serialNumber') ?? ''} of ${getString(e.requestParameters, 'userName') ?? (getString(e.userIdentity, 'type') === 'Root' ? 'the root user' : 'the caller')}.`,
  resource: (e) => getString(e.requestParameters, 'serialNumber') ?? null,
  cases: [
    {
      name: 'DeactivateMFADevice fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'DeactivateMFADevice',
        requestParameters: { userName: 'alice', serialNumber: 'arn:aws:iam::123456789012:mfa/alice' },
      }),
    },
    {
      name: 'root DeleteVirtualMFADevice fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'DeleteVirtualMFADevice',
        userIdentity: { ...identities.root },
        requestParameters: { serialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device' },
      }),
    },
    {
      name: 'EnableMFADevice does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'EnableMFADevice', requestParameters: { userName: 'alice', serialNumber: 'arn:aws:iam::123456789012:mfa/alice' } }),
    },
  ],
});
