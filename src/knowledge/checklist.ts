import { z } from 'zod';
import { checklistDutySchema, type ChecklistDuty } from './schema.js';

/**
 * The customer checklist of the Shared Responsibility Model: the duties that
 * stay with the customer whatever services are used, each linked to the
 * areas that cover it (App Home renders coverage from this).
 */
const checklistData: ChecklistDuty[] = [
  {
    id: 'account-compromise-detection',
    title: 'Detect account compromise',
    description: 'Watch for stolen credentials and unusual API activity, and protect the root user.',
    areas: ['threat-detection', 'api-logging', 'root-account', 'access-key-rotation'],
  },
  {
    id: 'insecure-user-behaviour',
    title: 'Catch insecure user behaviour',
    description: 'Find console users without MFA, unused or old credentials, and risky sharing of resources.',
    areas: ['iam', 'root-account', 'access-key-rotation', 'resource-policies', 'federation'],
  },
  {
    id: 'business-continuity',
    title: 'Plan business continuity',
    description: 'Back up data, design for Availability Zone failure, and rehearse incident response and recovery.',
    areas: ['backups', 'high-availability', 'incident-response'],
  },
  {
    id: 'secure-managed-services',
    title: 'Configure managed services securely',
    description: 'Configure every managed service you use (network exposure, logging, encryption) and keep it compliant.',
    areas: ['configuration-compliance', 'security-groups', 'network-acls-routing', 'network-monitoring', 'web-application-firewall', 'ddos-protection'],
  },
  {
    id: 'guest-os-patching',
    title: 'Patch guest operating systems and software',
    description: 'Patch the OS, runtimes, code and images you run on infrastructure services, and scan for vulnerabilities.',
    areas: ['guest-os-patching', 'guest-os-hardening', 'runtime-patching', 'application-code', 'container-images', 'vulnerability-scanning'],
  },
  {
    id: 'least-access',
    title: 'Grant least access',
    description: 'Give people and workloads only the permissions they need, federate users, and govern accounts with guardrails.',
    areas: ['iam', 'federation', 'database-users', 'account-governance'],
  },
  {
    id: 'sensitive-data',
    title: 'Protect sensitive data',
    description: 'Know where sensitive data is, encrypt it at rest and in transit, and manage keys and secrets.',
    areas: ['data-classification', 'encryption-at-rest', 'encryption-in-transit', 'key-management', 'secrets-management', 'client-side-data'],
  },
  {
    id: 'compliance',
    title: 'Meet compliance requirements',
    description: 'Use AWS attestations for inherited controls and produce evidence for your own controls.',
    areas: ['compliance-evidence', 'configuration-compliance', 'api-logging'],
  },
];

/** The customer checklist, validated at load. */
export const checklist: readonly ChecklistDuty[] = Object.freeze(z.array(checklistDutySchema).parse(checklistData));
