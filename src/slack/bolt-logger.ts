import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logger.js';

const toPino: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

function message(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
}

/** Bolt's logger interface on top of our pino logger, so Bolt's lines share the stream and the redaction. */
export function boltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: 'bolt' });
  const errorOf = (parts: unknown[]) => parts.find((p): p is Error => p instanceof Error);
  return {
    // Bolt logs at debug on every request: the message is built only when it will be written.
    debug: (...parts: unknown[]) => {
      if (log.isLevelEnabled('debug')) log.debug(message(parts));
    },
    info: (...parts: unknown[]) => log.info(message(parts)),
    warn: (...parts: unknown[]) => log.warn(message(parts)),
    error: (...parts: unknown[]) => {
      const err = errorOf(parts);
      if (err) log.error({ err }, message(parts));
      else log.error(message(parts));
    },
    setLevel: (level: LogLevel) => {
      // our level (SRM_LOG_LEVEL) wins over Bolt's default, but Bolt may lower it to debug on request
      if (level === LogLevel.DEBUG) log.level = 'debug';
    },
    getLevel: () => (Object.entries(toPino).find(([, v]) => v === log.level)?.[0] as LogLevel | undefined) ?? LogLevel.INFO,
    setName: (name: string) => {
      log = log.child({ boltName: name });
    },
  };
}
