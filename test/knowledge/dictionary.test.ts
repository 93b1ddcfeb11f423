import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { isEnglishWord, loadDictionary, sortedWordsText } from '../../src/knowledge/dictionary.js';

describe('the English dictionary', () => {
  const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => w !== '');
  const all = new Set(words);
  // (the package's own order is not JavaScript's: a binary search over it would miss these)
  const outOfOrder = words.filter((w, i) => i > 0 && !(words[i - 1]! < w));
  const samples = ['basically', 'fleet', 'comply', 'manlily', 'manlihood', 'sharrows', 'sharrowed', 'aa', 'zzzs', 'a', '', 'zzzzz', 'kubernetes', 'qwxz', 'fleets', 'aaa'];
  const agrees = (): void => {
    for (const w of [...samples, ...outOfOrder]) expect(isEnglishWord(w), w).toBe(all.has(w));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.constantFrom('', 'x', 's', 'ing'), fc.boolean(), (i, suffix, cut) => {
        const w = words[i]!;
        const probe = cut ? w.slice(0, -1) + suffix : w + suffix;
        expect(isEnglishWord(probe), probe).toBe(all.has(probe));
      }),
      { numRuns: 3000 },
    );
  };

  it('sorts the words in JavaScript order, each on its own line', () => {
    expect(outOfOrder.length).toBeGreaterThan(0);
    const sorted = sortedWordsText().split('\n');
    expect(sorted.at(-1)).toBe('');
    const lines = sorted.slice(0, -1);
    expect(lines).toHaveLength(all.size);
    for (let i = 1; i < lines.length; i++) if (!(lines[i - 1]! < lines[i]!)) throw new Error(`not sorted at ${lines[i]}`);
  });

  it('finds a word by binary search as a Set of the package words would, and the same once loaded as a Set', () => {
    agrees();
    loadDictionary();
    agrees();
  });
});
