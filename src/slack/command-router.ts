import { z } from 'zod';
import type { SlashCommand } from './define-command.js';

/** `/srm` text as Slack sends it: at most a few thousand characters of free text. */
export const srmTextSchema = z.string().max(4000).transform((s) => s.replace(/\s+/g, ' ').trim());

export interface ParsedSrmText {
  /** The subcommand name, lower-cased; "" when the text is empty. */
  name: string;
  /** Everything after the name. */
  rest: string;
}

export function parseSrmText(raw: unknown): ParsedSrmText {
  const text = srmTextSchema.parse(raw ?? '');
  const space = text.indexOf(' ');
  if (space < 0) return { name: text.toLowerCase(), rest: '' };
  return { name: text.slice(0, space).toLowerCase(), rest: text.slice(space + 1).trim() };
}

export function findCommand(commands: readonly SlashCommand[], name: string): SlashCommand | undefined {
  return commands.find((c) => c.name === name);
}

/** Edit distance counting an adjacent transposition ("hlep") as one edit. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.MAX_SAFE_INTEGER;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest registered name, when it is close enough to be a typo. */
export function didYouMean(name: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of names) {
    const d = candidate.startsWith(name) && name.length >= 2 ? 0 : distance(name, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  if (!best) return undefined;
  return best.d <= (best.name.length <= 4 ? 1 : 2) ? best.name : undefined;
}
