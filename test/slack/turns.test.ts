import { describe, expect, it } from 'vitest';
import { createTurns } from '../../src/slack/turns.js';

/** Counts event-loop turns while `run` is going (an immediate that re-arms itself ticks once per turn). */
async function countingTurns<T>(run: (now: () => number) => Promise<T>): Promise<T> {
  let turn = 0;
  let ticking = true;
  const tick = (): void => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return await run(() => turn);
  } finally {
    ticking = false;
  }
}

describe('createTurns', () => {
  it('lets one waiter go per event-loop turn, in the order they came', async () => {
    const nextTurn = createTurns();
    const seen = await countingTurns(async (now) => {
      const at: Array<[string, number]> = [];
      await Promise.all(['a', 'b', 'c'].map((name) => nextTurn().then(() => at.push([name, now()]))));
      return at;
    });
    expect(seen.map(([name]) => name)).toEqual(['a', 'b', 'c']);
    expect(seen[1]![1]).toBeGreaterThan(seen[0]![1]);
    expect(seen[2]![1]).toBeGreaterThan(seen[1]![1]);
  });

  it('lets I/O callbacks run between two waiters', async () => {
    const nextTurn = createTurns();
    const order: string[] = [];
    const first = nextTurn().then(() => {
      order.push('first');
      // I/O that completes while the first waiter runs: its callback comes before the second waiter
      setTimeout(() => order.push('timer'), 0);
      const until = Date.now() + 5;
      while (Date.now() < until);
    });
    const second = nextTurn().then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'timer', 'second']);
  });
});
