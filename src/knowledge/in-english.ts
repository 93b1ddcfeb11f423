import { languages } from './languages/index.js';
import type { Language } from './languages/language.js';

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
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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
  let out = '';
  let last = 0;
  for (let i = 0; i < found.length; ) {
    const start = found[i]!.index;
    let n = Math.min(lang.longest, found.length - i);
    let english: string | undefined;
    for (; n >= 2; n--) {
      english = lang.phrases.get(keys.slice(i, i + n).join(' '));
      // (a phrase is words in a row: nothing but spaces between them)
      if (english !== undefined && /^[\s]*$/.test(question.slice(found[i]!.index + found[i]![0].length, found[i + n - 1]!.index).replace(/[\p{L}\p{M}\p{N}]+/gu, ''))) break;
      english = undefined;
    }
    if (english === undefined) {
      const word = found[i]![0];
      const accent = word.normalize('NFD') !== word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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
