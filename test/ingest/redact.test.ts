import type { EvaluateEventPayload } from '../../jobs/evaluate-event.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { redactRecordSecrets, redacted } from '../../src/ingest/redact.js';
import { classifyRecord, isSkipped } from '../../src/ingest/schemas.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { createRuleEngine } from '../../src/rules/engine.js';

const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const invictus = path.join(data, 'cloudtrail/invictus-ir-aws_dataset/CloudTrail');
// A real CloudTrail log file whose AssumeRole records carry responseElements.credentials.sessionToken.
const withTokens = path.join(invictus, '218007301253_CloudTrail_us-east-1_20230710T1200Z_iLj9fb7yyUG9X4Bf.json');

function records(file: string): IngestedRecord[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { Records: unknown[] };
  return doc.Records.map((r) => {
    const c = classifyRecord(r);
    if (isSkipped(c)) throw new Error(c.reason);
    return c;
  });
}

describe('redactRecordSecrets', () => {
  it('removes every session token from real AssumeRole records, keeping key ids', () => {
    const all = records(withTokens);
    const assumeRoles = all.filter((r) => r.source === 'cloudtrail' && r.event.eventName === 'AssumeRole' && JSON.stringify(r.event).includes('"sessionToken"'));
    expect(assumeRoles.length).toBeGreaterThan(0);
    for (const r of assumeRoles) {
      const before = JSON.stringify(r);
      const token = /"sessionToken":"([^"]+)"/.exec(before)![1]!;
      const out = redactRecordSecrets(r);
      const after = JSON.stringify(out);
      expect(after).not.toContain(token);
      expect(after).toContain(`"sessionToken":"${redacted}"`);
      expect(after).toMatch(/"accessKeyId":"ASIA/);
      expect(JSON.stringify(r)).toBe(before); // the input is not mutated
    }
  });

  it('returns the same object when there is nothing to redact, and alerts are unchanged', () => {
    const engine = createRuleEngine();
    for (const r of records(withTokens)) {
      const out = redactRecordSecrets(r);
      if (!JSON.stringify(r).match(/"(sessionToken|secretAccessKey|password)"/i)) expect(out).toBe(r);
      expect(engine.evaluate(out).map((a) => a.rule)).toEqual(engine.evaluate(r).map((a) => a.rule));
    }
  });

  it('redacts secret-named fields at any depth, in arrays, in any case, in GuardDuty findings too', () => {
    const ct = classifyRecord({
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateLoginProfile',
      eventID: 'e1',
      requestParameters: { userName: 'bob', Password: 'hunter2', nested: [{ SecretAccessKey: 'abc/def' }] },
    });
    if (isSkipped(ct)) throw new Error(ct.reason);
    const out = JSON.stringify(redactRecordSecrets(ct));
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('abc/def');
    expect(out).toContain('"userName":"bob"');
    const gd = classifyRecord({ id: 'f1', type: 'UnauthorizedAccess:IAMUser/ConsoleLogin', severity: 5, accountId: '123456789012', region: 'us-east-1', service: { evidence: { sessionToken: 'tok' } } });
    if (isSkipped(gd)) throw new Error(gd.reason);
    expect(JSON.stringify(redactRecordSecrets(gd))).not.toContain('"tok"');
  });
});

describe('submitRecords', () => {
  it('enqueues records with their secrets redacted, so no session token reaches Redis', async () => {
    const { submitRecords } = await import('../../src/ingest/pollers/submit.js');
    const { maxBatchRecords, payloadRecords } = await import('../../jobs/evaluate-event.js');
    const payloads: unknown[] = [];
    const runtime = { enqueue: async (_def: unknown, payload: unknown) => (payloads.push(payload), {}) } as unknown as Parameters<typeof submitRecords>[0];
    const all = records(withTokens);
    expect(await submitRecords(runtime, all)).toBe(all.length);
    // one job of records (a page), not one per record
    expect(payloads).toHaveLength(Math.ceil(all.length / maxBatchRecords));
    expect(payloads.flatMap((p) => payloadRecords(p as EvaluateEventPayload))).toHaveLength(all.length);
    expect(JSON.stringify(payloads)).not.toMatch(/"sessionToken":"IQo/);
  });
});
