import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { grantsFullAdmin } from '../src/rules/policy-document.js';

const ATTACH = ['AttachUserPolicy', 'AttachRolePolicy', 'AttachGroupPolicy'];
const INLINE = ['PutUserPolicy', 'PutRolePolicy', 'PutGroupPolicy', 'CreatePolicy', 'CreatePolicyVersion'];

export const cloudtrailIamAdminPolicyGranted = defineRule({
  id: 'cloudtrail-iam-admin-policy-granted',
  title: 'Administrator access granted',
  source: 'cloudtrail',
  severity: 'high',
  area: 'iam',
  controls: ['IAM.1', 'cis-aws-1.2.0:1.22', 'cis-aws-1.4.0:1.16'],
  attack: ['T1098.003'],
  guardduty: ['PrivilegeEscalation:IAMUser/AnomalousBehavior'],
  falsePositives: ['Administrators granting admin rights on purpose (break-glass roles, new admins).'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: nothing is granted when the call fails.
  when: { eventSource: 'iam.amazonaws.com', eventName: [...ATTACH, ...INLINE], success: true },
  match: (e) =>
    ATTACH.includes(e.eventName)
      ? (getString(e.requestParameters, 'policyArn') ?? '').endsWith(':policy/AdministratorAccess')
      : grantsFullAdmin(getPath(e.requestParameters, 'policyDocument')),
  description:
    "A principal was given full administrator rights (AdministratorAccess, or Allow \"*\" on \"*\"). Least privilege is the customer's side; broad grants are how one stolen credential becomes a whole-account compromise.",
  customerAction: 'Confirm who needs administrator rights; replace the grant with a least-privilege policy or a time-bound role.',
  describe: (e) =>
    `${e.eventName} granted administrator access to ${getString(e.requestParameters, 'userName') ?? getString(e.requestParameters, 'roleName') ?? getString(e.requestParameters, 'groupName') ?? getString(e.requestParameters, 'policyName') ?? getString(e.requestParameters, 'policyArn') ?? 'a principal'}.`,
  resource: (e) => getString(e.requestParameters, 'policyArn') ?? getString(e.requestParameters, 'policyName') ?? null,
  cases: [
    {
      name: 'AdministratorAccess attached to a user fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'AttachUserPolicy',
        requestParameters: { userName: 'backup-bot', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      }),
    },
    {
      name: 'inline *:* policy fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'PutRolePolicy',
        requestParameters: {
          roleName: 'ci',
          policyName: 'all',
          policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
        },
      }),
    },
    {
      name: 'ReadOnlyAccess does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'AttachUserPolicy', requestParameters: { userName: 'alice', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }),
    },
    {
      name: 'scoped inline policy does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'PutUserPolicy',
        requestParameters: {
          userName: 'alice',
          policyName: 's3-read',
          policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
        },
      }),
    },
  ],
});
