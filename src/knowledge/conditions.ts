import type { Condition, Duty } from './duty-model.js';
import { containsPhrase, settingTerms, settingTermsOfWords } from './terms.js';

/** The setting a question states for a duty, and the words that stated it. */
export interface StatedCondition {
  condition: Condition;
  cue: string;
}

const cueTerms = new Map<string, string[][]>();
/** Terms (after stemming) that state a negative setting. */
const negations = new Set(['off', 'no', 'not', 'without', 'never', 'none', 'zero', '0', 'disabl', 'opt']);

/** A cue's parts as term lists: "sql server + cev" must have every part somewhere in the question. */
function partsOf(cue: string): string[][] {
  let parts = cueTerms.get(cue);
  if (!parts) {
    parts = cue.split('+').map((part) => settingTerms(part)).filter((p) => p.length > 0);
    cueTerms.set(cue, parts);
  }
  return parts;
}

/**
 * The condition of `duty` the question's words state: the one with the longest matching cue. When cues
 * of conditions with different owners match equally well, none is stated (the answer lists them all).
 */
export function statedCondition(duty: Duty, tokens: readonly string[]): StatedCondition | null {
  if (duty.conditions.length === 0) return null;
  const text = settingTermsOfWords(tokens);
  let best: { condition: Condition; cue: string; weight: number } | null = null;
  let tied = false;
  for (const condition of duty.conditions) {
    for (const cue of condition.cues) {
      const parts = partsOf(cue);
      if (parts.length === 0 || !parts.every((part) => containsPhrase(text, part))) continue;
      // A cue that states a negative ("off", "disabled", "without") outweighs an affirmative one that also
      // matched: "auto minor version upgrade turned off on our instances" is about the off setting.
      const weight = parts.reduce((n, part) => n + part.length, 0) + (parts.some((part) => part.some((t) => negations.has(t))) ? 10 : 0);
      if (!best || weight > best.weight) {
        best = { condition, cue, weight };
        tied = false;
      } else if (weight === best.weight && best.condition !== condition && best.condition.owner !== condition.owner) tied = true;
    }
  }
  return best && !tied ? { condition: best.condition, cue: best.cue } : null;
}
