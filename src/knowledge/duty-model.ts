import { knowledgeData, prebuiltDutyWords, prebuiltKnownNames, type KnowledgeData } from './data.js';
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

/**
 * Every name srm knows or mentions, as one text of words (each entry's words joined by spaces, entries by " | "):
 * duties (names, phrases, tools, settings and what they say), areas (names, aliases, what each side does) and
 * services with their aliases. A name someone quotes is one srm can vouch for when it occurs in this text.
 */
export function namesText(data: KnowledgeData): string {
  const texts = [
    ...data.duties.flatMap((d) => [d.name, d.tool ?? '', d.why, d.aws, d.customer, d.misconception ?? '', ...d.phrases, ...d.conditions.flatMap((c) => [c.when, c.detail, ...c.cues.map((q) => q.replaceAll('+', ' '))])]),
    ...data.areas.flatMap((a) => Object.values(a.defaults).flatMap((r) => (r ? [r.why, ...r.aws, ...r.customer] : []))),
    ...data.areas.flatMap((a) => [a.name, ...a.aliases]),
    ...data.services.flatMap((s) => [s.name, ...s.aliases, ...s.features]),
  ];
  return ` ${texts.map((t) => tokenize(t).join(' ')).join(' | ')} `;
}

let names: string | undefined;
/** `namesText()` of the knowledge base, from the snapshot's names file when one was written with it. */
export function knownNamesText(): string {
  names ??= prebuiltKnownNames() ?? namesText(knowledgeData());
  return names;
}

/** The names text's words in order (split at each space, so "" where two spaces meet), and where each word occurs. */
let nameWords: { words: string[]; at: Map<string, number[]> } | undefined;
let phraseLookups = 0;
/** Lookups made by substring search before the word index is built: a one-shot `srm who` asks a handful. */
const lookupsBeforeIndex = 32;

/**
 * True when the words occur in a row in `knownNamesText()`, as whole words: `knownNamesText().includes(` ${words.join(' ')} `)`.
 * A search of the 1.3 MB text took ~7% of an answer's CPU in a server; after the first few lookups, the words are found
 * through an index of where each word occurs instead.
 */
export function knownPhrase(phrase: readonly string[]): boolean {
  const text = phrase.join(' ');
  if (++phraseLookups <= lookupsBeforeIndex) return knownNamesText().includes(` ${text} `);
  // (as the text is split: a word with a space in it is two)
  const words = text.split(' ');
  if (!nameWords) {
    const all = knownNamesText().split(' ');
    const at = new Map<string, number[]>();
    all.forEach((w, i) => {
      const list = at.get(w);
      if (list) list.push(i);
      else at.set(w, [i]);
    });
    nameWords = { words: all, at };
  }
  const { words: all, at } = nameWords;
  const last = all.length - 1;
  // (a space before the first word and after the last: the text's first and last "" words are no match)
  for (const i of at.get(words[0]!) ?? []) {
    if (i < 1 || i + words.length > last) continue;
    let j = 1;
    while (j < words.length && all[i + j] === words[j]) j++;
    if (j === words.length) return true;
  }
  return false;
}
