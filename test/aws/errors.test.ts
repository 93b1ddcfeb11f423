import { describe, expect, it } from 'vitest';
import { classifyAwsError, isRetryableAwsError } from '../../src/aws/errors.js';

function sdkError(name: string, status?: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error('message text is never used to classify'), {
    name,
    ...(status === undefined ? {} : { $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' }),
    ...extra,
  });
}

describe('classifyAwsError', () => {
  it.each([
    ['AccessDenied', 403, 'access-denied'],
    ['AccessDeniedException', 400, 'access-denied'],
    ['UnauthorizedOperation', 403, 'access-denied'],
    ['AuthFailure', 401, 'credentials'],
    ['ExpiredToken', 400, 'credentials'],
    ['ExpiredTokenException', 400, 'credentials'],
    ['InvalidClientTokenId', 403, 'credentials'],
    ['CredentialsProviderError', undefined, 'credentials'],
    ['Throttling', 400, 'throttled'],
    ['ThrottlingException', 400, 'throttled'],
    ['TooManyRequestsException', 429, 'throttled'],
    ['RequestLimitExceeded', 503, 'throttled'],
    ['NoSuchEntity', 404, 'not-found'],
    ['NoSuchPublicAccessBlockConfiguration', 404, 'not-found'],
    ['OptInRequired', 403, 'opt-in-required'],
    ['InternalFailure', 500, 'transient'],
    ['ServiceUnavailable', 503, 'transient'],
    ['TimeoutError', undefined, 'transient'],
    ['ValidationException', 400, 'fatal'],
    ['SomeNewForbiddenError', 403, 'access-denied'],
    ['SomeNewServerError', 502, 'transient'],
  ] as const)('%s (HTTP %s) is %s', (name, status, kind) => {
    const c = classifyAwsError(sdkError(name, status));
    expect(c.kind).toBe(kind);
    expect(c.name).toBe(name);
  });

  it('reads a throttling $retryable flag and node socket codes', () => {
    expect(classifyAwsError(sdkError('Whatever', 400, { $retryable: { throttling: true } })).kind).toBe('throttled');
    expect(classifyAwsError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toMatchObject({ kind: 'transient', name: 'ECONNRESET' });
  });

  it('does not classify by message text', () => {
    expect(classifyAwsError(new Error('AccessDenied: not authorized')).kind).toBe('fatal');
    expect(classifyAwsError('a string').name).toBe('UnknownError');
  });

  it('gives a retry verdict', () => {
    expect(isRetryableAwsError(sdkError('ThrottlingException', 400))).toBe(true);
    expect(isRetryableAwsError(sdkError('InternalError', 500))).toBe(true);
    expect(isRetryableAwsError(sdkError('AccessDenied', 403))).toBe(false);
  });
});
