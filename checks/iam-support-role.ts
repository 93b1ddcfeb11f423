import { allPages, call, defineCheck, fail, pass } from '../src/checks/define-check.js';

export const supportPolicyArn = 'arn:aws:iam::aws:policy/AWSSupportAccess';

export const iamSupportRole = defineCheck({
  id: 'iam-support-role',
  title: 'Someone is allowed to manage incidents with AWS Support',
  area: 'incident-response',
  owner: 'customer',
  severity: 'low',
  controls: ['IAM.18', 'cis-aws-1.4.0:1.17', 'cis-aws-3.0.0:1.17'],
  why: 'AWS Support acts on cases the customer opens; deciding who may open and manage them is the customer\'s incident response preparation.',
  remediation: 'Create a role (or group) for incident handlers and attach the AWSSupportAccess managed policy to it.',
  permissions: ['iam:ListEntitiesForPolicy'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html'],
  async collect(ctx) {
    const { paginateListEntitiesForPolicy } = await import('@aws-sdk/client-iam');
    const pages = await call('iam:ListEntitiesForPolicy', () =>
      allPages(paginateListEntitiesForPolicy({ client: ctx.clients.iam }, { PolicyArn: supportPolicyArn })),
    );
    return {
      roles: pages.flatMap((p) => (p.PolicyRoles ?? []).map((r) => r.RoleName ?? '')),
      groups: pages.flatMap((p) => (p.PolicyGroups ?? []).map((g) => g.GroupName ?? '')),
      users: pages.flatMap((p) => (p.PolicyUsers ?? []).map((u) => u.UserName ?? '')),
    };
  },
  evaluate(snapshot, ctx) {
    const holders = [
      ...snapshot.roles.map((r) => `role ${r}`),
      ...snapshot.groups.map((g) => `group ${g}`),
      ...snapshot.users.map((u) => `user ${u}`),
    ];
    return [
      holders.length > 0
        ? pass(ctx.account, `AWSSupportAccess is attached to ${holders.join(', ')}`)
        : fail(ctx.account, 'AWSSupportAccess is attached to no role, group or user'),
    ];
  },
});
