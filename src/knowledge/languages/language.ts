/**
 * A language people ask srm in besides English, read word by word into English before the question is parsed. Keys are
 * lower case, without accents.
 */
export interface Language {
  name: string;
  /** Words of the language that no English question has (space-separated). */
  strong: string;
  /** Common words of the language that English (or other languages) also write ("la", "de", "es"). */
  weak: string;
  /** Runs of words, longest first when they overlap, and what they are in English. */
  phrases: Record<string, string>;
  /** Words whose accent changes what they are ("é" is "is", "e" is "and"): keyed by the word without its accent. */
  accented?: Record<string, string>;
  /** Single words and what they are in English. */
  words: Record<string, string>;
}
