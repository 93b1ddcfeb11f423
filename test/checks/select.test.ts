import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { closeMatches, findChecks, getCheck } from '../../src/checks/select.js';
import { UsageError } from '../../src/errors.js';

describe('findChecks', () => {
  it('resolves ids, "all", areas and service prefixes in catalogue order without duplicates', () => {
    expect(findChecks([]).length).toBe(checks.length);
    expect(findChecks(['all', 'iam-root-mfa-enabled']).length).toBe(checks.length);
    expect(findChecks(['iam-root-no-access-keys', 'iam-root-mfa-enabled']).map((c) => c.id)).toEqual(['iam-root-mfa-enabled', 'iam-root-no-access-keys']);
    expect(findChecks(['root-account']).map((c) => c.id).sort()).toEqual(['iam-root-mfa-enabled', 'iam-root-no-access-keys']);
    const cloudtrail = findChecks(['cloudtrail']).map((c) => c.id);
    expect(cloudtrail.length).toBeGreaterThanOrEqual(3);
    expect(cloudtrail.every((id) => id.startsWith('cloudtrail-'))).toBe(true);
  });

  it('throws a UsageError naming each unknown selector with close matches', () => {
    let error: unknown;
    try {
      findChecks(['guardduty-enabeld', 'iam-root-mfa-enabled', 'zzzz']);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toContain('"guardduty-enabeld" (did you mean guardduty-enabled?)');
    expect(message).toContain('"zzzz"');
    expect(message).not.toContain('"iam-root-mfa-enabled"');
  });

  it('getCheck finds exact ids only', () => {
    expect(getCheck('kms-key-rotation')?.id).toBe('kms-key-rotation');
    expect(getCheck('kms')).toBeUndefined();
  });

  it('ranks the nearest known names first', () => {
    expect(closeMatches('kms-key-rotaton', ['kms-key-rotation', 'iam', 'ec2-vpc-flow-logs'])).toEqual(['kms-key-rotation']);
  });
});
