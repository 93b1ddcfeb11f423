/** Words for a role or a policy, and words that say it grants too much. */
const roleWords = new Set(['role', 'roles', 'iamrole', 'policy', 'policies']);
const tooBroadWords = new Set(['every', 'all', 'overly', 'broad', 'excessive', 'wildcard', 'admin', 'administratoraccess', 'star', 'unrestricted', 'many', 'much', 'wide']);

/**
 * A role or policy said to grant too much ("the job role has s3:* on *", "a role with way too many perms", "can
 * invoke every lambda in the account"), on a service whose own duties the words do not place: least privilege in
 * IAM, the customer's.
 */
export function rolePermissions(tokens: readonly string[]): boolean {
  return tokens.some((t) => roleWords.has(t)) && tokens.some((t) => tooBroadWords.has(t));
}
