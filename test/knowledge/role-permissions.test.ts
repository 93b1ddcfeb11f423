import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../../src/knowledge/role-permissions.js';
import { tokenize } from '../../src/knowledge/text.js';

const broad = (q: string): boolean => rolePermissions(tokenize(q));

describe('rolePermissions: a role or policy said to grant too much', () => {
  it('reads a role or policy with a word that says it grants too much', () => {
    expect(broad('the glue job role has way too many perms')).toBe(true);
    expect(broad('our step functions policy is overly broad, whose problem')).toBe(true);
    expect(broad('the state machine role can invoke every lambda in the account')).toBe(true);
  });

  it('needs both a role or policy and a word of breadth', () => {
    expect(broad('who creates the glue job role')).toBe(false);
    expect(broad('all of our buckets are public, who fixes it')).toBe(false);
  });
});
