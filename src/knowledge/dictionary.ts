import { readFileSync, statSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * The English dictionary (the word-list package, 274,000 lower-case words), which an unknown word of a
 * question may still be ("basically", "fleet"). A Set of every word took ~160 ms and ~20 MB to build, paid by
 * every one-shot `srm who` whose question had one word srm does not know; instead the words are kept as one
 * sorted text, a word a line, and found by binary search. `npm run build` writes that text beside this module
 * (the package's own file is not sorted in JavaScript's order: "manlily" before "manlihood"), its first line
 * naming the size of the package's file it was made from; without it (tests run from the sources), the words
 * are sorted at first use.
 */
export const sortedWordsUrl = new URL('./english-words.txt', import.meta.url);

/** The header line of the sorted text: the size of word-list's file it was sorted from. */
function header(): string {
  return `word-list ${statSync(wordListPath).size}`;
}

/** The package's words in JavaScript's order, each followed by a newline. */
export function sortedWordsText(): string {
  const words = readFileSync(wordListPath, 'latin1').split('\n').filter((w) => w !== '');
  return `${words.sort().join('\n')}\n`;
}

/** Writes the sorted text for `npm run build`. */
export function writeSortedWords(): void {
  writeFileSync(sortedWordsUrl, `${header()}\n${sortedWordsText()}`, 'latin1');
}

let words: string | undefined;
/** The sorted text, from the build when it was made from this word-list, else sorted now. */
function sortedWords(): string {
  if (words !== undefined) return words;
  try {
    const raw = readFileSync(sortedWordsUrl, 'latin1');
    const eol = raw.indexOf('\n');
    if (raw.slice(0, eol) === header()) words = raw.slice(eol + 1);
  } catch {
    // (no build: sorted below)
  }
  words ??= sortedWordsText();
  return words;
}

let wordSet: Set<string> | undefined;
/**
 * Loads the dictionary now, as a Set (a lookup in ~50 ns instead of ~2 µs), for a long-lived process whose
 * questions should pay for none of it (`srm serve`'s who thread, prepareMatcher).
 */
export function loadDictionary(): void {
  wordSet ??= new Set(sortedWords().split('\n'));
}

/** True for a word of the English dictionary ("comply"). */
export function isEnglishWord(word: string): boolean {
  if (wordSet) return word !== '' && wordSet.has(word);
  const text = sortedWords();
  // [lo, hi): character offsets where the lines still to search start; both are line starts.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** True for an English word with two neighbouring letters swapped, the commonest slip ("freind", "recieve"), of five letters or more. */
export function swappedEnglishWord(word: string): boolean {
  if (!/^[a-z]{5,}$/.test(word) || isEnglishWord(word)) return false;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    if (isEnglishWord(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`)) return true;
  }
  return false;
}
