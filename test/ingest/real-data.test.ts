import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/ingest/read.js';
import type { IngestedRecord, SkippedRecord } from '../../src/ingest/types.js';

// The public samples live beside the repository (never copied into it): <repo>/../shared/data.
const repo = fileURLToPath(new URL('../../', import.meta.url));
const data = path.resolve(repo, '../shared/data');

async function read(sub: string) {
  const records: IngestedRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const errors: string[] = [];
  for await (const r of readRecords([path.join(data, sub)], { onSkip: (s) => skipped.push(s), onError: (p) => errors.push(p) })) {
    records.push(r);
  }
  const files = new Set(records.map((r) => r.origin?.path));
  return { records, skipped, errors, files };
}

describe.runIf(existsSync(data))('real public samples in shared/data', () => {
  it('invictus-ir: 2,900 records in 55 CloudTrail log files, none skipped', async () => {
    const r = await read('cloudtrail/invictus-ir-aws_dataset');
    expect(r.records).toHaveLength(2900);
    expect(r.files.size).toBe(55);
    expect(r.skipped).toEqual([]);
    expect(r.records.every((x) => x.source === 'cloudtrail')).toBe(true);
  });

  it('stratus-red-team: 310 records in 35 JSON arrays, none skipped', async () => {
    const r = await read('cloudtrail/stratus-red-team-detonation-logs');
    expect(r.records).toHaveLength(310);
    expect(r.files.size).toBe(35);
    expect(r.skipped).toEqual([]);
  });

  it('otrf: 103 JSON lines, with eventTime taken from @timestamp', async () => {
    const r = await read('cloudtrail/otrf-security-datasets');
    expect(r.records).toHaveLength(103);
    expect(r.skipped).toEqual([]);
    expect(r.records.every((x) => x.source === 'cloudtrail' && typeof x.event.eventTime === 'string')).toBe(true);
  });

  it('panther: 436 CloudTrail lines (manifest.csv left out), none skipped', async () => {
    const r = await read('cloudtrail/panther-analysis-tests');
    expect(r.records).toHaveLength(436);
    expect(r.files.size).toBe(1);
    expect(r.skipped).toEqual([]);
  });

  it('GuardDuty: 12 findings; 11 read, and the waf-acl test envelope skipped because its finding has no account', async () => {
    const r = await read('guardduty');
    expect(r.records.filter((x) => x.source === 'guardduty')).toHaveLength(11);
    expect(r.records.length + r.skipped.length).toBe(12);
    expect(r.skipped).toEqual([
      {
        reason: 'detail: accountId is required',
        origin: { path: path.join(data, 'guardduty/aws-samples-amazon-guardduty-waf-acl/gd2acl_test_event.json'), index: 0 },
      },
    ]);
  });

  it('everything at once: 3,749 CloudTrail records', async () => {
    const r = await read('.');
    expect(r.records.filter((x) => x.source === 'cloudtrail')).toHaveLength(3749);
    expect(r.errors).toEqual([]);
  });
});
