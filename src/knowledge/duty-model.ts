import { knowledgeData, prebuiltDutyWords } from './data.js';
import { getArea, getService } from './model.js';
import type { Condition, Duty } from './schema.js';
import { tokenize } from './text.js';

export type { Condition, Duty };

const duties: readonly Duty[] = knowledgeData().duties;
const dutyById = new Map<string, Duty>();

for (const d of duties) {
  if (dutyById.has(d.id)) throw new Error(`knowledge: duty id ${d.id} is defined twice`);
  dutyById.set(d.id, d);
  if (!getArea(d.area)) throw new Error(`knowledge: duty ${d.id} names unknown area ${d.area}`);
  for (const s of d.services) if (!getService(s)) throw new Error(`knowledge: duty ${d.id} names unknown service ${s}`);
}

export function listDuties(): readonly Duty[] {
  return duties;
}

export function getDuty(id: string): Duty | undefined {
  return dutyById.get(id);
}

/** The owner a duty has under AWS's default setting (its `owner`, validated against its conditions). */
export function defaultCondition(duty: Duty): Condition | undefined {
  return duty.conditions.find((c) => c.default);
}

/**
 * The words of documented duties (names, phrases, setting cues): the matcher's vocabulary besides its
 * lexicon, the most used first (a typo between two words is read as the commoner one).
 */
export function dutyWords(list: readonly Duty[] = duties): string[] {
  const counts = new Map<string, number>();
  for (const d of list) {
    for (const text of [d.name, ...d.phrases, ...d.conditions.flatMap((c) => c.cues.map((q) => q.replaceAll('+', ' ')))]) {
      for (const t of tokenize(text)) if (!/^\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** `dutyWords()`, from the knowledge snapshot when one was loaded. */
export function vocabularyOfDuties(): readonly string[] {
  return prebuiltDutyWords() ?? dutyWords();
}
