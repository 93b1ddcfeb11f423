import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const hsm = guide('https://docs.aws.amazon.com/cloudhsm/latest/userguide', 'AWS CloudHSM User Guide');
const pca = guide('https://docs.aws.amazon.com/privateca/latest/userguide', 'AWS Private CA User Guide');

const clusters = hsm('AWS CloudHSM clusters: high availability and load balancing', 'clusters');

/**
 * AWS CloudHSM (AWS runs the HSM hardware and backups; HSM users, keys,
 * client software and cluster redundancy are the customer's) and AWS Private
 * CA (CA keys in AWS-managed HSMs; the CA hierarchy, revocation and who may
 * issue are the customer's). Certificate renewal is in acm.ts.
 */
export const hsmCaDuties: DutyInput[] = [
  {
    id: 'cloudhsm-hardware',
    services: ['cloudhsm'],
    area: 'managed-infrastructure',
    name: 'Running the HSM hardware and keeping cluster members in sync',
    owner: 'aws',
    why: 'AWS provisions, runs and monitors the FIPS-validated HSM appliances, replaces failed HSMs and keeps the HSMs of a cluster connected and synchronized; it has no access to your keys.',
    aws: 'Provisions, monitors, replaces and synchronizes HSMs in the cluster.',
    customer: 'Decide how many HSMs to run and where.',
    phrases: ['hsm hardware', 'hsm appliances', 'failed hsm', 'replace the hsm', 'synchronize hsms', 'hsm firmware', 'firmware updates', 'update the hsm firmware', 'manage the firmware', 'firmware on the hsm', 'patch the hsms', 'physical hsm'],
    source: clusters,
  },
  {
    id: 'cloudhsm-users-and-keys',
    services: ['cloudhsm'],
    area: 'key-management',
    name: 'HSM users, crypto officers and keys',
    owner: 'customer',
    why: 'CloudHSM gives you single-tenant HSMs: you create and manage the HSM users (crypto officers and crypto users) and the keys; AWS cannot manage or recover them, so losing the credentials loses the keys.',
    aws: 'Has no access to HSM users or key material.',
    customer: 'Create and protect crypto officer and crypto user credentials, manage keys and their attributes, enforce quorum authentication where needed.',
    phrases: ['hsm users', 'crypto officer', 'crypto users', 'manage keys', 'key material', 'quorum authentication', 'hsm credentials', 'lost the password', 'rotate keys', 'key rotation', 'rotate keys in the hsm', 'keys stored in cloudhsm', 'key rotation in cloudhsm', 'crypto officer password'],
    source: hsm('Managing HSM users and keys in AWS CloudHSM', 'manage-hsm-users-and-keys'),
  },
  {
    id: 'cloudhsm-cluster-ha',
    services: ['cloudhsm'],
    area: 'high-availability',
    name: 'Redundant HSMs across Availability Zones',
    owner: 'customer',
    why: 'A cluster is only as available as the HSMs you put in it: placing at least two HSMs in different Availability Zones (AWS recommends it for production) is yours.',
    aws: 'Load balances and synchronizes across the HSMs you add.',
    customer: 'Run at least two HSMs in different AZs and make clients handle HSM failover.',
    phrases: ['high availability', 'two hsms', 'multiple availability zones', 'single hsm', 'run a single hsm', 'single hsm failed', 'only one hsm', 'cluster redundancy', 'az failure'],
    source: clusters,
  },
  {
    id: 'cloudhsm-backups',
    services: ['cloudhsm'],
    area: 'backups',
    name: 'Periodic cluster backups',
    owner: 'aws',
    why: 'AWS CloudHSM makes periodic backups of the users, keys and policies in the cluster, encrypted inside the HSM, and stores them in a service-controlled S3 bucket; retention and cross-Region copies are your settings.',
    aws: 'Takes encrypted periodic backups and stores them durably.',
    customer: 'Set backup retention and copy backups to another Region for disaster recovery.',
    phrases: ['backups', 'cluster backups', 'back up the cluster', 'back up users and keys', 'back up hsm keys', 'periodic backups', 'backup retention', 'copy backups to another region', 'restore the cluster'],
    source: hsm('AWS CloudHSM cluster backups', 'backups'),
  },
  {
    id: 'cloudhsm-client-software',
    services: ['cloudhsm'],
    area: 'application-code',
    name: 'Client SDK and applications that use the HSMs',
    owner: 'customer',
    why: 'The CloudHSM client SDK (client daemon, PKCS #11, JCE, OpenSSL engine) runs on your instances; installing and upgrading it, and the applications using it, are yours.',
    aws: 'Publishes client SDK versions.',
    customer: 'Keep the client SDK current on every client host and protect the hosts that hold HSM credentials.',
    phrases: ['client sdk', 'client daemon', 'pkcs 11 library', 'upgrade the client', 'jce provider'],
    source: hsm('Upgrading the Client SDK', 'client-upgrade'),
  },

  {
    id: 'private-ca-key-storage',
    services: ['private-ca'],
    area: 'managed-infrastructure',
    name: 'Protecting the CA private keys',
    owner: 'aws',
    why: 'The private keys of private CAs are stored in AWS managed hardware security modules that comply with FIPS 140; they never leave them.',
    aws: 'Generates and stores CA private keys in AWS managed FIPS 140 HSMs.',
    customer: 'Control who may use the CA to sign (IAM, resource policies).',
    phrases: ['ca private key', 'hsm', 'fips 140', 'where is the ca key stored', 'key storage'],
    source: pca('Data protection in AWS Private CA', 'data-protection'),
  },
  {
    id: 'private-ca-hierarchy',
    services: ['private-ca'],
    area: 'key-management',
    name: 'Designing the CA hierarchy and certificate templates',
    owner: 'customer',
    why: 'The root and subordinate CAs, path lengths, validity periods and what each CA may issue are design decisions you make and operate.',
    aws: 'Runs the CAs you create.',
    customer: 'Keep the root CA for signing subordinates only, limit path length and validity, and follow AWS Private CA best practices.',
    phrases: ['ca hierarchy', 'root ca', 'subordinate ca', 'certificate templates', 'validity period', 'path length'],
    source: pca('Designing a CA hierarchy', 'ca-hierarchy'),
  },
  {
    id: 'private-ca-revocation',
    services: ['private-ca'],
    area: 'key-management',
    name: 'Revoking certificates and publishing CRLs or OCSP',
    owner: 'customer',
    why: 'Revocation works only if you configure CRL distribution (an S3 bucket) or OCSP for the CA and revoke compromised certificates.',
    aws: 'Publishes CRLs and answers OCSP for the CA once configured.',
    customer: 'Enable CRL or OCSP, protect the CRL bucket, and revoke certificates when keys are compromised.',
    phrases: ['revocation', 'revoke certificates', 'crl', 'ocsp', 'certificate revocation list', 'compromised certificate'],
    source: pca('Planning your AWS Private CA certificate revocation method', 'revocation-setup'),
  },
  {
    id: 'private-ca-issuance-control',
    services: ['private-ca'],
    area: 'iam',
    name: 'Who may issue certificates from a CA',
    owner: 'customer',
    why: 'Anyone you allow to call IssueCertificate on a CA can mint trusted certificates; restricting it with IAM and CA resource policies, and auditing issuance, is yours.',
    aws: 'Enforces IAM and resource policies and produces audit reports on request.',
    customer: 'Restrict issuance to specific roles and templates, and generate audit reports regularly.',
    phrases: ['issue certificates', 'who can issue', 'audit report', 'issuecertificate permissions', 'resource policy on the ca'],
    source: pca('Using audit reports with your private CA', 'PcaAuditReport'),
  },
];
