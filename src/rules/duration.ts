/** A window length as rules and the config write it: seconds, or "90s", "10m", "24h", "7d". */
export type Duration = number | `${number}${'s' | 'm' | 'h' | 'd'}`;

const unitSeconds = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
/** Longest window a stateful rule may keep (state lives in Redis for this long). */
export const maxWindowSeconds = 30 * 86_400;

/** Seconds in a duration; throws on anything else, or on a window of zero or over 30 days. */
export function parseDuration(d: Duration | string): number {
  let seconds: number;
  if (typeof d === 'number') seconds = d;
  else {
    const m = /^(\d+)(s|m|h|d)$/.exec(d);
    if (!m) throw new Error(`invalid duration "${d}": expected seconds or a number with s, m, h or d ("10m")`);
    seconds = Number(m[1]) * unitSeconds[m[2] as keyof typeof unitSeconds];
  }
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > maxWindowSeconds) {
    throw new Error(`invalid duration ${JSON.stringify(d)}: between 1 second and 30 days`);
  }
  return seconds;
}

/** "600" -> "10m", for messages. */
export function formatDuration(seconds: number): string {
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60]] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** Per-rule overrides of a stateful rule's window (seconds) and threshold (config: `rules.<rule id>`). */
export type RuleTuning = Readonly<Record<string, { window?: number | undefined; threshold?: number | undefined }>>;
