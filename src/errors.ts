/**
 * Domain errors carry a stable code (for logs, metrics and tests) and a message
 * a user can act on. `retryable` tells job processors whether to try again.
 */
export class SrmError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  constructor(code: string, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SrmError';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** A usage error: bad arguments on the CLI or in a slash command. */
export class UsageError extends SrmError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
