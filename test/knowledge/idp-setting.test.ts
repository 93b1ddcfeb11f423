import { describe, expect, it } from 'vitest';
import { idpSetting } from '../../src/knowledge/idp-setting.js';
import { tokenize } from '../../src/knowledge/text.js';

const setting = (q: string): string | null => idpSetting(tokenize(q));

describe('idpSetting: a setting inside another vendor’s identity provider', () => {
  it('names the setting after the vendor, as written', () => {
    expect(setting('who maintains the okta mfa policies for our engineers')).toBe('okta mfa');
    expect(setting('auth0 password rules, who sets them')).toBe('auth0 password');
  });

  it('names the setting before "in" or "inside" the vendor', () => {
    expect(setting('the sign-on policy inside entra: ours or aws?')).toMatch(/policy inside entra$/);
  });

  it('is nothing when the question is about federation with AWS', () => {
    expect(setting('okta saml federation into identity center: who rotates the metadata')).toBeNull();
    expect(setting('scim provisioning from okta into aws sso')).toBeNull();
  });

  it('is nothing without a vendor identity provider, or without a setting of its own', () => {
    expect(setting('who enforces mfa for iam users')).toBeNull();
    expect(setting('we moved off okta last year, who patches ec2 now')).toBeNull();
  });
});
