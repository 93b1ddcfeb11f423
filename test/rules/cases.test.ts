import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ruleFires } from '../../src/rules/engine.js';

/** Every rule's own example events, with the outcome the rule declares. */
describe.each((rules as readonly Rule[]).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(ruleFires(rule, c.event, c.before)).toBe(c.fires);
  });
});
