/** Real feature names of the data services, by service id (see index.ts). */
export const dataFeatures: Record<string, readonly string[]> = {
  // Amazon S3 (user guide names; storage classes, protection and management features)
  s3: [
    'Intelligent-Tiering', 'Object Lock', 'Access Points', 'Block Public Access', 'Replication Time Control',
    'Versioning', 'MFA Delete', 'Lifecycle configuration', 'Cross-Region Replication', 'Same-Region Replication',
    'Batch Replication', 'Batch Operations', 'Transfer Acceleration', 'Server access logging', 'Event Notifications',
    'Object Ownership', 'Bucket policy', 'Access control lists', 'Default encryption', 'Bucket Keys',
    'Presigned URLs', 'Static website hosting', 'Requester Pays', 'Storage Lens', 'Inventory',
    'Storage Class Analysis', 'Object Lambda', 'Multi-Region Access Points', 'Access Grants', 'Express One Zone',
    'Directory buckets', 'Table buckets', 'Multipart upload', 'Glacier Instant Retrieval',
    'Glacier Flexible Retrieval', 'Glacier Deep Archive', 'Standard-IA', 'One Zone-IA', 'Object tagging',
    'Legal hold', 'Governance mode', 'Compliance mode', 'Cross-origin resource sharing', 'Conditional writes',
    'Metadata tables', 'Journal table', 'Live inventory table',
  ],
  // Amazon RDS
  rds: [
    'Performance Insights', 'Deletion protection', 'Enhanced Monitoring', 'Blue/Green Deployments',
    'IAM database authentication', 'Multi-AZ deployments', 'Multi-AZ DB cluster', 'Read replicas',
    'Cross-Region read replicas', 'Automated backups', 'Cross-Region automated backups', 'DB snapshots',
    'Point-in-time recovery', 'Storage autoscaling', 'Automatic minor version upgrade', 'Maintenance window',
    'Backup window', 'Backup retention period', 'Parameter groups', 'Option groups', 'DB subnet groups',
    'Kerberos authentication', 'Database Activity Streams', 'Extended Support', 'Optimized Reads',
    'Optimized Writes', 'Trusted Language Extensions', 'Publicly accessible', 'Copy tags to snapshots',
    'Snapshot export', 'Zero-ETL integrations', 'Dedicated log volume', 'Provisioned IOPS',
    'Event subscriptions', 'Reserved DB instances', 'Database Insights', 'Storage encryption',
    'Log exports', 'Certificate rotation', 'Native backup and restore', 'Stop and start',
  ],
  // Amazon Aurora
  aurora: [
    'Global Database', 'Backtrack', 'Database cloning', 'Aurora Replicas', 'Write forwarding',
    'Local write forwarding', 'I/O-Optimized', 'Aurora Standard', 'Parallel query', 'Babelfish',
    'Aurora Auto Scaling', 'Custom endpoints', 'Reader endpoint', 'Cluster endpoint', 'Data API',
    'Database Activity Streams', 'Performance Insights', 'Enhanced Monitoring', 'Deletion protection',
    'Blue/Green Deployments', 'IAM database authentication', 'Zero-ETL integrations', 'Aurora machine learning',
    'Limitless Database', 'Optimized Reads', 'Query plan management', 'Cluster cache management',
    'Fault injection queries', 'Global Database switchover', 'Managed planned failover', 'Point-in-time recovery',
    'Automated backups', 'DB cluster parameter groups', 'Extended Support', 'Trusted Language Extensions',
    'Database Insights', 'Kerberos authentication', 'Zero-downtime patching', 'Aurora capacity units',
    'Automatic pause and resume', 'Failover priority', 'Storage encryption',
  ],
  // Amazon RDS Custom (for Oracle and SQL Server)
  'rds-custom': [
    'Custom engine version', 'Support perimeter', 'Pause automation', 'Full automation mode',
    'Multi-AZ deployments', 'Read replicas', 'Automated backups', 'Point-in-time recovery', 'DB snapshots',
    'Bring Your Own License', 'License Included', 'Bring your own media', 'Instance profile',
  ],
  // Amazon ElastiCache (Valkey, Redis OSS, Memcached)
  elasticache: [
    'ElastiCache Serverless', 'Cluster mode', 'Multi-AZ', 'Automatic failover', 'Global Datastore',
    'Data tiering', 'Encryption in transit', 'Encryption at rest', 'AUTH token', 'Role-based access control',
    'IAM authentication', 'Online resharding', 'Auto Scaling', 'Automatic backups', 'Final snapshot',
    'Parameter groups', 'Subnet groups', 'Replication groups', 'Read replicas', 'Reserved nodes',
    'Slow log', 'Engine log', 'Log delivery', 'Online migration', 'Self-service updates', 'Service updates',
    'Maintenance window', 'Reader endpoint', 'Configuration endpoint', 'Auto Discovery', 'Test failover',
    'User groups', 'Vertical scaling',
  ],
  // Amazon MemoryDB
  memorydb: [
    'Multi-Region', 'Access control lists', 'Data tiering', 'Snapshots', 'Vector search',
    'Encryption in transit', 'Encryption at rest', 'Multi-AZ', 'Parameter groups', 'Subnet groups',
    'Reserved nodes', 'Online resharding', 'Service updates', 'Maintenance window', 'IAM authentication',
    'Automatic failover', 'Snapshot window',
  ],
  // Amazon DocumentDB
  documentdb: [
    'Elastic clusters', 'Global clusters', 'Change streams', 'Instance-based clusters', 'Read replicas',
    'Audit logs', 'Profiler', 'Point-in-time recovery', 'Cluster snapshots', 'Deletion protection',
    'Performance Insights', 'I/O-Optimized', 'Vector search', 'DocumentDB serverless', 'Encryption at rest',
    'Role-based access control', 'Cluster parameter groups', 'Event subscriptions', 'Maintenance window',
    'TLS encryption', 'Cross-Region snapshot copy', 'Global cluster failover', 'Document compression',
  ],
  // Amazon Neptune
  neptune: [
    'Neptune Serverless', 'Global Database', 'Neptune Streams', 'Neptune ML', 'Bulk loader',
    'IAM database authentication', 'Neptune Workbench', 'Full-text search', 'Lookup cache',
    'Slow-query logging', 'Audit logs', 'Database cloning', 'Read replicas', 'Deletion protection',
    'Point-in-time recovery', 'DB cluster snapshots', 'Cluster parameter groups', 'DFE query engine',
    'Query results cache', 'Graph Explorer', 'Fast reset', 'Neptune Analytics',
  ],
  // Amazon DynamoDB
  dynamodb: [
    'Point-in-time recovery', 'On-demand backup', 'Global tables', 'DynamoDB Streams', 'Time to Live',
    'Auto scaling', 'On-demand capacity mode', 'Provisioned capacity mode', 'DynamoDB Accelerator',
    'Transactions', 'PartiQL', 'Deletion protection', 'Resource-based policies', 'Contributor Insights',
    'Export to S3', 'Import from S3', 'Standard-IA table class', 'Encryption at rest', 'Customer managed keys',
    'Fine-grained access control', 'Global secondary indexes', 'Local secondary indexes', 'Conditional writes',
    'Strongly consistent reads', 'Reserved capacity', 'Warm throughput', 'Multi-Region strong consistency',
    'Zero-ETL integration', 'Adaptive capacity', 'Burst capacity', 'Table class', 'Attribute-based access control',
    'Maximum throughput', 'Incremental export', 'DynamoDB local',
  ],
  // Amazon Keyspaces (for Apache Cassandra)
  keyspaces: [
    'Point-in-time recovery', 'On-demand capacity mode', 'Provisioned capacity mode', 'Auto scaling',
    'Time to Live', 'Multi-Region replication', 'Client-side timestamps', 'Lightweight transactions',
    'User-defined types', 'Change data capture streams', 'Encryption at rest', 'Customer managed keys',
    'Static columns', 'Frozen collections',
  ],
  // Amazon Timestream (for LiveAnalytics and for InfluxDB)
  timestream: [
    'Memory store', 'Magnetic store', 'Magnetic store writes', 'Scheduled queries', 'Multi-measure records',
    'Batch load', 'Data retention', 'Customer-defined partition keys', 'Query insights',
    'Timestream compute units', 'UNLOAD', 'Timestream for InfluxDB', 'Retention properties',
  ],
  // Amazon S3 Glacier (vaults)
  glacier: [
    'Vault Lock', 'Vault access policies', 'Vault notifications', 'Expedited retrievals', 'Standard retrievals',
    'Bulk retrievals', 'Provisioned capacity', 'Vault inventory', 'Archive retrieval', 'Data retrieval policies',
    'Vault Lock policy',
  ],
  // Amazon EFS
  efs: [
    'Lifecycle management', 'Intelligent-Tiering', 'Elastic throughput', 'Provisioned throughput',
    'Bursting throughput', 'General Purpose performance mode', 'Max I/O performance mode', 'Access points',
    'Replication', 'Replication failback', 'Replication overwrite protection', 'Automatic backups',
    'One Zone file systems', 'Regional file systems', 'Infrequent Access storage class', 'Archive storage class',
    'Encryption in transit', 'Encryption at rest', 'File system policy', 'Mount targets', 'Mount helper',
    'IAM authorization for NFS clients', 'Throughput mode', 'Performance mode',
  ],
  // Amazon FSx (Windows File Server, Lustre, NetApp ONTAP, OpenZFS)
  fsx: [
    'Multi-AZ deployment', 'Single-AZ deployment', 'Automatic daily backups', 'Data deduplication',
    'Shadow copies', 'User storage quotas', 'Continuously available shares', 'File access auditing',
    'SnapLock', 'SnapMirror', 'Storage efficiency', 'Capacity pool tiering', 'Tiering policy',
    'Storage virtual machines', 'Data repository associations', 'Automatic import', 'Automatic export',
    'Lazy load', 'Intelligent-Tiering', 'Scratch file systems', 'Persistent file systems', 'Data compression',
    'Root squash', 'Throughput capacity', 'SSD storage', 'HDD storage', 'Provisioned SSD IOPS',
    'Volume snapshots', 'Cross-Region backup copy', 'NFS exports', 'Copy tags to backups',
    'Release data from file system', 'Metadata configuration',
  ],
  // AWS Backup
  backup: [
    'Backup vaults', 'Vault Lock', 'Logically air-gapped vault', 'Restore access backup vault',
    'Multi-party approval', 'Cross-Region backup', 'Cross-account backup', 'Backup Audit Manager',
    'Restore testing', 'Legal holds', 'Continuous backup', 'Point-in-time recovery', 'Cold storage',
    'Resource assignments', 'Backup policies', 'Audit frameworks', 'Report plans',
    'Backup indexes', 'Backup search', 'Item-level restore', 'Windows VSS backups', 'Delegated administrator',
    'Cross-account monitoring', 'Backup gateway', 'Service opt-in', 'Recovery points', 'Copy jobs',
    'Compliance mode', 'Governance mode', 'Advanced DynamoDB backup features',
  ],
  // AWS Storage Gateway
  'storage-gateway': [
    'Cached volumes', 'Stored volumes', 'Virtual tape library', 'Virtual tapes', 'Tape retention lock',
    'Custom tape pools', 'Write once read many', 'Automatic cache refresh', 'File shares', 'SMB file shares',
    'NFS file shares', 'Bandwidth rate limiting', 'Audit logs', 'Hardware appliance', 'Upload buffer',
    'Cache storage', 'Automatic tape creation', 'Volume snapshots', 'Maintenance window', 'Software updates',
    'Access-based enumeration', 'Cache refresh',
  ],
  // AWS DataSync
  datasync: [
    'Enhanced mode', 'Basic mode', 'Task scheduling', 'Data verification', 'Bandwidth limits',
    'Include filters', 'Exclude filters', 'Task reports',
    'Transfer mode', 'Verify mode', 'Object tags', 'Preserve deleted files', 'Overwrite mode',
    'Task queueing', 'VPC service endpoint',
  ],
  // AWS Elastic Disaster Recovery
  drs: [
    'AWS Replication Agent', 'Point-in-time snapshots', 'Recovery drills', 'Failback', 'Failback Client',
    'Launch templates', 'Launch settings', 'Replication settings', 'Cross-Region replication',
    'Recovery instances', 'Post-launch actions', 'Staging area subnet', 'Extended source servers',
    'Recovery plans', 'Replication servers', 'Conversion server', 'Right-sizing', 'Copy private IP',
  ],
  // AWS Application Migration Service
  mgn: [
    'Replication agent', 'Launch templates', 'Test launch', 'Cutover', 'Finalize cutover',
    'Post-launch actions', 'Waves', 'Agentless replication',
    'Replication settings template', 'Launch settings', 'Right-sizing', 'Conversion server',
    'Staging area subnet', 'Global view', 'Connectors', 'Replication servers', 'Archive source servers',
  ],
  // AWS Database Migration Service
  dms: [
    'DMS Serverless', 'Schema Conversion', 'Fleet Advisor', 'Change data capture', 'Full load',
    'Ongoing replication', 'Data validation', 'Premigration assessments', 'Table mapping',
    'Transformation rules', 'Selection rules', 'Task logs', 'Source endpoints', 'Target endpoints',
    'Homogeneous data migrations', 'Time travel', 'Multi-AZ', 'Batch apply',
    'Full LOB mode', 'Limited LOB mode', 'Inline LOB mode', 'Source filters', 'Data masking',
    'Control tables', 'Table statistics', 'Instance profiles', 'Migration projects', 'Data providers',
    'Task settings',
  ],
  // AWS Application Discovery Service
  'application-discovery': [
    'Agent-based discovery', 'Agentless discovery', 'Data exploration', 'Continuous export',
    'Migration Hub import', 'Export data',
  ],
};
