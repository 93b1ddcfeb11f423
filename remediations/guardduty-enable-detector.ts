import { z } from 'zod';
import { guarddutyEnabled } from '../checks/guardduty-enabled.js';
import { call } from '../src/checks/define-check.js';
import type { CheckResult } from '../src/checks/types.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../src/remediations/examples.js';
import { eventAccount, guardDutyIdSchema, parseArn, successfulCall } from '../src/remediations/records.js';
import { getPath, getString } from '../src/rules/event-fields.js';

const paramsSchema = z.strictObject({ detectorId: guardDutyIdSchema });
type Params = z.infer<typeof paramsSchema>;

const target = (account: string | undefined, region: string | undefined, detectorId: string | undefined): RemediationTarget<Params> | undefined =>
  account && region && detectorId ? { account, region, resource: `arn:aws:guardduty:${region}:${account}:detector/${detectorId}`, params: { detectorId } } : undefined;

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  // Only a suspended detector can be re-enabled; a deleted one no longer exists.
  const e = successfulCall(record, 'guardduty.amazonaws.com', ['UpdateDetector']);
  const enable = e && getPath(e.requestParameters, 'enable');
  if (!e || (enable !== false && enable !== 'false')) return undefined;
  return target(eventAccount(e), e.awsRegion, getString(e.requestParameters, 'detectorId'));
}

function fromCheckResult(result: CheckResult): RemediationTarget<Params> | undefined {
  if (result.check !== guarddutyEnabled.id) return undefined;
  const arn = parseArn(result.resource);
  const detectorId = arn?.service === 'guardduty' ? /^detector\/([A-Za-z0-9]+)$/.exec(arn.resource)?.[1] : undefined;
  return arn ? target(arn.account, arn.region, detectorId) : undefined;
}

const detector = '12abc34d567e8fa901bc2d34eexample';

export const guarddutyEnableDetector = defineRemediation({
  id: 'guardduty-enable-detector',
  title: 'Re-enable the GuardDuty detector',
  call: 'guardduty:UpdateDetector',
  permissions: ['guardduty:GetDetector', 'guardduty:UpdateDetector'],
  approval: 'single',
  undo: 'guardduty:UpdateDetector with the same DetectorId and Enable=false (aws guardduty update-detector --no-enable).',
  impact: 'GuardDuty analysis resumes in the account and region, and so does its charge. Findings for the time it was off are not produced.',
  sources: { events: ['guardduty.amazonaws.com:UpdateDetector (enable=false)'], checks: [guarddutyEnabled.id] },
  notOffered: ['DeleteDetector: the detector is gone; enabling GuardDuty again is guardduty:CreateDetector, left to a person.', 'A region with no detector at all (the check\'s account-level failure).'],
  paramsSchema,
  fromRecord,
  fromCheckResult,
  preview: (t) => `guardduty:UpdateDetector DetectorId=${t.params.detectorId} Enable=true (region ${t.region})`,
  async run(ctx, t) {
    const { GetDetectorCommand, UpdateDetectorCommand } = await import('@aws-sdk/client-guardduty');
    const { detectorId } = t.params;
    const gd = ctx.clients.guardduty;
    const now = await call('guardduty:GetDetector', () => gd.send(new GetDetectorCommand({ DetectorId: detectorId }), { abortSignal: ctx.signal }));
    if (now.Status === 'ENABLED') return { summary: `GuardDuty detector ${detectorId} in ${t.region} was already enabled`, alreadyDone: true };
    await call('guardduty:UpdateDetector', () => gd.send(new UpdateDetectorCommand({ DetectorId: detectorId, Enable: true }), { abortSignal: ctx.signal }));
    return { summary: `Enabled GuardDuty detector ${detectorId} in ${t.region}` };
  },
  cases: [
    {
      name: 'UpdateDetector enable=false: the detector',
      record: cloudTrailRecord(
        exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'UpdateDetector', awsRegion: 'eu-west-1', requestParameters: { detectorId: detector, enable: false } }),
      ),
      expected: { account: '123456789012', region: 'eu-west-1', resource: `arn:aws:guardduty:eu-west-1:123456789012:detector/${detector}`, params: { detectorId: detector } },
    },
    {
      name: 'failing guardduty-enabled check on a suspended detector: the detector',
      result: checkResult(guarddutyEnabled, { detectors: [{ id: detector, status: { ok: true, value: 'DISABLED' } }] }, 'eu-west-1'),
      expected: { account: '123456789012', region: 'eu-west-1', resource: `arn:aws:guardduty:eu-west-1:123456789012:detector/${detector}`, params: { detectorId: detector } },
    },
    { name: 'DeleteDetector: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'DeleteDetector', requestParameters: { detectorId: detector } })), expected: undefined },
    {
      name: 'UpdateDetector changing the publishing frequency: none',
      record: cloudTrailRecord(
        exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'UpdateDetector', requestParameters: { detectorId: detector, enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES' } }),
      ),
      expected: undefined,
    },
    { name: 'no detector in the region: none', result: checkResult(guarddutyEnabled, { detectors: [] }, 'eu-west-1'), expected: undefined },
  ],
});
