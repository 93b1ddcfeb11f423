import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';

/**
 * When the ranking cannot decide and the question grammar reads an area from its words, the best-ranked duty
 * still checks it: a duty that explains a fair part of the question and gives another owner sends the
 * question back with both readings instead of the area's owner.
 */
describe('the question grammar checked by the ranking', () => {
  it('sends the question back when the area read and the best duty give different owners', () => {
    const a = answerQuestion('a disk in our outposts rack died, who replaces the part');
    expect(a.owner).toBe('unknown');
    if (a.owner !== 'unknown') return;
    expect(a.reason).toMatch(/reads as "Customer data, client-side encryption and data integrity" \(the customer\) and as "Replacing failed Outpost hardware" \(AWS\)/);
    expect(a.suggestions).toContain('who owns replacing failed outpost hardware for outposts');
    expect(a.explain?.choice?.id).toBe('outposts-hardware-replacement');
  });

  it('keeps the grammar answer when the best duty agrees or explains too little', () => {
    // The grammar reads physical security; the ranking's best is another AWS duty: they agree on the owner.
    const a = answerQuestion('moving our ledger postgres off our own racks onto rds: power, cooling and the building, still ours?');
    expect(a.owner).toBe('aws');
  });
});
