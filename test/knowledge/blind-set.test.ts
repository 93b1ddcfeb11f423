import { describe, expect, it } from 'vitest';
import { answerQuestion, type WhoAnswer } from '../../src/knowledge/answer.js';
import { getArea, getService } from '../../src/knowledge/model.js';
import { blindSet, type BlindCase } from './blind-set.js';

// Accuracy is measured per field over the whole set; remaining misses are listed with `knownMiss`
// and run as `it.fails`, so fixing one turns the test red until the set is updated.
const serviceOf = (a: WhoAnswer): string | null => (a.owner === 'unknown' ? null : (a.service?.id ?? null));
const areaOf = (a: WhoAnswer): string | undefined => (a.owner === 'unknown' ? a.area?.id : a.area.id);

function split(cases: BlindCase[], field: 'owner' | 'service' | 'area'): [BlindCase[], BlindCase[]] {
  return [cases.filter((c) => c.knownMiss?.field !== field), cases.filter((c) => c.knownMiss?.field === field)];
}

describe('blind set: owners', () => {
  const [hits, misses] = split(blindSet, 'owner');
  it.each(hits)('$q -> $owner', ({ q, owner }) => expect(answerQuestion(q).owner).toBe(owner));
  if (misses.length) it.fails.each(misses)('known miss: $q -> $owner', ({ q, owner }) => expect(answerQuestion(q).owner).toBe(owner));
});

describe('blind set: services', () => {
  const [hits, misses] = split(blindSet.filter((c) => c.service !== undefined && c.owner !== 'unknown'), 'service');
  it.each(hits)('$q -> $service', ({ q, service }) => expect(serviceOf(answerQuestion(q))).toBe(service));
  if (misses.length) it.fails.each(misses)('known miss: $q -> $service', ({ q, service }) => expect(serviceOf(answerQuestion(q))).toBe(service));
});

describe('blind set: areas', () => {
  const [hits, misses] = split(blindSet.filter((c) => typeof c.area === 'string'), 'area');
  it.each(hits)('$q -> $area', ({ q, area }) => expect(areaOf(answerQuestion(q))).toBe(area));
  if (misses.length) it.fails.each(misses)('known miss: $q -> $area', ({ q, area }) => expect(areaOf(answerQuestion(q))).toBe(area));
});

describe('blind set: accuracy', () => {
  it('answers at least 97% of owners right and refuses every unknown service', () => {
    const right = blindSet.filter((c) => answerQuestion(c.q).owner === c.owner).length;
    expect(right / blindSet.length).toBeGreaterThanOrEqual(0.97);
    const unknown = blindSet.filter((c) => c.owner === 'unknown');
    expect(unknown.filter((c) => answerQuestion(c.q).owner !== 'unknown').map((c) => c.q)).toEqual([]);
    // A known service is never refused.
    expect(blindSet.filter((c) => c.owner !== 'unknown' && answerQuestion(c.q).owner === 'unknown').map((c) => c.q)).toEqual([]);
  });
});

describe('blind set: the set itself', () => {
  it('names only ids the knowledge base defines, and questions are unique', () => {
    const questions = new Set<string>();
    for (const c of blindSet) {
      expect(questions.has(c.q), c.q).toBe(false);
      questions.add(c.q);
      if (c.service) expect(getService(c.service), c.service).toBeDefined();
      if (c.area) expect(getArea(c.area), c.area).toBeDefined();
      expect(c.source).toMatch(/^https:\/\/|^not an AWS service/);
    }
    expect(blindSet.length).toBeGreaterThanOrEqual(130);
    expect(blindSet.filter((c) => c.owner === 'unknown').length).toBeGreaterThanOrEqual(20);
  });
});
