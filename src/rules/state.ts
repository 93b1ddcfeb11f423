/**
 * Windowed state for stateful rules (a count or a first-seen over a window).
 * A window is a set of distinct values per (rule, key), each with the event
 * time it was last seen; values older than the window (by the observing
 * event's time) are dropped before each observation. The answer to an
 * event that added a value is kept for the window, so a re-read or retried
 * event gets the same answer and can fire again (the router dedups the
 * post); an answer that added nothing is the same when asked again.
 */
export interface ObserveRequest {
  rule: string;
  key: string;
  /** The event's id: the same id gets the first answer that added a value. */
  eventId: string;
  values: readonly string[];
  /** Event time, ms since the epoch. */
  timeMs: number;
  windowMs: number;
  /** Return up to this many values known before the event (first-seen needs them; count does not). */
  knownLimit: number;
  /** The event only teaches the window (it cannot fire): no answer is needed. */
  teachOnly?: boolean;
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

/** What a teach-only observation gets back (nobody reads it). */
const taught: ObserveResult = Object.freeze({ before: 0, after: 0, added: [], known: [] }) as unknown as ObserveResult;

interface Bucket {
  /** value -> last seen (ms) */
  values: Map<string, number>;
  /** eventId -> [answer, event time], in arrival order (events mostly arrive in time order) */
  answers: Map<string, [ObserveResult, number]>;
  newest: number;
}

/** Drops entries older than `oldest` from the front (maps kept in time order); an out-of-order straggler just lives a little longer. */
function pruneFront<V>(m: Map<string, V>, time: (v: V) => number, oldest: number): void {
  for (const [k, v] of m) {
    if (time(v) >= oldest) return;
    m.delete(k);
  }
}

/**
 * The in-memory store `srm replay` uses (and the engine's default): state
 * lives as long as the engine. Buckets untouched for longer than their
 * window are swept every few thousand observations, so memory follows the
 * number of active keys, not the input size.
 */
export function createMemoryRuleState(): RuleStateStore & { size(): number } {
  /** rule -> key -> bucket (nested, so a lookup builds no string) */
  const rules = new Map<string, Map<string, { bucket: Bucket; windowMs: number }>>();
  let observations = 0;
  let latest = 0;

  function sweep(): void {
    for (const buckets of rules.values()) for (const [k, { bucket, windowMs }] of buckets) if (bucket.newest < latest - windowMs) buckets.delete(k);
  }

  function bucketFor(req: ObserveRequest): Bucket {
    let buckets = rules.get(req.rule);
    if (!buckets) rules.set(req.rule, (buckets = new Map()));
    const key = clip(req.key);
    let entry = buckets.get(key);
    if (!entry) buckets.set(key, (entry = { bucket: { values: new Map(), answers: new Map(), newest: 0 }, windowMs: req.windowMs }));
    entry.windowMs = req.windowMs;
    return entry.bucket;
  }

  /** Values older than the window go (a bucket holds few: addresses, principals, secrets); forEach allocates nothing. */
  function pruneValues(b: Bucket, oldest: number): void {
    b.values.forEach((t, v) => {
      if (t < oldest) b.values.delete(v);
    });
  }

  function record(b: Bucket, req: ObserveRequest): void {
    for (const raw of req.values) {
      const v = clip(raw);
      const seen = b.values.get(v);
      if (seen === undefined || seen < req.timeMs) b.values.set(v, req.timeMs);
    }
    if (req.timeMs > b.newest) b.newest = req.timeMs;
    if (req.timeMs > latest) latest = req.timeMs;
    if (++observations % 4096 === 0) sweep();
  }

  function observe(req: ObserveRequest): ObserveResult {
    const b = bucketFor(req);
    const oldest = req.timeMs - req.windowMs;
    if (req.teachOnly) {
      pruneValues(b, oldest);
      record(b, req);
      return taught;
    }
    const remembered = b.answers.get(req.eventId);
    if (remembered) return remembered[0];
    pruneValues(b, oldest);
    pruneFront(b.answers, (a) => a[1], oldest);
    const before = b.values.size;
    const added: string[] = [];
    for (const raw of req.values) {
      const v = clip(raw);
      if (!b.values.has(v) && !added.includes(v)) added.push(v);
    }
    // Known values matter only to an event that adds one (nothing else can fire).
    const known =
      added.length > 0 && req.knownLimit > 0
        ? [...b.values.entries()].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1)).slice(0, req.knownLimit).map(([v]) => v)
        : [];
    record(b, req);
    const result: ObserveResult = { before, after: b.values.size, added, known };
    // Only an answer that added a value can fire; one that added nothing is the same when asked again.
    if (added.length > 0) b.answers.set(req.eventId, [result, req.timeMs]);
    return result;
  }

  return { sync: true, observe, size: () => [...rules.values()].reduce((n, m) => n + m.size, 0) };
}
