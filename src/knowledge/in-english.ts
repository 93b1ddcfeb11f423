import { languages } from './languages/index.js';
import type { Language } from './languages/language.js';
import { withoutAccents } from './text.js';

/** A question written in another language, read into English. */
export interface Reading {
  language: string;
  text: string;
}

interface Compiled {
  name: string;
  strong: ReadonlySet<string>;
  weak: ReadonlySet<string>;
  phrases: ReadonlyMap<string, string>;
  longest: number;
  words: ReadonlyMap<string, string>;
  accented: ReadonlyMap<string, string>;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** A word as the languages' lists key it: lower case, without accents ("Quién" → "quien"). */
function keyOf(word: string): string {
  return withoutAccents(word.toLowerCase());
}

function compile(lang: Language): Compiled {
  const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
  const phrases = new Map(Object.entries(lang.phrases));
  return {
    name: lang.name,
    strong: list(lang.strong),
    weak: list(lang.weak),
    phrases,
    longest: Math.max(1, ...[...phrases.keys()].map((p) => p.split(' ').length)),
    words: new Map(Object.entries(lang.words)),
    accented: new Map(Object.entries(lang.accented ?? {})),
  };
}

let compiled: Compiled[] | undefined;

/**
 * The language a question is written in, of those srm reads: two of its words that no English question has, or one
 * with two of its common words ("la seguridad de S3 es de AWS o nuestra?"). English words among them ("RDS Multi-AZ",
 * "failover") do not count either way. The language with the most such words wins.
 */
function languageOf(keys: readonly string[]): Compiled | undefined {
  compiled ??= languages.map(compile);
  let best: Compiled | undefined;
  let bestScore = 0;
  for (const lang of compiled) {
    const strong = new Set(keys.filter((k) => lang.strong.has(k))).size;
    const weak = new Set(keys.filter((k) => lang.weak.has(k))).size;
    if (!(strong >= 2 || (strong >= 1 && weak >= 2))) continue;
    const score = strong * 2 + weak;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

/**
 * The question in English when it is written (wholly or mostly) in a language srm reads, else null: each run of words
 * the language's phrase list has, then each word its word list has, is put in English; every other word (product
 * names, English words, numbers) stays as written, in its case, so that "Amazon Forecast" is still a name.
 */
export function readInEnglish(question: string): Reading | null {
  const found = [...question.matchAll(wordPattern)];
  const keys = found.map((m) => keyOf(m[0]));
  const lang = languageOf(keys);
  if (!lang) return null;
  // (a phrase is words in a row: nothing but spaces between one and the next)
  const spaced = found.map((m, k) => k + 1 < found.length && /^\s*$/.test(question.slice(m.index + m[0].length, found[k + 1]!.index)));
  let out = '';
  let last = 0;
  for (let i = 0; i < found.length; ) {
    const start = found[i]!.index;
    let n = Math.min(lang.longest, found.length - i);
    let english: string | undefined;
    for (; n >= 2; n--) {
      english = spaced.slice(i, i + n - 1).every(Boolean) ? lang.phrases.get(keys.slice(i, i + n).join(' ')) : undefined;
      if (english !== undefined) break;
    }
    if (english === undefined) {
      // (a word whose accent was taken off its key: "é" is read as the accented word, "e" as the plain one)
      const accent = found[i]![0].toLowerCase() !== keys[i];
      [n, english] = [1, (accent ? lang.accented.get(keys[i]!) : undefined) ?? lang.words.get(keys[i]!)];
    }
    const end = found[i + n - 1]!.index + found[i + n - 1]![0].length;
    out += question.slice(last, start) + (english ?? question.slice(start, end));
    last = end;
    i += n;
  }
  out += question.slice(last);
  return { language: lang.name, text: out };
}
