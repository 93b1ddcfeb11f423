import { describe, expect, it } from 'vitest';
import { eventTime } from '../../../src/ingest/sqs/batch.js';
import type { IngestedRecord } from '../../../src/ingest/types.js';
import { createUserEvent, envelope, finding } from '../pollers/fixtures.js';

const when = new Date('2026-03-01T12:00:05Z');

describe('eventTime (what the consumer lag is measured from)', () => {
  it("is CloudTrail's eventTime, GuardDuty's updatedAt (else createdAt), else the envelope's time", () => {
    const ct: IngestedRecord = { source: 'cloudtrail', event: createUserEvent('t', when) };
    expect(eventTime(ct, envelope('AWS API Call via CloudTrail', 'aws.iam', ct.event, { time: '2026-03-01T12:00:09Z' }))).toBe(when.getTime());
    const gd: IngestedRecord = { source: 'guardduty', finding: finding('t', when) };
    expect(eventTime(gd, undefined)).toBe(when.getTime());
    const { updatedAt: _u, ...created } = gd.finding;
    expect(eventTime({ source: 'guardduty', finding: created }, undefined)).toBe(Date.parse('2026-01-01T00:00:00.000Z'));
    const { eventTime: _e, ...noTime } = ct.event;
    expect(eventTime({ source: 'cloudtrail', event: noTime }, { time: '2026-03-01T12:00:09Z' })).toBe(Date.parse('2026-03-01T12:00:09Z'));
  });

  it('is undefined when no time can be read', () => {
    const { eventTime: _e, ...noTime } = createUserEvent('t', when);
    expect(eventTime({ source: 'cloudtrail', event: { ...noTime, eventTime: 'yesterday' } }, { time: 42 })).toBeUndefined();
  });
});
