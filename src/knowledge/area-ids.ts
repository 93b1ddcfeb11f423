/**
 * Responsibility area ids that rules, checks and the knowledge base share.
 * The knowledge base must define every one of these (a test enforces it);
 * it may define more.
 */
export const coreAreaIds = [
  'physical-security',
  'hardware-disposal',
  'hypervisor-host-os',
  'global-network',
  'guest-os-patching',
  'guest-os-hardening',
  'database-engine-patching',
  'runtime-patching',
  'application-code',
  'container-images',
  'container-orchestration',
  'security-groups',
  'network-acls-routing',
  'network-monitoring',
  'iam',
  'root-account',
  'access-key-rotation',
  'federation',
  'database-users',
  'resource-policies',
  'encryption-at-rest',
  'encryption-in-transit',
  'key-management',
  'secrets-management',
  'data-classification',
  'client-side-data',
  'backups',
  'high-availability',
  'api-logging',
  'threat-detection',
  'configuration-compliance',
  'vulnerability-scanning',
  'ddos-protection',
  'web-application-firewall',
  'incident-response',
  'compliance-evidence',
  'account-governance',
] as const;

export type CoreAreaId = (typeof coreAreaIds)[number];
