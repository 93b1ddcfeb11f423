import type { CloudTrailEvent } from '../ingest/types.js';
import type { NoisyCondition } from './define-rule.js';
import { getString } from './event-fields.js';

/**
 * Who made a call, as far as a rule's noise is concerned: a person (an IAM
 * user, the root user, a federated user, an IAM Identity Center session, the
 * console), automation (any other assumed role: pipelines, workloads) or an
 * AWS service. A person changing code or configuration by hand is rarer than
 * a pipeline doing it, and more often the attack.
 */
export type CallerKind = 'person' | 'automation' | 'service';

export function callerKind(e: CloudTrailEvent): CallerKind {
  const id = e.userIdentity;
  const type = getString(id, 'type');
  if (type === 'AWSService' || getString(id, 'invokedBy')) return 'service';
  if (type === 'IAMUser' || type === 'Root' || type === 'FederatedUser') return 'person';
  const ua = typeof e.userAgent === 'string' ? e.userAgent : '';
  if (/console\.amazonaws\.com|Console\//.test(ua)) return 'person';
  const role = getString(id, 'sessionContext', 'sessionIssuer', 'userName') ?? '';
  if (role.startsWith('AWSReservedSSO_')) return 'person';
  return 'automation';
}

/** Infrastructure-as-code clients, by the user agent they send (refreshing state reads every secret and setting). */
export function isInfrastructureAsCode(e: CloudTrailEvent): boolean {
  const ua = typeof e.userAgent === 'string' ? e.userAgent : '';
  return /HashiCorp\/|Terraform\/|Pulumi\/|cloudformation\.amazonaws\.com|aws-cdk\/|OpenTofu\//.test(ua);
}

/** A 12-digit account id, or the account of an ARN; undefined for service principals and "*". */
export function accountOfPrincipal(p: string): string | undefined {
  if (/^\d{12}$/.test(p)) return p;
  return /^arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/.exec(p)?.[1];
}

/** Noise code "deploy-pipeline": the change was made by automation, usually a deployment. */
export const deployPipelineNoise: NoisyCondition<CloudTrailEvent> = {
  code: 'deploy-pipeline',
  note: 'Made by automation (an assumed role that is not a person\'s session): usually a deployment.',
  when: (e) => callerKind(e) === 'automation',
};

/** Noise code "infrastructure-as-code": an IaC client refreshing its state reads every secret it manages. */
export const infrastructureAsCodeNoise: NoisyCondition<CloudTrailEvent> = {
  code: 'infrastructure-as-code',
  note: 'The caller is an infrastructure-as-code client (its user agent), which reads every secret and parameter it manages when it refreshes.',
  when: isInfrastructureAsCode,
};
