import { allPages, attempt, call, defineCheck, errorFinding, fail, pass, type Finding, type Outcome } from '../src/checks/define-check.js';

interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** True when a policy document allows "*" actions on "*" resources (full administrator). */
export function grantsFullAdmin(document: string): boolean {
  const doc = JSON.parse(document) as { Statement?: Statement | Statement[] };
  const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements.some(
    (s) => s.Effect === 'Allow' && list(s.Action).includes('*') && list(s.Resource).includes('*'),
  );
}

export const iamNoAdminPolicies = defineCheck({
  id: 'iam-no-admin-policies',
  title: 'No attached customer managed policy grants full "*:*" administrator access',
  area: 'iam',
  owner: 'customer',
  severity: 'high',
  controls: ['IAM.1', 'cis-aws-1.4.0:1.16', 'cis-aws-3.0.0:1.16'],
  why: 'AWS evaluates whatever policies the customer writes; least privilege in customer managed policies is the customer\'s design.',
  remediation: 'Replace "Action": "*" on "Resource": "*" with the actions and resources the principals need (IAM Access Analyzer can generate a policy from CloudTrail activity), then detach the broad policy.',
  permissions: ['iam:ListPolicies', 'iam:GetPolicyVersion'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  async collect(ctx) {
    const { GetPolicyVersionCommand, paginateListPolicies } = await import('@aws-sdk/client-iam');
    const iam = ctx.clients.iam;
    const pages = await call('iam:ListPolicies', () =>
      allPages(paginateListPolicies({ client: iam }, { Scope: 'Local', OnlyAttached: true })),
    );
    const policies: { arn: string; name: string; admin: Outcome<boolean> }[] = [];
    for (const p of pages.flatMap((page) => page.Policies ?? [])) {
      const arn = p.Arn ?? '';
      const admin = await attempt('iam:GetPolicyVersion', async () => {
        const v = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: p.DefaultVersionId }), { abortSignal: ctx.signal });
        // IAM returns the document URL-encoded (RFC 3986).
        return grantsFullAdmin(decodeURIComponent(v.PolicyVersion?.Document ?? '{}'));
      });
      policies.push({ arn, name: p.PolicyName ?? arn, admin });
    }
    return { policies };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.policies.length === 0) return [pass(ctx.account, 'no attached customer managed policies')];
    return snapshot.policies.map((p): Finding => {
      if (!p.admin.ok) return errorFinding(p.arn, p.admin.error);
      return p.admin.value ? fail(p.arn, `${p.name} allows "*" on "*"`) : pass(p.arn, `${p.name} does not grant full administrator access`);
    });
  },
});
