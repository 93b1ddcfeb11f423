import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, normalize, tokenize, typoCost } from '../../src/knowledge/text.js';

describe('text helpers', () => {
  it('normalises punctuation, case and possessives', () => {
    expect(normalize("Who patches EC2's OS?")).toBe('who patches ec2 os');
    expect(tokenize('  Multi-AZ  for  RDS!! ')).toEqual(['multi', 'az', 'for', 'rds']);
    expect(tokenize('?!')).toEqual([]);
  });

  it("drops a domain name's ending, which names nothing srm knows", () => {
    expect(tokenize('dnssec for our .com.sg zone')).toEqual(['dnssec', 'for', 'our', 'zone']);
    expect(tokenize('the example.ca site')).toEqual(['the', 'example', 'site']);
    expect(tokenize('asp.net apps on the .net runtime')).toEqual(['asp', 'net', 'apps', 'on', 'the', 'net', 'runtime']);
    expect(tokenize('s3.us-west-2 endpoint')).toEqual(['s3', 'us', 'west', '2', 'endpoint']);
  });

  it('counts edits with adjacent transpositions as one', () => {
    expect(editDistance('lamda', 'lambda')).toBe(1);
    expect(editDistance('dyanmodb', 'dynamodb')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('zorblax', 'lambda', 2)).toBe(3);
  });

  it('is a symmetric distance that is zero only for equal words', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/), fc.stringMatching(/^[a-z]{0,12}$/), (a, b) => {
        const d = editDistance(a, b, 30);
        expect(d).toBe(editDistance(b, a, 30));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('counts a far-away key as an unlikely typo, and a dropped, swapped or neighbouring letter as a likely one', () => {
    expect(typoCost('scaes', 'scans')).toBe(1);
    expect(typoCost('scaes', 'scales')).toBe(0);
    expect(typoCost('patvh', 'patch')).toBe(0);
    expect(typoCost('ptach', 'patch')).toBe(0);
  });

  it('allows no typo in short words and two in long ones', () => {
    expect(allowedEdits(4)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
});
