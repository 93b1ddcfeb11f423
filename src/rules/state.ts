/**
 * Windowed state for stateful rules (a count or a first-seen over a window).
 * A window is a set of distinct values per (rule, key), each with the event
 * time it was last seen; values older than the window (by the observing
 * event's time) are dropped before each observation. The answer for one
 * event id is kept for the window, so a re-read or retried event gets the
 * same answer and can fire again (the router dedups the post).
 */
export interface ObserveRequest {
  rule: string;
  key: string;
  /** The event's id: the same id always gets the first answer. */
  eventId: string;
  values: readonly string[];
  /** Event time, ms since the epoch. */
  timeMs: number;
  windowMs: number;
  /** Return up to this many values known before the event (first-seen needs them; count does not). */
  knownLimit: number;
}

export interface ObserveResult {
  /** Distinct values in the window before and after this event. */
  before: number;
  after: number;
  /** Values the event added (not in the window before it). */
  added: string[];
  /** Values in the window before the event, oldest first, at most knownLimit. */
  known: string[];
}

export interface RuleStateStore {
  /** true when observe answers synchronously (the engine's sync evaluate can use it). */
  readonly sync: boolean;
  observe(req: ObserveRequest): ObserveResult | Promise<ObserveResult>;
}

/** Value and key lengths kept (ARNs and ids are far shorter; longer untrusted text is cut). */
export const maxStateText = 512;
export const clip = (s: string): string => (s.length > maxStateText ? s.slice(0, maxStateText) : s);

interface Bucket {
  /** value -> last seen (ms) */
  values: Map<string, number>;
  /** eventId -> [answer, event time] */
  answers: Map<string, [ObserveResult, number]>;
  newest: number;
}

/**
 * The in-memory store `srm replay` uses (and the engine's default): state
 * lives as long as the engine. Buckets untouched for longer than their
 * window are swept every few thousand observations, so memory follows the
 * number of active keys, not the input size.
 */
export function createMemoryRuleState(): RuleStateStore & { size(): number } {
  const buckets = new Map<string, { bucket: Bucket; windowMs: number }>();
  let observations = 0;
  let latest = 0;

  function sweep(): void {
    for (const [k, { bucket, windowMs }] of buckets) if (bucket.newest < latest - windowMs) buckets.delete(k);
  }

  function observe(req: ObserveRequest): ObserveResult {
    const id = `${req.rule}\0${clip(req.key)}`;
    let entry = buckets.get(id);
    if (!entry) {
      entry = { bucket: { values: new Map(), answers: new Map(), newest: 0 }, windowMs: req.windowMs };
      buckets.set(id, entry);
    }
    entry.windowMs = req.windowMs;
    const b = entry.bucket;
    const remembered = b.answers.get(req.eventId);
    if (remembered) return remembered[0];
    const oldest = req.timeMs - req.windowMs;
    for (const [v, t] of b.values) if (t < oldest) b.values.delete(v);
    for (const [eid, [, t]] of b.answers) if (t < oldest) b.answers.delete(eid);
    const before = b.values.size;
    const known = req.knownLimit > 0 ? [...b.values.entries()].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1)).slice(0, req.knownLimit).map(([v]) => v) : [];
    const added: string[] = [];
    for (const raw of req.values) {
      const v = clip(raw);
      const seen = b.values.get(v);
      if (seen === undefined) {
        if (!added.includes(v)) added.push(v);
        b.values.set(v, req.timeMs);
      } else if (seen < req.timeMs) b.values.set(v, req.timeMs);
    }
    const result: ObserveResult = { before, after: b.values.size, added, known };
    b.answers.set(req.eventId, [result, req.timeMs]);
    b.newest = Math.max(b.newest, req.timeMs);
    latest = Math.max(latest, req.timeMs);
    if (++observations % 4096 === 0) sweep();
    return result;
  }

  return { sync: true, observe, size: () => buckets.size };
}
