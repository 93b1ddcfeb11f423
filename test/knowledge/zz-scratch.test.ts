import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answerQuestion } from '../../src/knowledge/answer.js';
it('scratch', () => {
  const lines = readFileSync('/tmp/qs.txt', 'utf8').split('\n').filter(Boolean);
  for (const q of lines) {
    const a = answerQuestion(q);
    console.log(`${a.owner.padEnd(8)} ${(a.owner !== 'unknown' ? a.service?.id ?? '-' : '-').padEnd(16)} ${(a.owner !== 'unknown' ? a.area.id : a.reason.slice(0, 50)).padEnd(28)} | ${q}  ${a.matched.corrections.map((c) => c.from + '>' + c.to).join(',')}`);
  }
});
