import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailOrganizationLeft = defineRule({
  id: 'cloudtrail-organization-left',
  title: 'Account left the organization',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'account-governance',
  controls: [],
  attack: ['T1666'],
  guardduty: ['DefenseImpairment:Organizations/ModifyCloudResourceHierarchy'],
  falsePositives: ['An account moved to another organization on purpose (mergers, re-organization).'],
  tuning: 'suppressions (by rule and actor or account)',
  // Attempts count too: trying to escape the organization's SCPs is itself an alarm (failed attempts are downgraded).
  when: { eventSource: 'organizations.amazonaws.com', eventName: 'LeaveOrganization' },
  classify: (e) => (e.errorCode ? { severity: 'high', title: 'Attempt to leave the organization', notes: [`The call failed (${String(e.errorCode)}).`] } : {}),
  description:
    "A member account tried to leave its AWS Organization, which would free it from service control policies and central logging. Organization governance is the customer's side.",
  customerAction: 'Find out who made the call and why; if the account left, re-invite it and re-apply SCPs and logging.',
  describe: (e) => `Account ${e.recipientAccountId ?? getString(e.userIdentity, 'accountId') ?? '(unknown)'} ${e.errorCode ? 'tried to leave' : 'left'} its organization.`,
  cases: [
    { name: 'LeaveOrganization fires', fires: true, event: exampleEvent({ eventSource: 'organizations.amazonaws.com', eventName: 'LeaveOrganization', userIdentity: { ...identities.assumedRole } }) },
    {
      name: 'denied LeaveOrganization still fires',
      fires: true,
      event: exampleEvent({ eventSource: 'organizations.amazonaws.com', eventName: 'LeaveOrganization', errorCode: 'AccessDeniedException' }),
    },
    { name: 'DescribeOrganization does not fire', fires: false, event: exampleEvent({ eventSource: 'organizations.amazonaws.com', eventName: 'DescribeOrganization', readOnly: true }) },
  ],
});
