import type { ObserveRequest } from '../rules/state.js';

/**
 * Window observations that only teach (a first-seen rule's baseline, such as
 * the addresses IAM users call from), flattened into one array of strings and
 * numbers for the trip from a replay worker to the main thread: one flat
 * array clones far faster than thousands of small objects.
 * Layout per observation: rule, key, eventId, timeMs, windowMs, knownLimit, n, then n values.
 */
export type TeachList = Array<string | number>;

export function packTeach(list: TeachList, r: ObserveRequest): void {
  list.push(r.rule, r.key, r.eventId, r.timeMs, r.windowMs, r.knownLimit, r.values.length, ...r.values);
}

export function* unpackTeach(list: TeachList): Generator<ObserveRequest> {
  let i = 0;
  while (i < list.length) {
    const rule = list[i++] as string;
    const key = list[i++] as string;
    const eventId = list[i++] as string;
    const timeMs = list[i++] as number;
    const windowMs = list[i++] as number;
    const knownLimit = list[i++] as number;
    const n = list[i++] as number;
    const values = list.slice(i, i + n) as string[];
    i += n;
    yield { rule, key, eventId, values, timeMs, windowMs, knownLimit, teachOnly: true };
  }
}
