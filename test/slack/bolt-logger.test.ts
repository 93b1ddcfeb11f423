import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { redactPaths } from '../../src/logger.js';
import { boltLogger } from '../../src/slack/bolt-logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info', redact: { paths: redactPaths, censor: '[redacted]' } }, stream) };
}

describe('boltLogger', () => {
  it("writes Bolt's lines to our pino logger, tagged as bolt, at the right levels", () => {
    const { lines, logger } = capture();
    const bolt = boltLogger(logger);
    bolt.info('listening on', 3000);
    bolt.warn('slow ack');
    bolt.error('failed', new Error('boom'));
    bolt.debug('hidden at info');
    expect(lines.map((l) => [l.level, l.msg, l.component])).toEqual([
      [30, 'listening on 3000', 'bolt'],
      [40, 'slow ack', 'bolt'],
      [50, 'failed boom', 'bolt'],
    ]);
    expect((lines[2]?.err as { message?: string }).message).toBe('boom');
  });

  it('lets Bolt lower the level to debug, and reports the level', () => {
    const { lines, logger } = capture();
    const bolt = boltLogger(logger);
    expect(bolt.getLevel()).toBe(LogLevel.INFO);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug('now shown');
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    expect(lines.map((l) => l.msg)).toEqual(['now shown']);
  });
});
