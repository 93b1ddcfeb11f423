import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { dutyPhrasings } from './duties/index.js';

/**
 * How a question is framed in Slack (a greeting, "quick q", who is asking, why) does not change its answer:
 * "our auditor asked" is not a question about audits, and "(for our soc2 audit)" not one about SOC 2.
 */
const frames: [string, (q: string) => string][] = [
  ['quick q', (q) => `quick q: ${q}`],
  ['greeting', (q) => `hey team, ${q}`],
  ['who asks', (q) => `our auditor asked: ${q}`],
  ['confirm', (q) => `can someone confirm: ${q}`],
  ['where', (q) => `in our prod account, ${q}`],
  ['why', (q) => `${q.replace(/\?$/, '')} (asking for our soc2 audit)`],
  ['for the review', (q) => `${q.replace(/\?$/, '')} - for the pci assessment`],
  ['leading purpose', (q) => `for the audit - ${q}`],
  ['apology', (q) => `sorry if dumb question but ${q}`],
  ['debate', (q) => `${q.replace(/\?$/, '')} - trying to settle a debate`],
  ['thanks', (q) => `${q} thanks in advance!`],
  ['chat shorthand', (q) => `ok dumb q tbh :thinking_face: ${q} fwiw`],
  ['incident context', (q) => `postmortem for the eu-west-1 blip on i-0abc1234ef (use1-az1): ${q}`],
  ['raci', (q) => `filling in the RACI: ${q}`],
];

// Every 7th duty phrasing: a spread over all families, fast enough to run on every commit.
const sample = dutyPhrasings.filter((_, i) => i % 7 === 0);

describe('question frames', () => {
  for (const [name, frame] of frames) {
    it(`"${name}" keeps the owner of every sampled phrasing`, () => {
      const changed = sample
        .map((p) => ({ q: frame(p.q), before: answerQuestion(p.q).owner }))
        .map((x) => ({ ...x, after: answerQuestion(x.q).owner }))
        .filter((x) => x.after !== x.before)
        .map((x) => `${x.before} -> ${x.after}: ${x.q}`);
      expect(changed).toEqual([]);
    });
  }

  it('keeps a frame-like word that is part of the question', () => {
    // "auditor" here is the subject, not the asker.
    expect(answerQuestion('who gives our external auditors the soc 2 report of aws').owner).toBe('aws');
    expect(sample.length).toBeGreaterThan(150);
  });
});
