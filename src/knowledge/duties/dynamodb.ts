import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const page = guide('https://docs.aws.amazon.com/amazondynamodb/latest/developerguide', 'Amazon DynamoDB Developer Guide');

const vulnerability = page('Configuration and vulnerability analysis in Amazon DynamoDB', 'configuration-vulnerability');
const encryption = page('DynamoDB encryption at rest', 'EncryptionAtRest');
const usageNotes = page('DynamoDB encryption at rest usage notes', 'encryption.usagenotes');
const dataProtection = page('Data protection in DynamoDB', 'data-protection');
const pitr = page('Point-in-time recovery for DynamoDB', 'PointInTimeRecovery');
const onDemandBackup = page('Using On-Demand backup and restore for DynamoDB', 'BackupRestore');
const globalTables = page('Global tables - multi-Region replication for DynamoDB', 'GlobalTables');
const capacity = page('Read/write capacity mode', 'HowItWorks.ReadWriteCapacityMode');
const infrastructure = page('Infrastructure security in Amazon DynamoDB', 'network-isolation');
const iam = page('Identity and access management for Amazon DynamoDB', 'identity-and-access-mgmt');
const daxEncryption = page('DAX encryption at rest', 'DAXEncryptionAtRest');

/**
 * Amazon DynamoDB (and DAX), from its "Security and compliance" chapter: data
 * protection, resilience, infrastructure security and configuration and
 * vulnerability analysis.
 */
export const dynamodbDuties: DutyInput[] = [
  {
    id: 'dynamodb-infrastructure-patching',
    services: ['dynamodb'],
    area: 'guest-os-patching',
    name: 'Patching the servers and operating systems under DynamoDB',
    owner: 'aws',
    why: 'DynamoDB is serverless: "AWS handles basic security tasks like guest operating system (OS) and database patching, firewall configuration, and disaster recovery" (Configuration and vulnerability analysis in DynamoDB).',
    aws: 'Patches the operating systems, hosts and firewalls behind the DynamoDB endpoints; these procedures are reviewed by third parties.',
    customer: 'Nothing to patch; watch your tables\' configuration with AWS Config rules.',
    tool: 'AWS Config',
    misconception: 'There is no server, OS or engine to patch in DynamoDB: there is no patch window and no version to upgrade.',
    phrases: ['patch dynamodb', 'os patching', 'patch the servers', 'patch the operating system', 'underlying servers', 'security patches', 'firewall configuration', 'patch the hosts'],
    source: vulnerability,
  },
  {
    id: 'dynamodb-database-software',
    services: ['dynamodb'],
    area: 'database-engine-patching',
    name: 'Running and upgrading the DynamoDB database software',
    owner: 'aws',
    why: 'AWS runs the database software behind the DynamoDB API and patches it ("guest operating system (OS) and database patching" are AWS\'s); there is no engine version for the customer to choose or upgrade.',
    aws: 'Operates, patches and upgrades the database software and storage nodes with no maintenance window.',
    customer: 'Use the API and SDKs; keep your SDK versions current.',
    phrases: ['database engine', 'engine version', 'database software', 'upgrade dynamodb', 'version upgrade', 'engine upgrades', 'maintenance window'],
    source: vulnerability,
  },
  {
    id: 'dynamodb-storage-durability',
    services: ['dynamodb'],
    area: 'managed-infrastructure',
    name: 'Durable storage of table data across facilities',
    owner: 'aws',
    why: 'DynamoDB "provides a highly durable storage infrastructure": data is stored redundantly on multiple devices across multiple facilities (Availability Zones) in the Region, with no replication for you to run.',
    aws: 'Replicates every table across multiple Availability Zones in the Region and replaces failed storage automatically.',
    customer: 'Nothing to run for durability inside a Region; add backups, PITR or global tables for your own recovery objectives.',
    phrases: ['durability', 'data durability', 'replication across availability zones', 'copies of the data', 'storage nodes', 'disk failure', 'underlying infrastructure', 'az failure', 'multi az replication', 'replication inside a region', 'replicates across three availability zones', 'multiaz'],
    source: dataProtection,
  },
  {
    id: 'dynamodb-encryption-at-rest',
    services: ['dynamodb'],
    area: 'encryption-at-rest',
    name: 'Encryption at rest of DynamoDB tables',
    owner: 'aws',
    why: 'Server-side encryption at rest is on for all table data and cannot be turned off (AWS does the encryption, with an AWS owned key by default); which key type protects a table, AWS owned, AWS managed or customer managed, is your choice.',
    aws: 'Encrypts every table, index, stream and backup at rest, transparently, with the key type you choose.',
    customer: 'Choose the key type per table; use a customer managed KMS key where you need control over the key policy, rotation and audit.',
    tool: 'AWS KMS',
    phrases: ['encryption at rest', 'encrypt the table', 'encrypt', 'encryption', 'need to encrypt', 'server side encryption', 'encrypted tables', 'sse', 'data at rest'],
    conditions: [
      { when: 'AWS owned key (the default)', owner: 'aws', default: true, cues: ['aws owned key', 'default key', 'by default', 'encrypted by default', 'need to enable', 'have to enable'], detail: 'DynamoDB encrypts every table with a key AWS owns and manages; nothing to turn on.' },
      { when: 'AWS managed key (aws/dynamodb)', owner: 'aws', cues: ['aws managed key', 'aws/dynamodb', 'aws dynamodb key'], detail: 'DynamoDB encrypts with the AWS managed KMS key in your account; AWS rotates it.' },
      { when: 'Customer managed KMS key', owner: 'shared', cues: ['customer managed key', 'cmk', 'our own kms key', 'our kms key'], detail: 'DynamoDB encrypts with your key; its key policy, rotation and keeping it enabled are yours.' },
    ],
    source: encryption,
  },
  {
    id: 'dynamodb-customer-managed-key',
    services: ['dynamodb'],
    area: 'key-management',
    name: 'Managing the KMS key that encrypts a table',
    owner: 'aws',
    why: 'With an AWS owned key (the default) or an AWS managed key, AWS manages the key; with a customer managed key, its key policy, rotation and staying enabled are yours: disabling or deleting it makes the table and its backups unreadable.',
    aws: 'Owns and rotates the AWS owned key; AWS KMS manages AWS managed keys.',
    customer: 'With a customer managed key: write the key policy, rotate it, keep it enabled (and the old key until a key change completes), and keep the keys old backups need.',
    tool: 'AWS KMS',
    phrases: ['kms key', 'manages the key', 'who manages that key', 'default key', 'default key for encryption', 'customer managed key', 'aws owned key', 'aws managed key', 'key policy', 'rotate the key', 'disable the key', 'cmk'],
    conditions: [
      { when: 'AWS owned key (the default) or AWS managed key', owner: 'aws', default: true, cues: ['default key', 'default encryption', 'default kms key'], detail: 'DynamoDB owns the key (or AWS KMS manages and rotates the AWS managed key); nothing for you to manage.' },
      { when: 'Customer managed key (CMK)', owner: 'customer', cues: ['cmk', 'cmks', 'byok', 'bring your own key', 'imported key material'], detail: 'You create, own, rotate and keep enabled the key and its key policy.' },
    ],
    source: usageNotes,
  },
  {
    id: 'dynamodb-point-in-time-recovery',
    services: ['dynamodb'],
    area: 'backups',
    name: 'Turning on point-in-time recovery',
    owner: 'customer',
    why: 'Point-in-time recovery protects tables from accidental writes and deletes, but it is off until you turn it on per table; once on, DynamoDB keeps the continuous backups for you.',
    aws: 'Keeps continuous backups of a table with PITR on and restores to any second in the recovery period.',
    customer: 'Turn on PITR for every table that matters (AWS Config dynamodb-pitr-enabled) and test restores.',
    tool: 'AWS Config dynamodb-pitr-enabled',
    phrases: ['point in time recovery', 'pitr', 'continuous backups', 'accidental deletes', 'accidental writes', 'restore to a point in time'],
    source: pitr,
  },
  {
    id: 'dynamodb-on-demand-backups',
    services: ['dynamodb'],
    area: 'backups',
    name: 'On-demand backups and their retention',
    owner: 'customer',
    why: 'DynamoDB takes a full backup when you (or an AWS Backup plan) ask for one and keeps it until you delete it; deciding what to back up, how long to keep it and copying it to other accounts or Regions is yours.',
    aws: 'Takes consistent full backups with no impact on performance and retains them until deleted.',
    customer: 'Schedule backups with AWS Backup, set retention and cross-account or cross-Region copies, and test restores.',
    tool: 'AWS Backup',
    phrases: ['on demand backups', 'backup the table', 'backups', 'backup retention', 'long term retention', 'archive', 'restore a table', 'cross region backup copies'],
    source: onDemandBackup,
  },
  {
    id: 'dynamodb-global-tables',
    services: ['dynamodb'],
    area: 'high-availability',
    name: 'Multi-Region replication with global tables',
    owner: 'shared',
    why: 'A table lives in one Region until you choose to make it a global table; then DynamoDB replicates changes between the Regions you pick and resolves conflicts, so the choice is yours and the replication is AWS\'s.',
    aws: 'Replicates writes between replica Regions automatically and resolves conflicting writes.',
    customer: 'Decide which tables need multi-Region availability, add replica Regions, and design the application to fail over between them.',
    phrases: ['global tables', 'multi region', 'replicate to another region', 'cross region replication', 'region outage', 'whole region goes down', 'disaster recovery', 'replica regions'],
    source: globalTables,
  },
  {
    id: 'dynamodb-capacity',
    services: ['dynamodb'],
    area: 'capacity-scaling',
    name: 'Read and write capacity for a table',
    owner: 'shared',
    why: 'The capacity mode decides it: in on-demand mode DynamoDB accommodates traffic without capacity planning; in provisioned mode you set read and write capacity (or auto scaling limits) and are throttled above them.',
    aws: 'Scales partitions and, in on-demand mode, serves traffic up to previous peaks instantly and adapts to new peaks.',
    customer: 'Choose the capacity mode; in provisioned mode set capacity or auto scaling targets and watch throttling alarms.',
    tool: 'DynamoDB auto scaling, CloudWatch alarms',
    phrases: ['capacity', 'scaling', 'throughput', 'read capacity units', 'write capacity units', 'throttling', 'auto scaling', 'provisioned throughput', 'capacity planning'],
    conditions: [
      { when: 'On-demand capacity mode', owner: 'aws', cues: ['on demand mode', 'on demand capacity', 'pay per request', 'on demand tables', 'on demand table'], detail: 'DynamoDB accommodates the workload without capacity planning.' },
      { when: 'Provisioned capacity mode', owner: 'customer', cues: ['provisioned mode', 'provisioned capacity', 'provisioned tables', 'provisioned table', 'rcus', 'wcus'], detail: 'You set read/write capacity or auto scaling limits.' },
    ],
    source: capacity,
  },
  {
    id: 'dynamodb-access-control',
    services: ['dynamodb'],
    area: 'iam',
    name: 'IAM policies and fine-grained access to tables',
    owner: 'customer',
    why: 'Who can read or write which tables, items and attributes is decided by the IAM identity policies, resource-based policies and condition keys you write.',
    aws: 'Authenticates every request (SigV4) and enforces your policies, including item- and attribute-level conditions.',
    customer: 'Grant least privilege per table and action, use fine-grained conditions (dynamodb:LeadingKeys, Attributes), and review with IAM Access Analyzer.',
    tool: 'IAM Access Analyzer',
    phrases: ['iam policies', 'who can access the table', 'who can read the table', 'roles that can read or write', 'access control', 'fine grained access control', 'permissions', 'resource based policy', 'least privilege', 'leading keys'],
    source: iam,
  },
  {
    id: 'dynamodb-network-access',
    services: ['dynamodb'],
    area: 'network-acls-routing',
    name: 'Private network access through VPC endpoints',
    owner: 'customer',
    why: 'DynamoDB is reached over its public HTTPS endpoints with TLS; keeping traffic from your VPC off the internet with a gateway or interface VPC endpoint, and restricting it with endpoint policies, is your configuration.',
    aws: 'Serves the API only over TLS and enforces VPC endpoint policies and aws:SourceVpce conditions.',
    customer: 'Add a VPC endpoint for DynamoDB with an endpoint policy, and restrict tables to it with policy conditions.',
    phrases: ['vpc endpoint', 'gateway endpoint', 'private access', 'without the internet', 'private network', 'endpoint policy', 'network isolation'],
    source: infrastructure,
  },
  {
    id: 'dynamodb-encryption-in-transit',
    services: ['dynamodb'],
    area: 'encryption-in-transit',
    name: 'Encryption in transit to DynamoDB',
    owner: 'aws',
    why: 'All data in DynamoDB is encrypted in transit (except in DAX): communication with DynamoDB uses HTTPS, protected by TLS, by default.',
    aws: 'Serves the DynamoDB API over HTTPS only.',
    customer: 'Use current SDKs that support TLS 1.2 or later; turn on encryption in transit for DAX clusters.',
    phrases: ['encryption in transit', 'tls', 'https', 'data in transit', 'encrypted connections'],
    source: usageNotes,
  },
  {
    id: 'dynamodb-dax-encryption',
    services: ['dynamodb'],
    area: 'encryption-at-rest',
    name: 'Protecting data in DAX (Accelerator) clusters',
    owner: 'customer',
    why: 'Unlike tables, a DynamoDB Accelerator (DAX) cluster is encrypted at rest only if you enable it when you create the cluster, and encryption in transit is also a cluster setting.',
    aws: 'Encrypts the data DAX persists to disk with an AWS managed key when the cluster is created encrypted.',
    customer: 'Create DAX clusters with encryption at rest and in transit enabled.',
    phrases: ['dax', 'accelerator', 'accelerator at rest', 'dax cluster', 'dax in transit', 'dax encryption', 'accelerator not encrypted by default'],
    source: daxEncryption,
  },
];
