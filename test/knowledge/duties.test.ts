import { describe, expect, it } from 'vitest';
import { answerQuestion, type WhoAnswer } from '../../src/knowledge/answer.js';
import { listDuties } from '../../src/knowledge/duty-model.js';
import { dutyPhrasings } from './duties/index.js';

const dutyOf = (a: WhoAnswer): string | undefined => (a.owner === 'unknown' ? undefined : a.duty?.id);
const statedOf = (a: WhoAnswer): string | undefined => (a.owner === 'unknown' ? undefined : a.conditions?.find((c) => c.stated)?.when);

describe('duty phrasings', () => {
  it.each(dutyPhrasings)('$q -> $owner ($duty)', ({ q, owner, duty, setting }) => {
    const answer = answerQuestion(q);
    expect({ owner: answer.owner, duty: dutyOf(answer), setting: statedOf(answer) }).toEqual({ owner, duty, setting });
  });
});

describe('duty catalogue', () => {
  const byDuty = new Map<string, typeof dutyPhrasings>();
  for (const p of dutyPhrasings) byDuty.set(p.duty, [...(byDuty.get(p.duty) ?? []), p]);

  it('has at least two phrasings for every duty, and only for duties that exist', () => {
    const ids = new Set(listDuties().map((d) => d.id));
    expect([...byDuty.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(listDuties().filter((d) => (byDuty.get(d.id)?.length ?? 0) < 2).map((d) => d.id)).toEqual([]);
  });

  it('states every condition of every duty in at least one phrasing', () => {
    const missing = listDuties().flatMap((d) => d.conditions.filter((c) => !(byDuty.get(d.id) ?? []).some((p) => p.setting === c.when)).map((c) => `${d.id}: ${c.when}`));
    expect(missing).toEqual([]);
  });

  it('answers a duty with conditions, asked without its setting, with the default owner (else shared) and every setting listed', () => {
    for (const d of listDuties().filter((x) => x.conditions.length > 0)) {
      const q = byDuty.get(d.id)?.find((p) => !p.setting);
      if (!q) continue;
      const a = answerQuestion(q.q);
      expect(a.owner, q.q).toBe(d.conditions.find((c) => c.default)?.owner ?? 'shared');
      expect(a.owner === 'unknown' ? [] : (a.conditions ?? []).map((c) => c.when), q.q).toEqual(d.conditions.map((c) => c.when));
    }
  });
});
