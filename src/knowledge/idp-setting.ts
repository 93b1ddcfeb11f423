import { thirdPartyIdps } from './lexicon.js';

/** What an identity provider holds of its own: its sign-in policies, factors, sessions and admins. */
const idpOwnSettings = new Set(['mfa', 'policy', 'policies', 'password', 'passwords', 'session', 'sessions', 'signon', 'sign', 'rules', 'rule', 'tenant', 'admin', 'admins', 'factor', 'factors', 'lockout', 'authenticator', 'authenticators', 'verify', 'fastpass']);
/** Second words of identity providers' names ("ping IDENTITY", "entra ID"). */
const nameTails = new Set(['identity', 'id']);
/** Words of federation with AWS: then the question is about the AWS side of the trust. */
const federationWords = new Set(['federation', 'federate', 'federated', 'federating', 'saml', 'scim', 'oidc', 'trust', 'metadata', 'assertion', 'assertions', 'idp', 'integration', 'sync', 'provisioning', 'connector']);

/**
 * A setting or thing of another vendor's identity provider ("okta mfa policies", "okta's own infra", "the session policy in entra", "auth0's
 * password rules"), with no word of federation with AWS: the vendor's tenant, not an AWS service. As written.
 */
export function idpSetting(tokens: readonly string[]): string | null {
  // The provider's own things, federated or not: "OKTA's OWN infra patching (it's our IdP federated into identity center)",
  // "ping identity's own datacenter", "entra id's own servers".
  for (let i = 0; i < tokens.length; i++) {
    if (!thirdPartyIdps.has(tokens[i] ?? '')) continue;
    const own = tokens[i + 1] === 'own' ? i + 1 : nameTails.has(tokens[i + 1] ?? '') && tokens[i + 2] === 'own' ? i + 2 : -1;
    if (own > 0 && tokens[own + 1]) return tokens.slice(i, own + 2).join(' ');
  }
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
