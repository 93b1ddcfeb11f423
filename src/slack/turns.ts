/**
 * Hands out event-loop turns one at a time: `await turn()` resolves in a
 * later turn of the loop than the one it was called in, and at most one
 * waiter is let go per turn, so the network is read between two of them.
 *
 * Why: a slash command acks first and answers after (an answer can take
 * milliseconds of CPU). Run straight after the ack, each answer would hold
 * up the requests already waiting on the socket, and their acks with them;
 * taking one answer per turn lets Bolt read and ack every request that has
 * arrived before the next answer runs.
 */
export function createTurns(): () => Promise<void> {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const release = (): void => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length) schedule();
  };
  // An immediate set while immediates run waits for the next turn (after the loop polls for I/O).
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(release);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      schedule();
    });
}
