import { readRecordBatches, type ReadOptions } from './read.js';
import type { IngestedRecord } from './types.js';

/**
 * One file's records, started before its turn: reading and gunzipping (on the
 * thread pool) and parsing happen while the caller finishes the file before.
 * What the reader reports before the file's turn (skips, an unreadable path)
 * is held back and passed on, in order, when `batches()` is first called, so
 * reports keep input order.
 */
export interface OpenedFile {
  /** The records, once, a file (or a streamed chunk) at a time: the reader's own iterator (`readRecordBatches`). */
  batches(): AsyncIterable<IngestedRecord[]>;
}

export function openAhead(path: string, report: Required<Pick<ReadOptions, 'onSkip' | 'onError'>>, options: Omit<ReadOptions, 'onSkip' | 'onError' | 'stdin'> = {}): OpenedFile {
  const held: Array<() => void> = [];
  let live = false;
  const it = readRecordBatches([path], {
    ...options,
    onSkip: (s) => (live ? report.onSkip(s) : held.push(() => report.onSkip(s))),
    onError: (p, err) => (live ? report.onError(p, err) : held.push(() => report.onError(p, err))),
  });
  const first = it.next();
  first.catch(() => {}); // awaited by the first next(); not an unhandled rejection meanwhile
  const iterator: AsyncIterator<IngestedRecord[]> = {
    next: () => {
      if (live) return it.next();
      live = true;
      for (const h of held.splice(0)) h();
      return first;
    },
    return: async () => {
      live = true;
      return it.return(undefined);
    },
  };
  return { batches: () => ({ [Symbol.asyncIterator]: () => iterator }) };
}
