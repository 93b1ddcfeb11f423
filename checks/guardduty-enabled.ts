import { allPages, attempt, call, defineCheck, errorFinding, fail, pass, type Finding, type Outcome } from '../src/checks/define-check.js';

export const guarddutyEnabled = defineCheck({
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in the region',
  area: 'threat-detection',
  owner: 'customer',
  severity: 'high',
  controls: ['GuardDuty.1'],
  why: 'AWS runs the detection engine, but it watches an account and region only when the customer turns it on, and acting on findings is the customer\'s.',
  remediation: 'Enable GuardDuty in every region in use (aws guardduty create-detector --enable), ideally for all accounts from a delegated administrator.',
  permissions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
  async collect(ctx) {
    const { GetDetectorCommand, paginateListDetectors } = await import('@aws-sdk/client-guardduty');
    const gd = ctx.clients.guardduty;
    const pages = await call('guardduty:ListDetectors', () => allPages(paginateListDetectors({ client: gd }, {})));
    const detectors: { id: string; status: Outcome<string> }[] = [];
    for (const id of pages.flatMap((p) => p.DetectorIds ?? [])) {
      const status = await attempt('guardduty:GetDetector', async () =>
        (await gd.send(new GetDetectorCommand({ DetectorId: id }), { abortSignal: ctx.signal })).Status ?? 'UNKNOWN',
      );
      detectors.push({ id, status });
    }
    return { detectors };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.detectors.length === 0) return [fail(ctx.account, `no GuardDuty detector in ${ctx.region}`)];
    return snapshot.detectors.map((d): Finding => {
      const arn = `arn:aws:guardduty:${ctx.region}:${ctx.account}:detector/${d.id}`;
      if (!d.status.ok) return errorFinding(arn, d.status.error);
      return d.status.value === 'ENABLED' ? pass(arn, 'detector is enabled') : fail(arn, `detector status is ${d.status.value}`);
    });
  },
});
