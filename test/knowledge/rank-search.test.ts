import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/knowledge/matcher.js';
import { indexSnapshot, internalsFromJS, kthLargest, miniSearchHits, questionTerms, searchIndex, searchIndexWith, type IndexHits } from '../../src/knowledge/rank.js';
import { blindSet } from './blind-set.js';
import { dutyPhrasings } from './duties/index.js';
import { phrasings } from './phrasings.js';

/** Every hit as plain data: id, score (to the last bit) and the query terms it matched. */
const all = (hits: IndexHits) => Array.from({ length: hits.length }, (_, i) => ({ id: hits.id(i), score: hits.score(i), queryTerms: hits.queryTerms(i) }));

/** Boosts that vary by term and document, a zero among them (MiniSearch leaves such a document out). */
const boostTerm = (term: string) => (term.length % 3 === 0 ? 0.3 : term.length % 3 === 1 ? 0.6 : 1);
const boostDocument = (id: string) => (id.length % 7 === 0 ? 0 : 0.5 + (id.charCodeAt(id.length - 1) % 5) * 0.3);

describe('searchIndex', () => {
  const questions = [...phrasings.map((p) => p.q), ...blindSet.map((c) => c.q), ...dutyPhrasings.map((d) => d.q)];

  it('gives what MiniSearch gives for every test question: the same documents in the same order, the same scores to the bit, the same terms', () => {
    expect(questions.length).toBeGreaterThan(1000);
    for (const q of questions) {
      const terms = [...new Set(questionTerms(parseQuestion(q)).map((t) => t.term))];
      expect(all(searchIndex(terms, boostTerm, boostDocument)), q).toStrictEqual(all(miniSearchHits(terms, boostTerm, boostDocument)));
      // and with every boost at 1
      expect(all(searchIndex(terms, () => 1, () => 1)), q).toStrictEqual(all(miniSearchHits(terms, () => 1, () => 1)));
    }
    // (every test question twice through MiniSearch: its time grows with the catalogue, and doubles on a busy machine)
  }, 120_000);

  it('reads the index from the snapshot (MiniSearch JSON, without loadJS) to the same results as MiniSearch', () => {
    // what `npm run build` writes and `srm who` reads back
    const fromSnapshot = internalsFromJS(JSON.parse(JSON.stringify(indexSnapshot().minisearch)));
    expect(fromSnapshot).toBeDefined();
    for (const q of questions) {
      const terms = [...new Set(questionTerms(parseQuestion(q)).map((t) => t.term))];
      expect(all(searchIndexWith(fromSnapshot, terms, boostTerm, boostDocument)), q).toStrictEqual(all(miniSearchHits(terms, boostTerm, boostDocument)));
    }
    expect(internalsFromJS({ ...indexSnapshot().minisearch, serializationVersion: 1 })).toBeUndefined();
  }, 120_000);

  it('gives the same hits whichever is read first (the ones far below the best are sorted only when read)', () => {
    for (const q of questions.slice(0, 300)) {
      const terms = [...new Set(questionTerms(parseQuestion(q)).map((t) => t.term))];
      const hits = searchIndex(terms, boostTerm, boostDocument);
      const last = hits.length - 1;
      const lastFirst = last >= 0 ? { id: hits.id(last), score: hits.score(last) } : undefined;
      const expected = all(miniSearchHits(terms, boostTerm, boostDocument));
      expect(lastFirst, q).toStrictEqual(last >= 0 ? { id: expected[last]!.id, score: expected[last]!.score } : undefined);
      expect(all(hits), q).toStrictEqual(expected);
    }
  });

  it('asks a document its boost by short id (boostSlot) to the same results, without asking by id', () => {
    const ids = indexSnapshot().minisearch.documentIds as Record<string, string>;
    const bySlot = (doc: number): number => boostDocument(ids[doc]!);
    const byIdNever = (): number => {
      throw new Error('asked by id');
    };
    for (const q of questions.slice(0, 500)) {
      const terms = [...new Set(questionTerms(parseQuestion(q)).map((t) => t.term))];
      expect(all(searchIndex(terms, boostTerm, byIdNever, bySlot)), q).toStrictEqual(all(miniSearchHits(terms, boostTerm, boostDocument)));
    }
  });

  it('finds the k-th largest score as an ascending sort of them all puts it', () => {
    fc.assert(
      // (x + 0 makes -0 into 0: a sort puts -0 before 0, the heap counts them equal; a score is never -0)
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((x) => x + 0), { minLength: 1, maxLength: 600 }), fc.integer({ min: 1, max: 32 }), (values, k0) => {
        const scores = Float64Array.from(values);
        const k = Math.min(k0, scores.length);
        const sorted = scores.slice().sort();
        expect(kthLargest(scores, k)).toBe(sorted[scores.length - k]);
      }),
      { numRuns: 500 },
    );
    expect(kthLargest(Float64Array.from([3, 1, 3, 2, 3]), 2)).toBe(3);
    expect(kthLargest(Float64Array.from([5, 4, 3, 2, 1]), 5)).toBe(1);
  });

  it('gives what MiniSearch gives for any words, repeated, unknown or empty ones included', () => {
    const vocabulary = [...new Set(questions.flatMap((q) => questionTerms(parseQuestion(q)).map((t) => t.term)))];
    const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('', 'zzzunknown', 'a b'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (terms) => {
        expect(all(searchIndex(terms, boostTerm, boostDocument))).toStrictEqual(all(miniSearchHits(terms, boostTerm, boostDocument)));
      }),
      { numRuns: 300 },
    );
  });
});
