import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobs } from '../../jobs/index.js';
import { runCheckPayload } from '../../jobs/run-check.js';
import { alertDedupRedisKey, recordJobId } from '../../src/ingest/dedup.js';
import { routerKeys } from '../../src/router/keys.js';

/**
 * Job payloads live in Redis (and in BullMQ's completed/failed sets): they
 * carry ids, never tokens or credentials. Keys built from untrusted strings
 * are hashed, so an event cannot reach into another key namespace.
 */

const secretName = /token|secret|password|credential|authorization|response_?url|signing/i;

function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => propertyNames(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      propertyNames(v, out);
    }
  }
  return out;
}

describe('job payloads', () => {
  it.each(jobs.map((j) => [j.name, j] as const))('%s: no field names a secret', (_name, job) => {
    const json = z.toJSONSchema(job.schema as z.ZodType, { unrepresentable: 'any', io: 'input' });
    const names = [...propertyNames(json)];
    expect(names.filter((n) => secretName.test(n))).toEqual([]);
  });

  it('a run-check payload refuses anything but its ids', () => {
    const ok = { runId: 'run-000001', checkId: 'iam-root-mfa-enabled', account: '123456789012', region: 'us-east-1' };
    expect(runCheckPayload.safeParse(ok).success).toBe(true);
    expect(runCheckPayload.safeParse({ ...ok, token: 'xoxb-1' }).success).toBe(false);
    expect(runCheckPayload.safeParse({ ...ok, credentials: { secretAccessKey: 'x' } }).success).toBe(false);
    expect(runCheckPayload.safeParse({ ...ok, account: '123456789012:*' }).success).toBe(false);
  });
});

describe('Redis keys from untrusted strings', () => {
  const prefix = 'srm-test-keys';
  const hostile = ['a:b', '*', '{hash}', 'x\ny', `${prefix}:srm:alerts:recent`, '../../', 'k'.repeat(5000), ''];

  it('router keys hash every untrusted part into a fixed-length hex digest', () => {
    const k = routerKeys(prefix);
    for (const h of hostile) {
      for (const key of [k.burst(h, h), k.digestOpen(h, 'rule'), k.thread(h, h, h), k.posted(h), k.rate(h), k.alert(h), k.alertLife(h), k.alertRender(h), k.snooze(h, h)]) {
        expect(key).toMatch(new RegExp(`^${prefix}:srm:[a-z-]+:[0-9a-f]{24}$`));
      }
    }
    // different inputs, different keys
    expect(k.thread('C1', 'r', 'a')).not.toBe(k.thread('C1', 'r', 'b'));
  });

  it('the post-once marker of an alert is a hash of rule and dedup key', () => {
    for (const h of hostile) {
      expect(alertDedupRedisKey(prefix, { rule: h, dedupKey: h })).toMatch(new RegExp(`^${prefix}:dedup:[0-9a-f]{40}$`));
    }
    // rule ids come from the catalogue (no NUL), so the NUL-joined input cannot be shifted between the two parts
    expect(alertDedupRedisKey(prefix, { rule: 'r', dedupKey: 'a' })).not.toBe(alertDedupRedisKey(prefix, { rule: 'r', dedupKey: 'b' }));
  });

  it('a record job id never contains the ":" BullMQ reserves', () => {
    const id = recordJobId({ source: 'guardduty', finding: { id: 'a:b:c', updatedAt: '2026-11-23T08:00:00Z' } } as never);
    expect(id).not.toContain(':');
  });
});

describe('job ids from hostile record ids', () => {
  it('stay bounded however long the eventID is', async () => {
    const { classifyRecord, isSkipped } = await import('../../src/ingest/schemas.js');
    const r = classifyRecord({ eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', eventID: 'x'.repeat(5000) });
    if (isSkipped(r)) throw new Error(r.reason);
    const id = recordJobId(r);
    expect(id.length).toBeLessThanOrEqual(160);
    expect(id).not.toContain(':');
    expect(recordJobId(r)).toBe(id);
  });
});
