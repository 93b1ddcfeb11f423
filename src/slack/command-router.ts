import { z } from 'zod';
import { editDistance } from '../knowledge/text.js';
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

/** The closest registered name, when it is close enough to be a typo. */
export function didYouMean(name: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of names) {
    const d = candidate.startsWith(name) && name.length >= 2 ? 0 : editDistance(name, candidate, 3);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  if (!best) return undefined;
  return best.d <= (best.name.length <= 4 ? 1 : 2) ? best.name : undefined;
}
