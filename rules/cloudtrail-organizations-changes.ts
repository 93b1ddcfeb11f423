import { defineRule } from '../src/rules/define-rule.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** CIS v1.4.0 4.15 (no Security Hub control): the benchmark's metric filter verbatim. */
export const cloudtrailOrganizationsChanges = defineRule({
  id: 'cloudtrail-organizations-changes',
  title: 'AWS Organizations changed',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'account-governance',
  controls: ['cis-aws-1.4.0:4.15', 'cis-aws-3.0.0:4.15'],
  attack: ['T1666'],
  guardduty: [],
  falsePositives: ["Account creation, OU moves and SCP updates by the organization's administrators."],
  tuning: 'suppressions (by rule and actor or account)',
  pattern:
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  references: ['CIS Amazon Web Services Foundations Benchmark v1.4.0, recommendation 4.15 (remediation: metric filter pattern)'],
  description:
    "The organization's structure or its service control policies changed. AWS runs Organizations; which accounts belong and what SCPs constrain them is the customer's governance.",
  customerAction: 'Confirm the change with the organization administrators; unexpected SCP or membership changes can remove guardrails from every member account.',
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (AWS Organizations) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  cases: [
    {
      name: 'DetachPolicy fires',
      fires: true,
      event: exampleEvent({ eventSource: 'organizations.amazonaws.com', eventName: 'DetachPolicy', requestParameters: { policyId: 'p-examplepolicyid111', targetId: 'ou-exam-ple11111' } }),
    },
    {
      name: 'ListAccounts does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'organizations.amazonaws.com', eventName: 'ListAccounts', readOnly: true }),
    },
    {
      name: 'CreatePolicy from IAM does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreatePolicy', requestParameters: { policyName: 'example' } }),
    },
  ],
});
