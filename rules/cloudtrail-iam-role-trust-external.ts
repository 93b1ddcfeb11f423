import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { trustedAccounts } from '../src/rules/policy-document.js';

const trustPolicy = (e: { eventName: string; requestParameters?: unknown }): unknown =>
  getPath(e.requestParameters, e.eventName === 'CreateRole' ? 'assumeRolePolicyDocument' : 'policyDocument');

const outsiders = (e: { eventName: string; requestParameters?: unknown; recipientAccountId?: string }): string[] =>
  [...new Set(trustedAccounts(trustPolicy(e)).filter((a) => a !== e.recipientAccountId))];

export const cloudtrailIamRoleTrustExternal = defineRule({
  id: 'cloudtrail-iam-role-trust-external',
  title: 'IAM role trusts another account',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: [],
  attack: ['T1098.003'],
  guardduty: ['Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ["Intended cross-account trust: security tooling, organization accounts, vendors' roles."],
  tuning: 'suppressions (by rule and actor or account) for the known partner accounts',
  // Successful calls only: the trust exists only if the call succeeded.
  when: { eventSource: 'iam.amazonaws.com', eventName: ['CreateRole', 'UpdateAssumeRolePolicy'], success: true },
  match: (e) => outsiders(e).length > 0,
  classify: (e) => (outsiders(e).includes('*') ? { severity: 'critical', title: 'IAM role can be assumed by anyone' } : {}),
  description:
    "A role's trust policy now lets principals of another AWS account (or anyone) assume it. Who may assume your roles is the customer's side; an external trust is a classic backdoor.",
  customerAction: 'Confirm the external account is a known partner or one of yours; otherwise remove it from the trust policy and review the role\'s recent sessions.',
  notes: ['Cross-account trust is often intended (security tooling, organization accounts); allow-list known accounts by config.'],
  describe: (e) => `Role ${getString(e.requestParameters, 'roleName') ?? ''} can now be assumed from ${outsiders(e).join(', ')}.`,
  resource: (e) => getString(e.requestParameters, 'roleName') ?? null,
  cases: [
    {
      name: 'trust added for another account fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'UpdateAssumeRolePolicy',
        requestParameters: {
          roleName: 'deploy',
          policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}',
        },
      }),
    },
    {
      name: 'role for an AWS service in the same account does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateRole',
        requestParameters: {
          roleName: 'ec2-app',
          assumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"},{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"Action":"sts:AssumeRole"}]}',
        },
      }),
    },
  ],
});
