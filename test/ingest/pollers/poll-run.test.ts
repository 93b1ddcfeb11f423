import { describe, expect, it } from 'vitest';
import { later } from '../../../src/ingest/pollers/poll-run.js';

describe('later', () => {
  const a = new Date('2026-01-01T00:00:00Z');
  const b = new Date('2026-01-01T00:00:01Z');

  it('keeps the later of two times', () => {
    expect(later(undefined, a)).toBe(a);
    expect(later(a, b)).toBe(b);
    expect(later(b, a)).toBe(b);
  });

  it('ignores a missing or invalid time', () => {
    expect(later(a, undefined)).toBe(a);
    expect(later(a, new Date('not a date'))).toBe(a);
    expect(later(undefined, new Date('not a date'))).toBeUndefined();
  });
});
