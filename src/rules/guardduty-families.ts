import type { GuardDutyFinding } from '../ingest/types.js';
import type { CoreAreaId } from '../knowledge/area-ids.js';
import { getPath, getString, items } from './event-fields.js';
import type { Severity } from './types.js';

/**
 * GuardDuty severity bands (GuardDuty User Guide, "Severity levels for
 * GuardDuty findings"): low 1.0-3.9, medium 4.0-6.9, high 7.0-8.9,
 * critical 9.0-10.0. Anything under 1.0 is informational.
 */
export function guardDutySeverity(value: number): Severity {
  if (value >= 9) return 'critical';
  if (value >= 7) return 'high';
  if (value >= 4) return 'medium';
  if (value >= 1) return 'low';
  return 'info';
}

export interface FindingFamily {
  /** Matches the finding type (ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact). */
  test: RegExp;
  area: CoreAreaId;
  customerAction: string;
  /** MITRE ATT&CK technique ids for findings of the family. */
  attack: readonly string[];
}

/** First match wins: specific types before their broad families. */
export const findingFamilies: readonly FindingFamily[] = [
  {
    test: /^Stealth:IAMUser\/CloudTrailLoggingDisabled/,
    area: 'api-logging',
    customerAction: 'Turn the trail back on, then treat the credentials that stopped it as compromised until proven otherwise.',
    attack: ['T1562.008'],
  },
  {
    test: /^Stealth:S3\/ServerAccessLoggingDisabled/,
    area: 'api-logging',
    customerAction: 'Re-enable S3 server access logging and find out who turned it off.',
    attack: ['T1562.008'],
  },
  {
    test: /^Policy:IAMUser\/RootCredentialUsage/,
    area: 'root-account',
    customerAction: 'Confirm the root usage; if unexpected, reset the root password, check MFA and delete root access keys.',
    attack: ['T1078.004'],
  },
  {
    test: /:(Kubernetes|EKSCluster)\//,
    area: 'container-orchestration',
    customerAction: 'Review the Kubernetes user, role bindings and workload named; revoke the credentials or isolate the pod if the activity is not expected.',
    attack: ['T1609', 'T1078.004'],
  },
  {
    test: /:RDS\//,
    area: 'database-users',
    customerAction: 'Check the database user and source named; rotate its password and restrict network access to the database if the login is not expected.',
    attack: ['T1078.004', 'T1110'],
  },
  {
    test: /:Lambda\//,
    area: 'application-code',
    customerAction: 'Review the function code and its recent deployments; roll back and rotate its role credentials if it was tampered with.',
    attack: ['T1648'],
  },
  {
    test: /:Runtime\/|:(ECS|Container)\//,
    area: 'guest-os-hardening',
    customerAction: 'Isolate the workload, capture evidence, and rebuild it from a known-good image; the OS and the code inside are the customer\'s.',
    attack: ['T1610', 'T1059'],
  },
  {
    test: /^Object:S3\/MaliciousFile|MaliciousFile/,
    area: 'data-classification',
    customerAction: 'Quarantine or delete the malicious object and find out how it was uploaded.',
    attack: ['T1204'],
  },
  {
    test: /^(UnauthorizedAccess|CredentialAccess|Policy|PrivilegeEscalation|Persistence|Discovery|Impact|InitialAccess|Exfiltration|DefenseEvasion|Recon|PenTest|Stealth):IAMUser\/|^CredentialAccess:/,
    area: 'iam',
    customerAction: 'Deactivate the access key named (or revoke the role session), review what the principal did, and rotate its credentials.',
    attack: ['T1078.004'],
  },
  {
    test: /^Recon:EC2\/|^UnauthorizedAccess:EC2\/(SSHBruteForce|RDPBruteForce)/,
    area: 'security-groups',
    customerAction: 'Close the exposed port in the security group (allow only known ranges) and check the instance for successful logins.',
    attack: ['T1595', 'T1110'],
  },
  {
    test: /^(CryptoCurrency|Backdoor|Trojan|UnauthorizedAccess|Impact|DefenseEvasion|Execution|Behavior):EC2\//,
    area: 'guest-os-hardening',
    customerAction: 'Isolate the instance (restrictive security group), snapshot it for forensics, and rebuild it from a patched, known-good image.',
    attack: ['T1496.001', 'T1071'],
  },
  {
    test: /^(Exfiltration|Policy|Discovery|Impact|UnauthorizedAccess|PenTest|Stealth):S3\//,
    area: 'resource-policies',
    customerAction: 'Review the bucket policy, ACLs and Block Public Access for the bucket named, and the principal that accessed it.',
    attack: ['T1530'],
  },
  {
    test: /^AttackSequence:/,
    area: 'incident-response',
    customerAction: 'Start incident response: the sequence links several signals into one likely attack.',
    attack: ['T1078.004'],
  },
];

const fallback: FindingFamily = {
  test: /.*/,
  area: 'threat-detection',
  customerAction: 'Review the finding in the GuardDuty console, confirm whether the activity is expected, and archive or remediate it.',
    attack: ['T1078.004'],
};

export function familyOf(type: string): FindingFamily {
  return findingFamilies.find((f) => f.test.test(type)) ?? fallback;
}

/** Finding types whose ATT&CK technique is more precise than their family's; first match wins. */
const typeTechniques: readonly (readonly [RegExp, readonly string[]])[] = [
  [/InstanceCredentialExfiltration/, ['T1552.005', 'T1078.004']],
  [/^CredentialAccess:IAMUser\//, ['T1555.006', 'T1552']],
  [/^Persistence:IAMUser\//, ['T1098']],
  [/^PrivilegeEscalation:IAMUser\//, ['T1098.003']],
  [/^(Discovery|Recon):IAMUser\//, ['T1580', 'T1526']],
  [/^Exfiltration:IAMUser\//, ['T1537']],
  [/^DefenseEvasion:IAMUser\//, ['T1562.008', 'T1562.001']],
  [/^Impact:IAMUser\//, ['T1485']],
  [/^CryptoCurrency:/, ['T1496.001']],
  [/^(Backdoor|Trojan):/, ['T1071']],
  [/^UnauthorizedAccess:EC2\/(SSH|RDP)BruteForce/, ['T1110']],
  [/^Recon:EC2\//, ['T1595']],
];

/** The ATT&CK techniques of one finding type (its own, else its family's). */
export function findingTechniques(type: string): readonly string[] {
  return typeTechniques.find(([re]) => re.test(type))?.[1] ?? familyOf(type).attack;
}

/** Every technique a GuardDuty finding can be labelled with (the GuardDuty rule's own list). */
export const guardDutyTechniques: readonly string[] = [
  ...new Set([...typeTechniques.flatMap(([, ids]) => ids), ...findingFamilies.flatMap((f) => f.attack), ...fallback.attack]),
];

/** The resource GuardDuty names: instance, access key, bucket, cluster, database, function. */
export function findingResource(f: GuardDutyFinding): string | null {
  const r = f.resource;
  return (
    getString(r, 'instanceDetails', 'instanceId') ??
    getString(r, 'accessKeyDetails', 'accessKeyId') ??
    getString(items(getPath(r, 's3BucketDetails'))[0], 'name') ??
    getString(r, 'eksClusterDetails', 'name') ??
    getString(r, 'rdsDbInstanceDetails', 'dbInstanceIdentifier') ??
    getString(r, 'lambdaDetails', 'functionName') ??
    getString(r, 'ecsClusterDetails', 'name') ??
    getString(r, 'ebsVolumeDetails', 'scannedVolumeDetails', 0, 'volumeArn') ??
    null
  );
}
