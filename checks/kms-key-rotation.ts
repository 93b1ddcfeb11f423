import { allPages, attempt, call, defineCheck, errorFinding, fail, pass, type Finding, type Outcome } from '../src/checks/define-check.js';

interface KeyState {
  arn: string;
  /** null: not a key this check applies to (AWS managed, asymmetric, imported, disabled). */
  rotation: Outcome<boolean | null>;
}

export const kmsKeyRotation = defineCheck({
  id: 'kms-key-rotation',
  title: 'Customer managed symmetric KMS keys rotate automatically',
  area: 'key-management',
  owner: 'customer',
  severity: 'medium',
  controls: ['KMS.4', 'cis-aws-1.4.0:3.8', 'cis-aws-3.0.0:3.6'],
  why: 'AWS rotates the keys it manages; for customer managed keys, turning rotation on is the key owner\'s decision.',
  remediation: 'Turn on automatic rotation for each listed key (aws kms enable-key-rotation --key-id <key>).',
  permissions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  async collect(ctx) {
    const { DescribeKeyCommand, GetKeyRotationStatusCommand, paginateListKeys } = await import('@aws-sdk/client-kms');
    const kms = ctx.clients.kms;
    const pages = await call('kms:ListKeys', () => allPages(paginateListKeys({ client: kms }, {})));
    const keys: KeyState[] = [];
    for (const k of pages.flatMap((p) => p.Keys ?? [])) {
      const id = k.KeyId ?? '';
      const arn = k.KeyArn ?? `arn:aws:kms:${ctx.region}:${ctx.account}:key/${id}`;
      const rotation = await attempt('kms:DescribeKey', async () => {
        const meta = (await kms.send(new DescribeKeyCommand({ KeyId: id }), { abortSignal: ctx.signal })).KeyMetadata;
        const applies =
          meta?.KeyManager === 'CUSTOMER' &&
          (meta.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
          meta.KeyState === 'Enabled' &&
          (meta.Origin ?? 'AWS_KMS') === 'AWS_KMS';
        if (!applies) return null;
        const status = await call('kms:GetKeyRotationStatus', () =>
          kms.send(new GetKeyRotationStatusCommand({ KeyId: id }), { abortSignal: ctx.signal }),
        );
        return status.KeyRotationEnabled === true;
      });
      keys.push({ arn, rotation });
    }
    return { keys };
  },
  evaluate(snapshot, ctx) {
    const findings = snapshot.keys.flatMap((k): Finding[] => {
      if (!k.rotation.ok) return [errorFinding(k.arn, k.rotation.error)];
      if (k.rotation.value === null) return [];
      return [k.rotation.value ? pass(k.arn, 'automatic rotation is on') : fail(k.arn, 'automatic rotation is off')];
    });
    return findings.length > 0 ? findings : [pass(ctx.account, `no enabled customer managed symmetric keys in ${ctx.region}`)];
  },
});
