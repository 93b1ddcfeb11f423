import { describe, expect, it } from 'vitest';
import { didYouMean, parseSrmText } from '../../src/slack/command-router.js';

describe('parseSrmText', () => {
  it('splits the subcommand from its text and normalises spaces', () => {
    expect(parseSrmText('  WHO   patches\tthe  os on ec2 ')).toEqual({ name: 'who', rest: 'patches the os on ec2' });
    expect(parseSrmText('help')).toEqual({ name: 'help', rest: '' });
    expect(parseSrmText('')).toEqual({ name: '', rest: '' });
    expect(parseSrmText(undefined)).toEqual({ name: '', rest: '' });
  });

  it('refuses text longer than Slack sends', () => {
    expect(() => parseSrmText('x'.repeat(4001))).toThrow();
  });
});

describe('didYouMean', () => {
  const names = ['who', 'check', 'checks', 'rules', 'status', 'alerts', 'audit', 'help'];
  it.each([
    ['hlep', 'help'],
    ['chek', 'check'],
    ['rule', 'rules'],
    ['stauts', 'status'],
    ['alert', 'alerts'],
    ['wh', 'who'],
  ])('suggests %s -> %s', (typo, expected) => {
    expect(didYouMean(typo, names)).toBe(expected);
  });

  it('suggests nothing for something unrelated', () => {
    expect(didYouMean('deploy', names)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
