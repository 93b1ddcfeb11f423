import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { ambiguousQuestions, dependsOnServiceQuestions, phrasings, unknownServiceQuestions } from './phrasings.js';

describe('answerQuestion on phrasings from AWS documentation', () => {
  it('has enough cases to mean something', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(150);
    expect(unknownServiceQuestions.length).toBeGreaterThanOrEqual(15);
  });

  it.each(phrasings)('$q → $owner / $service / $area', ({ q, owner, service, area }) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe(owner);
    if (a.owner === 'unknown') return;
    expect(a.service?.id ?? null).toBe(service);
    expect(a.area.id).toBe(area);
    expect(a.sources.length).toBeGreaterThan(0);
    expect(a.customerActions.length).toBeGreaterThan(0);
  });

  it.each(unknownServiceQuestions)('refuses "%s"', (q) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe('unknown');
    if (a.owner !== 'unknown') return;
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.reason).toMatch(/service/i);
  });

  it.each(ambiguousQuestions)('sends back "%s" with both readings as suggestions', (q) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe('unknown');
    if (a.owner !== 'unknown') return;
    expect(a.reason).toMatch(/about equally/);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of a.suggestions) expect(answerQuestion(s).owner, s).not.toBe('unknown');
  });

  it.each(dependsOnServiceQuestions)('asks for a service on "%s"', (q) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe('unknown');
    if (a.owner !== 'unknown') return;
    expect(a.byModel).toBeDefined();
    expect(a.byModel?.infrastructure.owner).toBeDefined();
    expect(new Set(Object.values(a.byModel ?? {}).map((m) => m.owner)).size).toBeGreaterThan(1);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });
});
