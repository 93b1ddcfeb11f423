import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Keys that carry secrets wherever they appear: in a logged object, its children or grandchildren. */
const secretKeys = [
  'token',
  'botToken',
  'appToken',
  'userToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'credentials',
  'Credentials',
  'secretAccessKey',
  'SecretAccessKey',
  'sessionToken',
  'SessionToken',
  'password',
  'response_url',
  'responseUrl',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SRM_ADMIN_PASSWORD',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'REDIS_URL',
  '"x-slack-signature"',
  '"set-cookie"',
];

function at(key: string): string[] {
  const k = key.startsWith('"') ? `[${key}]` : key;
  const sep = key.startsWith('"') ? '' : '.';
  return [key.startsWith('"') ? `headers${k}` : k, `*${sep}${k}`, `*.*${sep}${k}`, `*.*.*${sep}${k}`];
}

/**
 * The same redaction as pino paths (each secret key at depth 1 to 4), for
 * tools that configure pino themselves. createLogger does not use them:
 * wildcard paths cost pino hundreds of microseconds a line (it clones each
 * logged object); redactSecrets below does the same walk in one pass.
 */
export const redactPaths = [...new Set(secretKeys.flatMap(at))];

const secretKeySet: ReadonlySet<string> = new Set(secretKeys.map((k) => k.replace(/^"|"$/g, '')));
const censor = '[redacted]';
/** How deep secret keys are looked for (the logged object is depth 1), as redactPaths. */
const redactDepth = 4;

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > redactDepth) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const r = redactValue(v, depth + 1);
      if (r !== v) (copy ??= value.slice())[i] = r;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    const r = secretKeySet.has(key) ? (v === undefined ? v : censor) : redactValue(v, depth + 1);
    if (r === v) continue;
    // An Error is copied the way pino would write it (message and stack are not enumerable).
    copy ??= value instanceof Error ? { ...(pino.stdSerializers.err(value) as unknown as Record<string, unknown>) } : { ...(value as Record<string, unknown>) };
    copy[key] = r;
  }
  return copy ?? value;
}

/**
 * `value` with every secret key (secretKeys, up to 4 levels down) replaced by
 * "[redacted]". Copy on write: an object with nothing to redact (nearly every
 * log line) is returned as it is, without allocating.
 */
export function redactSecrets<T>(value: T): T {
  return redactValue(value, 1) as T;
}

/**
 * Secrets that can hide inside strings (a message built by a library, an
 * error's text, a URL): Slack tokens, credentials in a URL's user-info, HTTP
 * auth headers. Scrubbed from every line as it is written, after redaction.
 */
const inlineSecrets: ReadonlyArray<[RegExp, string]> = [
  [/\bxox[abceoprs]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
  [/\bxapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/gi, '$1 [redacted]'],
  [/([a-z][a-z0-9+.-]*:\/\/)[^\s/@"]*:[^\s/@"]+@/gi, '$1[redacted]@'],
  // key/value pairs of JSON embedded in a string (a library's debug line that stringified a request body)
  [/(\\?"(?:token|access_token|bot_token|app_token|secret|signing_secret|client_secret|password|response_url|authorization)\\?"\s*:\s*\\?")[^"\\]+/gi, '$1[redacted]'],
  [/\b(aws_secret_access_key|aws_session_token|X-Amz-Security-Token|X-Amz-Signature)(["']?\s*[=:]\s*["']?)[A-Za-z0-9+/=%]{8,}/gi, '$1$2[redacted]'],
];

/** Removes secrets that redaction paths cannot see (inside strings) from one serialized log line. */
export function scrubSecrets(line: string): string {
  let out = line;
  for (const [pattern, replacement] of inlineSecrets) out = out.replace(pattern, replacement);
  return out;
}

/** A destination that scrubs each line before handing it to `inner`. */
export function scrubbingDestination(inner: DestinationStream): DestinationStream {
  return { write: (line: string) => inner.write(scrubSecrets(line)) };
}

/**
 * Structured logs go to stderr so that `--json` stdout carries only JSON.
 * Level from SRM_LOG_LEVEL (default info; "silent" turns logging off).
 * Secrets are removed twice: by key (redactSecrets, at any depth up to 4)
 * and by shape (tokens, URL passwords, auth headers inside any string).
 * `destination` is for tests; it defaults to stderr.
 */
export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const { redact: _ignored, formatters, ...rest } = options;
  const log = formatters?.log;
  const root = pino(
    {
      name: 'srm',
      level: process.env.SRM_LOG_LEVEL ?? 'info',
      ...rest,
      // Every logged object (a caller's formatter runs first).
      formatters: { ...formatters, log: (o) => redactSecrets(log ? log(o) : o) },
    },
    scrubbingDestination(destination ?? pino.destination({ fd: 2, sync: true })),
  );
  // Child loggers' bindings (pino writes them without the log formatter); children inherit this child().
  const child = root.child;
  root.child = function (this: Logger, bindings, childOptions) {
    return child.call(this, redactSecrets(bindings), childOptions);
  } as typeof root.child;
  return root;
}

/** A logger that writes nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
