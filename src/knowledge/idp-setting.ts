import { thirdPartyIdps } from './lexicon.js';

/** What an identity provider holds of its own: its sign-in policies, factors, sessions and admins. */
const idpOwnSettings = new Set(['mfa', 'policy', 'policies', 'password', 'passwords', 'session', 'sessions', 'signon', 'sign', 'rules', 'rule', 'tenant', 'admin', 'admins', 'factor', 'factors', 'lockout', 'authenticator', 'authenticators', 'verify', 'fastpass']);
/** Words of federation with AWS: then the question is about the AWS side of the trust. */
const federationWords = new Set(['federation', 'federate', 'federated', 'federating', 'saml', 'scim', 'oidc', 'trust', 'metadata', 'assertion', 'assertions', 'idp', 'integration', 'sync', 'provisioning', 'connector']);

/**
 * A setting of another vendor's identity provider ("okta mfa policies", "the session policy in entra", "auth0's
 * password rules"), with no word of federation with AWS: the vendor's tenant, not an AWS service. As written.
 */
export function idpSetting(tokens: readonly string[]): string | null {
  if (tokens.some((t) => federationWords.has(t))) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!thirdPartyIdps.has(t)) continue;
    const next = tokens.slice(i + 1, i + 3).find((w) => idpOwnSettings.has(w));
    if (next) return `${t} ${tokens.slice(i + 1, tokens.indexOf(next, i + 1) + 1).join(' ')}`;
    // "… policy in okta", "… rules inside auth0"
    const from = Math.max(0, i - 4);
    const setting = tokens.slice(from, i - 1).findIndex((w) => idpOwnSettings.has(w));
    if ((tokens[i - 1] === 'in' || tokens[i - 1] === 'inside' || tokens[i - 1] === 'within') && setting >= 0) return tokens.slice(from + setting, i + 1).join(' ');
  }
  return null;
}
