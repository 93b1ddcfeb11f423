/** How an AWS SDK error should be treated: reported, retried, or given up on. */
export type AwsErrorKind =
  | 'access-denied'
  | 'throttled'
  | 'not-found'
  | 'opt-in-required'
  | 'transient'
  | 'credentials'
  | 'fatal';

export interface ClassifiedAwsError {
  kind: AwsErrorKind;
  name: string;
  message: string;
}

const accessDenied = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'NotAuthorized',
]);

const throttled = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
]);

const notFound = new Set([
  'NoSuchEntity',
  'NoSuchEntityException',
  'NotFound',
  'NotFoundException',
  'ResourceNotFoundException',
  'NoSuchBucket',
  'NoSuchKey',
  'NoSuchPublicAccessBlockConfiguration',
  'NoSuchConfigurationRecorderException',
  'TrailNotFoundException',
]);

const optIn = new Set(['OptInRequired', 'SubscriptionRequiredException', 'InvalidClientTokenIdInRegion']);

const credentials = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'IncompleteSignature',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'TokenRefreshRequired',
  'RequestExpired',
]);

const transientNames = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalError',
  'InternalFailure',
  'InternalServerError',
  'InternalServerErrorException',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'AbortError',
]);

function field(err: unknown, key: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[key] : undefined;
}

/**
 * Classifies an AWS SDK v3 error by its `name`, `$fault` and HTTP status,
 * never by its message text. AuthFailure is EC2's "credentials not valid".
 */
export function classifyAwsError(err: unknown): ClassifiedAwsError {
  const rawName = field(err, 'name');
  const code = field(err, 'code');
  const name =
    typeof rawName === 'string' && rawName !== 'Error'
      ? rawName
      : typeof code === 'string'
        ? code
        : typeof rawName === 'string'
          ? rawName
          : 'UnknownError';
  const rawMessage = field(err, 'message');
  const message = typeof rawMessage === 'string' ? rawMessage : String(err);
  const meta = field(err, '$metadata');
  const status = typeof meta === 'object' && meta !== null ? (meta as { httpStatusCode?: unknown }).httpStatusCode : undefined;
  const fault = field(err, '$fault');
  const retryable = field(err, '$retryable');

  const kind: AwsErrorKind = accessDenied.has(name)
    ? 'access-denied'
    : credentials.has(name)
      ? 'credentials'
      : throttled.has(name) || status === 429 || (typeof retryable === 'object' && retryable !== null && (retryable as { throttling?: unknown }).throttling === true)
        ? 'throttled'
        : notFound.has(name)
          ? 'not-found'
          : optIn.has(name)
            ? 'opt-in-required'
            : transientNames.has(name) || fault === 'server' || (typeof status === 'number' && status >= 500)
              ? 'transient'
              : status === 403
                ? 'access-denied'
                : status === 404
                  ? 'not-found'
                  : 'fatal';
  return { kind, name, message };
}

/** Worth retrying later (a job's retry verdict). */
export function isRetryableAwsError(err: unknown): boolean {
  const { kind } = classifyAwsError(err);
  return kind === 'throttled' || kind === 'transient';
}
