import { allPages, attempt, call, defineCheck, errorFinding, fail, pass, type Finding, type Outcome } from '../src/checks/define-check.js';

export const iamUserNoDirectPolicies = defineCheck({
  id: 'iam-user-no-direct-policies',
  title: 'IAM users get permissions through groups or roles, not policies attached to them',
  area: 'iam',
  owner: 'customer',
  severity: 'low',
  controls: ['IAM.2', 'cis-aws-1.4.0:1.15', 'cis-aws-3.0.0:1.15'],
  why: 'How permissions are granted is the customer\'s identity design; policies on individual users drift and are hard to review.',
  remediation: 'Move the user\'s managed and inline policies to a group (or a role the user assumes), add the user to the group, then detach or delete the user-level policies.',
  permissions: ['iam:ListUsers', 'iam:ListAttachedUserPolicies', 'iam:ListUserPolicies'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions'],
  async collect(ctx) {
    const { ListAttachedUserPoliciesCommand, ListUserPoliciesCommand, paginateListUsers } = await import('@aws-sdk/client-iam');
    const iam = ctx.clients.iam;
    const pages = await call('iam:ListUsers', () => allPages(paginateListUsers({ client: iam }, {})));
    const users: { name: string; arn: string; attached: Outcome<string[]>; inline: Outcome<string[]> }[] = [];
    for (const u of pages.flatMap((p) => p.Users ?? [])) {
      const name = u.UserName ?? '';
      // One page each is enough to know whether any policy exists.
      const attached = await attempt('iam:ListAttachedUserPolicies', async () =>
        ((await iam.send(new ListAttachedUserPoliciesCommand({ UserName: name }), { abortSignal: ctx.signal })).AttachedPolicies ?? []).map(
          (p) => p.PolicyName ?? '',
        ),
      );
      const inline = await attempt('iam:ListUserPolicies', async () =>
        (await iam.send(new ListUserPoliciesCommand({ UserName: name }), { abortSignal: ctx.signal })).PolicyNames ?? [],
      );
      users.push({ name, arn: u.Arn ?? `arn:aws:iam::${ctx.account}:user/${name}`, attached, inline });
    }
    return { users };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.users.length === 0) return [pass(ctx.account, 'the account has no IAM users')];
    return snapshot.users.map((u): Finding => {
      if (!u.attached.ok) return errorFinding(u.arn, u.attached.error);
      if (!u.inline.ok) return errorFinding(u.arn, u.inline.error);
      const parts = [
        ...(u.attached.value.length > 0 ? [`managed ${u.attached.value.join(', ')}`] : []),
        ...(u.inline.value.length > 0 ? [`inline ${u.inline.value.join(', ')}`] : []),
      ];
      return parts.length === 0 ? pass(u.arn, `${u.name} has no user-level policies`) : fail(u.arn, `${u.name} has ${parts.join('; ')}`);
    });
  },
});
