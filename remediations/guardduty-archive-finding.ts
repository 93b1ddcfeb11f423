import { z } from 'zod';
import { call } from '../src/checks/define-check.js';
import { SrmError } from '../src/errors.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { cloudTrailRecord, exampleEvent, exampleFinding, guardDutyRecord } from '../src/remediations/examples.js';
import { findingOf, guardDutyIdSchema } from '../src/remediations/records.js';
import { getPath, getString } from '../src/rules/event-fields.js';

const paramsSchema = z.strictObject({
  detectorId: guardDutyIdSchema,
  findingId: guardDutyIdSchema,
});
type Params = z.infer<typeof paramsSchema>;

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const f = findingOf(record);
  const detectorId = f && getString(f.service, 'detectorId');
  if (!f || !detectorId || getPath(f.service, 'archived') === true) return undefined;
  return {
    account: f.accountId,
    region: f.region,
    resource: f.arn ?? `arn:aws:guardduty:${f.region}:${f.accountId}:detector/${detectorId}/finding/${f.id}`,
    params: { detectorId, findingId: f.id },
  };
}

const finding = exampleFinding({ type: 'Recon:EC2/PortProbeUnprotectedPort', severity: 2 });

export const guarddutyArchiveFinding = defineRemediation({
  id: 'guardduty-archive-finding',
  title: 'Archive the GuardDuty finding',
  call: 'guardduty:ArchiveFindings',
  permissions: ['guardduty:GetFindings', 'guardduty:ArchiveFindings'],
  approval: 'single',
  undo: 'guardduty:UnarchiveFindings with the same DetectorId and finding id (aws guardduty unarchive-findings).',
  impact: 'The finding leaves the list of current findings (and views that hide archived ones); it is kept and can be unarchived. Nothing in the account changes. In a GuardDuty organization only the administrator account may archive, so the role must be the one for the account that owns the detector.',
  sources: { findings: ['any finding not yet archived'] },
  notOffered: ['Findings already archived, and findings without service.detectorId.'],
  paramsSchema,
  fromRecord,
  preview: (t) => `guardduty:ArchiveFindings DetectorId=${t.params.detectorId} FindingIds=[${t.params.findingId}] (region ${t.region})`,
  async run(ctx, t) {
    const { ArchiveFindingsCommand, GetFindingsCommand } = await import('@aws-sdk/client-guardduty');
    const { detectorId, findingId } = t.params;
    const gd = ctx.clients.guardduty;
    const got = await call('guardduty:GetFindings', () => gd.send(new GetFindingsCommand({ DetectorId: detectorId, FindingIds: [findingId] }), { abortSignal: ctx.signal }));
    const now = got.Findings?.find((f) => f.Id === findingId);
    if (!now) throw new SrmError('not-found', `GuardDuty detector ${detectorId} in ${t.region} has no finding ${findingId} (findings are kept 90 days)`);
    if (now.Service?.Archived === true) return { summary: `Finding ${findingId} was already archived`, alreadyDone: true };
    await call('guardduty:ArchiveFindings', () => gd.send(new ArchiveFindingsCommand({ DetectorId: detectorId, FindingIds: [findingId] }), { abortSignal: ctx.signal }));
    return { summary: `Archived GuardDuty finding ${findingId} (${now.Type ?? 'unknown type'})` };
  },
  cases: [
    {
      name: 'a current finding: its detector and id',
      record: guardDutyRecord(finding),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: finding.arn ?? '',
        params: { detectorId: '12abc34d567e8fa901bc2d34eexample', findingId: finding.id },
      },
    },
    {
      name: 'an archived finding: none',
      record: guardDutyRecord(exampleFinding({ type: 'Recon:EC2/PortProbeUnprotectedPort', severity: 2, service: { serviceName: 'guardduty', detectorId: '12abc34d567e8fa901bc2d34eexample', archived: true } })),
      expected: undefined,
    },
    {
      name: 'a finding without detectorId: none',
      record: guardDutyRecord(exampleFinding({ type: 'Recon:EC2/PortProbeUnprotectedPort', severity: 2, service: { serviceName: 'guardduty', archived: false } })),
      expected: undefined,
    },
    { name: 'a CloudTrail event: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'ArchiveFindings' })), expected: undefined },
  ],
});
