import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownNamesText, knownPhrase } from '../../src/knowledge/duty-model.js';

describe('knownPhrase', () => {
  const text = knownNamesText();
  const words = text.split(' ');
  const includes = (phrase: string[]): boolean => text.includes(` ${phrase.join(' ')} `);

  it('answers as a substring search of the names text, before and after it builds its word index', () => {
    const samples: string[][] = [['helm', 'chart'], ['object', 'lock'], ['zzz', 'nothing'], [''], ['', ''], ['|'], ['store', ''], ['a b'], ['patch', 'manager']];
    // (well past the lookups made by substring search)
    for (let round = 0; round < 10; round++) for (const s of samples) expect(knownPhrase(s), s.join(' ')).toBe(includes(s));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (start, n, alter) => {
        const phrase = words.slice(start, start + n);
        if (alter) phrase[phrase.length - 1] = `${phrase[phrase.length - 1] ?? ''}x`;
        expect(knownPhrase(phrase)).toBe(includes(phrase));
      }),
      { numRuns: 2000 },
    );
    // the text's first and last words, which have no space on their outer side
    expect(knownPhrase([words[1]!])).toBe(includes([words[1]!]));
    expect(knownPhrase(words.slice(-3, -1))).toBe(includes(words.slice(-3, -1)));
  });
});
