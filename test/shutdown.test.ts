import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForStopSignal } from '../src/shutdown.js';

afterEach(() => vi.restoreAllMocks());

describe('waitForStopSignal', () => {
  it('resolves with the first signal; a second one exits at once with code 1', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const before = { term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT') };
    const stopped = waitForStopSignal();
    expect(process.listenerCount('SIGTERM')).toBe(before.term + 1);
    process.emit('SIGINT', 'SIGINT');
    await expect(stopped).resolves.toBe('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGTERM', 'SIGTERM');
    expect(exit).toHaveBeenCalledWith(1);
    // the remaining one-shot handler goes with its signal; nothing is left behind
    process.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledTimes(2);
    expect({ term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT') }).toEqual(before);
  });
});
