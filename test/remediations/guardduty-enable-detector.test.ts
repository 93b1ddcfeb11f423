import { describe, expect, it } from 'vitest';
import { guarddutyEnabled } from '../../checks/guardduty-enabled.js';
import { guarddutyEnableDetector } from '../../remediations/guardduty-enable-detector.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../../src/remediations/examples.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const region = 'eu-west-1';
const detector = '12abc34d567e8fa901bc2d34eexample';

const suspended = (acct: string) =>
  cloudTrailRecord(exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'UpdateDetector', awsRegion: region, recipientAccountId: acct, requestParameters: { detectorId: detector, enable: false } }));

function withDetector(server: AwsServer, acct: string, enabled: boolean): void {
  server.detectors.clear();
  server.detectors.set(`${acct}|${region}`, detector);
  server.disabledDetectors.clear();
  if (!enabled) server.disabledDetectors.add(detector);
}

describe('guardduty-enable-detector against GuardDuty (REST-JSON)', () => {
  const aws = useLocalAws();

  it('re-enables the detector UpdateDetector suspended: UpdateDetector Enable=true', async () => {
    const server = aws.server();
    withDetector(server, account, false);
    const offer = offerFor(guarddutyEnableDetector, suspended(account));
    expect(guarddutyEnableDetector.preview(offer.target as never)).toBe(`guardduty:UpdateDetector DetectorId=${detector} Enable=true (region ${region})`);

    expect(await run(offer)).toEqual({ ok: true, alreadyDone: false, summary: `Enabled GuardDuty detector ${detector} in ${region}` });
    expect(calls(server)).toEqual([
      { service: 'guardduty', operation: 'GetDetector', account, region, body: {} },
      { service: 'guardduty', operation: 'UpdateDetector', account, region, body: { enable: true } },
    ]);
    expect(server.disabledDetectors.has(detector)).toBe(false);
  });

  it('from the failing guardduty-enabled check, the same call on the detector it names', async () => {
    const server = aws.server();
    withDetector(server, account, false);
    const result = checkResult(guarddutyEnabled, { detectors: [{ id: detector, status: { ok: true, value: 'DISABLED' } }] }, region);
    expect(await run(offerFor(guarddutyEnableDetector, result))).toMatchObject({ ok: true, alreadyDone: false });
    expect(server.calls('UpdateDetector')).toMatchObject([{ region, body: { enable: true } }]);
  });

  it('an enabled detector is reported alreadyDone without UpdateDetector', async () => {
    const server = aws.server();
    withDetector(server, account, true);
    expect(await run(offerFor(guarddutyEnableDetector, suspended(account)))).toEqual({ ok: true, alreadyDone: true, summary: `GuardDuty detector ${detector} in ${region} was already enabled` });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'GetDetector']);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: guarddutyEnableDetector,
    operation: 'UpdateDetector',
    accessDenied: { type: 'AccessDeniedException', status: 403 },
    arrange(server, acct) {
      withDetector(server, acct, false);
      return offerFor(guarddutyEnableDetector, suspended(acct));
    },
  });
});
