import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const ec = guide('https://docs.aws.amazon.com/AmazonElastiCache/latest/dg', 'Amazon ElastiCache User Guide');
const mdb = guide('https://docs.aws.amazon.com/memorydb/latest/devguide', 'Amazon MemoryDB Developer Guide');

const ecServiceUpdates = ec('Service updates in ElastiCache', 'Self-Service-Updates');
const ecVersions = ec('Upgrading engine versions', 'VersionManagement');
const ecAtRest = ec('At-Rest Encryption in ElastiCache', 'at-rest-encryption');
const ecInTransit = ec('ElastiCache in-transit encryption (TLS)', 'in-transit-encryption');
const ecMultiAz = ec('Minimizing downtime in ElastiCache with Multi-AZ', 'AutoFailover');
const ecBackups = ec('Scheduling automatic backups', 'backups-automatic');
const ecAuth = ec('Authenticating users with Role-Based Access Control (RBAC)', 'Clusters.RBAC');
const ecSecurityGroups = ec('Amazon VPCs and ElastiCache security', 'VPCs');
const ecMaintenance = ec('Managing maintenance', 'maintenance-window');

const mdbFeatures = mdb('Features of MemoryDB', 'servicename-feature-overview');
const mdbInTransit = mdb('In-transit encryption (TLS) in MemoryDB', 'in-transit-encryption');
const mdbAcls = mdb('Authenticating users with Access Control Lists (ACLs)', 'clusters.acls');
const mdbSnapshots = mdb('Snapshot and restore', 'snapshots');
const mdbVpcs = mdb('MemoryDB and Amazon VPC', 'vpcs');

/**
 * Amazon ElastiCache (Valkey, Redis OSS, Memcached) and Amazon MemoryDB: the
 * service updates and engine upgrades pages, encryption, Multi-AZ, backups and
 * authentication.
 */
export const cacheDuties: DutyInput[] = [
  {
    id: 'elasticache-service-updates',
    services: ['elasticache'],
    area: 'database-engine-patching',
    name: 'Applying service updates (security patches) to cache clusters',
    owner: 'shared',
    why: 'Service updates in ElastiCache: serverless caches are updated automatically and transparently; on node-based clusters critical security updates are applied automatically in your maintenance window, and the other updates are self-service updates you choose when to apply (some are applied in the maintenance window after their auto-update start date).',
    aws: 'Builds and releases service updates, notifies you (console, AWS Health, SNS), and applies auto-update updates in the maintenance window.',
    customer: 'Apply security updates as soon as possible from the Service Updates page, or let auto-update apply them in a maintenance window you chose.',
    tool: 'ElastiCache Service Updates page, AWS Health',
    phrases: ['service updates', 'security updates', 'patch redis', 'patch the cache', 'security patches', 'engine patches', 'apply updates', 'auto update', 'patching'],
    conditions: [
      { when: 'ElastiCache Serverless', owner: 'aws', cues: ['serverless', 'elasticache serverless', 'serverless cache'], detail: 'ElastiCache Serverless applies minor and patch engine versions automatically and transparently.' },
      { when: 'Critical security update on a node-based cluster', owner: 'aws', cues: ['critical security update', 'critical security updates', 'critical update', 'critical updates', 'critical security patch', 'critical security patches'], detail: 'ElastiCache applies critical security updates automatically in the maintenance window you set.' },
      { when: 'Applied by you before the auto-update start date', owner: 'customer', cues: ['apply the update ourselves', 'apply it ourselves', 'apply it manually', 'apply updates manually', 'before the auto update start date', 'self service update', 'self service updates', 'non critical updates', 'non critical update'], detail: 'You start the update from the console, CLI or API at the time you choose.' },
      { when: 'Left to auto-update in the maintenance window', owner: 'aws', cues: ['auto update start date', 'left to auto update', 'let auto update', 'applied automatically', 'in the maintenance window'], detail: 'ElastiCache applies the update during your maintenance window after the auto-update start date.' },
    ],
    source: ecServiceUpdates,
  },
  {
    id: 'elasticache-engine-upgrades',
    services: ['elasticache'],
    area: 'database-engine-patching',
    name: 'Engine version upgrades of cache clusters',
    owner: 'customer',
    why: 'Engine version upgrades might break compatibility, so they "don\'t occur automatically. You must initiate them"; AWS reserves the right to patch only for a critical security vulnerability.',
    aws: 'Provides new engine versions and an upgrade path with minimal downtime; patches on your behalf only for critical vulnerabilities.',
    customer: 'Test and start engine version upgrades (modify the cluster or replication group) before versions reach end of life.',
    phrases: ['engine version upgrade', 'upgrade redis version', 'upgrade valkey', 'upgrade memcached', 'major version', 'new engine version', 'end of life version', 'version upgrade', 'take it to 7', 'upgrade automatically', 'new major version'],
    source: ecVersions,
  },
  {
    id: 'elasticache-maintenance-window',
    services: ['elasticache'],
    area: 'database-engine-patching',
    name: 'Choosing the maintenance window of a cache cluster',
    owner: 'customer',
    why: 'Every cluster has a weekly maintenance window for system changes; you pick it (ElastiCache assigns a random 60-minute window otherwise).',
    aws: 'Applies system changes and scheduled updates inside the window.',
    customer: 'Set a preferred maintenance window at a low-traffic time.',
    phrases: ['maintenance window', 'choose the maintenance window', 'when maintenance happens', 'weekly maintenance'],
    source: ecMaintenance,
  },
  {
    id: 'elasticache-encryption-at-rest',
    services: ['elasticache'],
    area: 'encryption-at-rest',
    name: 'Encryption at rest of ElastiCache clusters and backups',
    owner: 'customer',
    why: 'For node-based Redis OSS clusters, at-rest encryption is an optional feature that can be turned on only when the replication group is created; choosing it, and the default or customer managed key, is yours.',
    aws: 'Encrypts disk data during sync, backup and swap, and backups in Amazon S3, when at-rest encryption is on.',
    customer: 'Create clusters with at-rest encryption on (a customer managed KMS key where you need control); to encrypt an existing one, back up and restore into a new encrypted cluster.',
    tool: 'AWS KMS; AWS Config elasticache-repl-grp-encrypted-at-rest',
    phrases: ['encryption at rest', 'node based cluster encryption', 'encrypt the cache', 'encrypt redis', 'at rest encryption', 'encrypted backups', 'kms key', 'encrypt data on disk'],
    source: ecAtRest,
  },
  {
    id: 'elasticache-encryption-in-transit',
    services: ['elasticache'],
    area: 'encryption-in-transit',
    name: 'TLS between clients and cache nodes',
    owner: 'customer',
    why: 'In-transit encryption is a cluster setting you choose; clients must then connect with TLS.',
    aws: 'Encrypts connections and replication traffic with TLS when in-transit encryption is on, and provides the server certificates.',
    customer: 'Enable in-transit encryption, make clients use TLS, and turn on AUTH or RBAC.',
    phrases: ['in transit encryption', 'tls', 'encrypt connections', 'encryption in transit', 'ssl to redis', 'encrypted replication'],
    source: ecInTransit,
  },
  {
    id: 'elasticache-serverless-encryption',
    services: ['elasticache'],
    area: 'encryption-at-rest',
    name: 'Encryption of ElastiCache Serverless caches (always on)',
    owner: 'aws',
    why: 'On ElastiCache Serverless, encryption at rest and TLS are always enabled and cannot be turned off, so a serverless cache has no encryption setting to choose; a customer managed KMS key is optional.',
    aws: 'Encrypts serverless cache data at rest and serves every connection over TLS, always.',
    customer: 'Connect clients with TLS, and choose a customer managed KMS key only if you need control over the key.',
    phrases: ['serverless cache encryption', 'elasticache serverless encrypted', 'serverless encryption at rest', 'tls on serverless', 'serverless cache encrypted by default'],
    source: ecAtRest,
  },
  {
    id: 'elasticache-multi-az-failover',
    services: ['elasticache'],
    area: 'high-availability',
    name: 'Failover to a replica when the primary node fails',
    owner: 'aws',
    why: 'With Multi-AZ enabled, when a primary node or its Availability Zone fails, ElastiCache promotes a read replica automatically and moves the primary endpoint\'s DNS name; you do not provision a new primary.',
    aws: 'Detects the failure, promotes a replica and updates the primary endpoint\'s DNS.',
    customer: 'Enable Multi-AZ with at least one replica per shard in another AZ, write to the primary endpoint, and retry in clients.',
    phrases: ['failover', 'primary node fails', 'replica promotion', 'automatic failover', 'node failure', 'az outage'],
    source: ecMultiAz,
  },
  {
    id: 'elasticache-multi-az-choice',
    services: ['elasticache'],
    area: 'high-availability',
    name: 'Enabling Multi-AZ and adding replicas',
    owner: 'customer',
    why: 'Multi-AZ is supported only on clusters with more than one node per shard and is turned on by you; without it a failed primary is recreated, with longer downtime.',
    aws: 'Runs the replicas and the automatic failover once Multi-AZ is on.',
    customer: 'Add replicas in other Availability Zones and enable Multi-AZ (AWS Config elasticache-repl-grp-auto-failover-enabled).',
    phrases: ['enable multi az', 'turn on multi az', 'add replicas', 'read replicas', 'replicas in another az', 'high availability setup'],
    source: ecMultiAz,
  },
  {
    id: 'elasticache-backups',
    services: ['elasticache'],
    area: 'backups',
    name: 'Automatic backups of cache clusters',
    owner: 'customer',
    why: 'ElastiCache creates daily backups only when you enable automatic backups and set a retention limit (0 disables them); what to keep, and manual or exported backups, are yours.',
    aws: 'Takes the daily backup in the backup window and stores it in Amazon S3 for the retention you set.',
    customer: 'Enable automatic backups with a retention limit (AWS Config elasticache-redis-cluster-automatic-backup-check), take manual backups before changes, and test restores.',
    phrases: ['backups', 'automatic backups', 'snapshots', 'backup retention', 'backup window', 'restore from backup', 'data loss'],
    source: ecBackups,
  },
  {
    id: 'elasticache-user-authentication',
    services: ['elasticache'],
    area: 'database-users',
    name: 'Cache users, AUTH tokens and RBAC',
    owner: 'customer',
    why: 'Who can run which commands on the cache is decided by the AUTH token or the RBAC users and user groups (access strings) you create.',
    aws: 'Enforces the AUTH token or RBAC users on every connection.',
    customer: 'Create users with least-privilege access strings, rotate AUTH tokens or passwords, and disable the default user.',
    tool: 'ElastiCache RBAC, IAM authentication',
    phrases: ['auth token', 'rbac', 'redis users', 'cache users', 'access strings', 'redis password', 'default user', 'user groups'],
    source: ecAuth,
  },
  {
    id: 'elasticache-network-access',
    services: ['elasticache'],
    area: 'security-groups',
    name: 'Security groups and subnets for cache clusters',
    owner: 'customer',
    why: 'Cache clusters run in your VPC: which instances can reach the cache port is decided by the subnet group and security groups you choose.',
    aws: 'Places nodes in your subnets and enforces your security groups.',
    customer: 'Allow the cache port only from application security groups, in private subnets.',
    phrases: ['security groups', 'configure security groups', 'security group rules', 'who can connect', 'which servers can connect', 'cache port', 'subnet group', 'network access', 'inbound rules'],
    source: ecSecurityGroups,
  },

  {
    id: 'memorydb-software-patching',
    services: ['memorydb'],
    area: 'database-engine-patching',
    name: 'Patching and upgrading MemoryDB software',
    owner: 'aws',
    why: 'MemoryDB lists "fully managed software patching and upgrades" among its features: AWS patches the nodes and the engine, applying service updates in your maintenance window.',
    aws: 'Patches node software and the engine and applies service updates during the maintenance window.',
    customer: 'Choose a maintenance window, apply available service updates early if you want, and start engine version upgrades you choose.',
    phrases: ['patching', 'patch memorydb', 'software patching', 'service updates', 'security patches', 'os patching', 'patch the nodes'],
    source: mdbFeatures,
  },
  {
    id: 'memorydb-durability',
    services: ['memorydb'],
    area: 'managed-infrastructure',
    name: 'Durability of data through the Multi-AZ transaction log',
    owner: 'aws',
    why: 'MemoryDB stores data durably with a Multi-AZ transactional log and recovers from node failures with automatic failover: the durability and failover machinery is AWS\'s.',
    aws: 'Writes every change to the Multi-AZ transactional log, detects node failures, fails over and recovers nodes.',
    customer: 'Keep at least one replica per shard for fast failover, and snapshots for your own recovery objectives.',
    phrases: ['durability', 'transaction log', 'data loss', 'node failure', 'failover', 'multi az durability', 'recover from node failure'],
    source: mdbFeatures,
  },
  {
    id: 'memorydb-encryption-in-transit',
    services: ['memorydb'],
    area: 'encryption-in-transit',
    name: 'TLS between clients and MemoryDB nodes',
    owner: 'customer',
    why: 'MemoryDB gives you TLS for client connections and replication; keeping it on for a cluster and making clients connect with TLS 1.2 or later is your configuration.',
    aws: 'Encrypts client connections and replication with TLS (TLS 1.2 minimum) and provides server certificates.',
    customer: 'Keep TLS on when you create clusters and use TLS-capable clients.',
    phrases: ['tls', 'in transit encryption', 'encrypt connections', 'encryption in transit', 'ssl'],
    source: mdbInTransit,
  },
  {
    id: 'memorydb-acl-users',
    services: ['memorydb'],
    area: 'database-users',
    name: 'MemoryDB users and access control lists',
    owner: 'customer',
    why: 'Users, passwords and access strings in the access control lists (ACLs) attached to a cluster are created and managed by you.',
    aws: 'Enforces the ACL attached to the cluster on every connection.',
    customer: 'Create least-privilege users and ACLs, rotate passwords, and do not use the open-access ACL in production.',
    phrases: ['acl', 'access control lists', 'users', 'passwords', 'access strings', 'open access'],
    source: mdbAcls,
  },
  {
    id: 'memorydb-snapshots',
    services: ['memorydb'],
    area: 'backups',
    name: 'Snapshots and their retention',
    owner: 'customer',
    why: 'MemoryDB takes automatic snapshots for the retention you set (up to 35 days) and manual ones when you ask: deciding retention, copies and restore tests is yours.',
    aws: 'Takes automatic snapshots into Amazon S3 and restores clusters from them.',
    customer: 'Set snapshot retention, take manual snapshots before changes, copy or export the ones you must keep, and test restores.',
    phrases: ['snapshots', 'backups', 'snapshot retention', 'restore', 'manual snapshot', 'backup'],
    source: mdbSnapshots,
  },
  {
    id: 'memorydb-network-access',
    services: ['memorydb'],
    area: 'security-groups',
    name: 'Security groups and subnets for MemoryDB clusters',
    owner: 'customer',
    why: 'MemoryDB clusters run in your VPC; the subnet group and security groups that decide who can reach them are yours.',
    aws: 'Places nodes in your subnets and enforces your security groups.',
    customer: 'Allow the cluster port only from application security groups, in private subnets.',
    phrases: ['security groups', 'configure security groups', 'security group rules', 'who can connect', 'which instances can reach the cluster', 'subnet group', 'network access', 'vpc'],
    source: mdbVpcs,
  },
];
