import { describe, expect, it } from 'vitest';
import { guarddutyArchiveFinding } from '../../remediations/guardduty-archive-finding.js';
import { exampleFinding, guardDutyRecord } from '../../src/remediations/examples.js';
import type { GuardDutyFinding } from '../../src/ingest/types.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const region = 'eu-west-1';
const detector = '12abc34d567e8fa901bc2d34eexample';

const findingIn = (acct: string): GuardDutyFinding =>
  exampleFinding({
    type: 'Recon:EC2/PortProbeUnprotectedPort',
    severity: 2,
    accountId: acct,
    region,
    id: 'a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7',
    arn: `arn:aws:guardduty:${region}:${acct}:detector/${detector}/finding/a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7`,
  });

/** The finding as GetFindings serves it, in the account's detector, not archived. */
function withFinding(server: AwsServer, acct: string, archived = false): GuardDutyFinding {
  const f = findingIn(acct);
  server.detectors.clear();
  server.detectors.set(`${acct}|${region}`, detector);
  server.findings.splice(0);
  server.findings.push({ ...f, updatedAt: f.updatedAt ?? '', service: { ...f.service, archived } });
  return f;
}

describe('guardduty-archive-finding against GuardDuty (REST-JSON)', () => {
  const aws = useLocalAws();

  it('archives exactly the finding of the record, in its detector: ArchiveFindings FindingIds=[id]', async () => {
    const server = aws.server();
    const f = withFinding(server, account);
    const offer = offerFor(guarddutyArchiveFinding, guardDutyRecord(f));
    expect(guarddutyArchiveFinding.preview(offer.target as never)).toBe(`guardduty:ArchiveFindings DetectorId=${detector} FindingIds=[${f.id}] (region ${region})`);

    expect(await run(offer)).toEqual({ ok: true, alreadyDone: false, summary: `Archived GuardDuty finding ${f.id} (Recon:EC2/PortProbeUnprotectedPort)` });
    expect(calls(server)).toEqual([
      { service: 'guardduty', operation: 'GetFindings', account, region, body: { findingIds: [f.id] } },
      { service: 'guardduty', operation: 'ArchiveFindings', account, region, body: { findingIds: [f.id] } },
    ]);
    expect((server.findings[0]?.service as { archived?: boolean }).archived).toBe(true);
  });

  it('an archived finding is reported alreadyDone without ArchiveFindings', async () => {
    const server = aws.server();
    const f = withFinding(server, account);
    const offer = offerFor(guarddutyArchiveFinding, guardDutyRecord(f));
    withFinding(server, account, true);
    expect(await run(offer)).toEqual({ ok: true, alreadyDone: true, summary: `Finding ${f.id} was already archived` });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'GetFindings']);
  });

  it('a finding GuardDuty no longer has is not-found', async () => {
    const server = aws.server();
    const f = withFinding(server, account);
    server.findings.splice(0);
    expect(await run(offerFor(guarddutyArchiveFinding, guardDutyRecord(f)))).toMatchObject({ ok: false, code: 'not-found', retryable: false });
    expect(server.calls('ArchiveFindings')).toEqual([]);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: guarddutyArchiveFinding,
    operation: 'ArchiveFindings',
    accessDenied: { type: 'AccessDeniedException', status: 403 },
    arrange(server, acct) {
      return offerFor(guarddutyArchiveFinding, guardDutyRecord(withFinding(server, acct)));
    },
  });
});
