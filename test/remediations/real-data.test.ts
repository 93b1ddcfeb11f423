import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { remediations } from '../../remediations/index.js';
import { readRecords } from '../../src/ingest/read.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { getRemediation, remediationsForRecord, validTarget, type OfferedRemediation } from '../../src/remediations/targets.js';

/** Public CloudTrail/GuardDuty data written by others (see ../shared/data/README.md); read in place, never copied. */
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

interface Offered {
  record: IngestedRecord;
  offers: OfferedRemediation[];
}

const idOf = (r: IngestedRecord): string => (r.source === 'cloudtrail' ? String(r.event.eventID ?? '') : r.finding.id);

describe.skipIf(!existsSync(dataDir))('remediation targets on public CloudTrail and GuardDuty data', () => {
  let all: Offered[];
  beforeAll(async () => {
    all = [];
    for await (const record of readRecords([dataDir])) all.push({ record, offers: remediationsForRecord(record) });
  });
  const offersOf = (id: string, source?: IngestedRecord['source']): OfferedRemediation[] =>
    all.filter((o) => idOf(o.record) === id && (!source || o.record.source === source)).flatMap((o) => o.offers);

  it('never throws, and every offer is a target its definition accepts as is', () => {
    expect(all.length).toBeGreaterThan(3000);
    for (const { offers } of all) {
      for (const o of offers) expect(validTarget(getRemediation(o.id)!, o.target)).toEqual(o.target);
    }
  });

  it('offers nothing for a CloudTrail call that failed (the change did not happen)', () => {
    const failed = all.filter((o) => o.record.source === 'cloudtrail' && o.record.event.errorCode);
    expect(failed.length).toBeGreaterThan(100);
    // The caller's own key stays deactivatable (it made the call, failed or not); nothing else is offered.
    expect(failed.flatMap((o) => o.offers.map((x) => x.id)).filter((id) => id !== 'iam-deactivate-access-key')).toEqual([]);
  });

  it('Invictus: the ingress rules opened to 0.0.0.0/0 are revoked by the rule ids CloudTrail recorded', () => {
    const ssh = offersOf('74bd84b4-6729-4895-b2a4-e2beb7c6b377').find((o) => o.id === 'ec2-revoke-open-ingress');
    expect(ssh?.target).toEqual({
      account: '123837392027',
      region: 'us-east-1',
      resource: 'sg-04cfb7a4712d75b00 ingress tcp/22 from 0.0.0.0/0 (sgr-0a11552a7d225f5c7)',
      params: { by: 'rule-ids', groupId: 'sg-04cfb7a4712d75b00', ruleIds: ['sgr-0a11552a7d225f5c7'] },
    });
    const tls = offersOf('7e96f0e7-4d78-423d-b3f5-391370685b30').find((o) => o.id === 'ec2-revoke-open-ingress');
    expect(tls?.target.params).toEqual({ by: 'rule-ids', groupId: 'sg-04cfb7a4712d75b00', ruleIds: ['sgr-0bb31cddb2c27f401'] });
  });

  it('Stratus: the backdoor user\'s new access key, in the account of the event and IAM\'s region', () => {
    const key = offersOf('c64c4ded-ef03-4e5c-81eb-153b118d72f2').find((o) => o.id === 'iam-deactivate-access-key');
    expect(key?.target).toEqual({
      account: '946986569305',
      region: 'us-east-1',
      resource: 'access key AKIAL80DWDVKKM0UXEER of IAM user stratus-red-team-backdoor-u-user (created by this call)',
      params: { userName: 'stratus-red-team-backdoor-u-user', accessKeyId: 'AKIAL80DWDVKKM0UXEER' },
    });
  });

  it('Stratus: StopLogging in an anonymised region ("apiso-centralnorth-2r") is not offered: no such region to call', () => {
    expect(offersOf('10163ed2-2253-469d-a5ee-cbc6651f8934').map((o) => o.id)).not.toContain('cloudtrail-start-logging');
  });

  it('Panther: StopLogging by trail ARN restarts that trail in the ARN\'s region', () => {
    const start = all
      .filter((o) => o.record.source === 'cloudtrail' && o.record.event.eventName === 'StopLogging')
      .flatMap((o) => o.offers)
      .filter((o) => o.id === 'cloudtrail-start-logging');
    expect(start).toContainEqual({
      id: 'cloudtrail-start-logging',
      target: {
        account: '123456789012',
        region: 'us-west-2',
        resource: 'arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail',
        params: { trail: 'arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail' },
      },
    });
  });

  it('GuardDuty samples: a current finding can be archived; placeholder keys and archived findings give nothing', () => {
    const ec2 = offersOf('16afba5c5c43e07c9e3e5e2e544e95df', 'guardduty');
    expect(ec2).toEqual([
      {
        id: 'guardduty-archive-finding',
        target: expect.objectContaining({ account: '123456789012', region: 'us-east-1', params: { detectorId: '3caf4e0aaa46ce4ccbcef949a8785353', findingId: '16afba5c5c43e07c9e3e5e2e544e95df' } }),
      },
    ]);
    // Recon:IAMUser sample: archived already, and its key is "GeneratedFindingAccessKeyId".
    expect(offersOf('30bf285e52a1e405084ff6ec28e06e17', 'guardduty')).toEqual([]);
  });

  it('covers every action that has a CloudTrail or GuardDuty source in this corpus or says why not', () => {
    const seen = new Set(all.flatMap((o) => o.offers.map((x) => x.id)));
    // Not in the public data: no successful UpdateDetector(enable=false), and the only DisableEbsEncryptionByDefault has a 9-digit account.
    const absent = ['guardduty-enable-detector', 'ec2-enable-ebs-encryption-by-default'];
    for (const r of remediations) if (r.fromRecord && !absent.includes(r.id)) expect(seen, r.id).toContain(r.id);
  });
});
