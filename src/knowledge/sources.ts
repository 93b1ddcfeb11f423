import type { Source } from './schema.js';

/** AWS documentation pages the knowledge base cites, by short name. */
export const src = {
  srm: { title: 'AWS Shared Responsibility Model', url: 'https://aws.amazon.com/compliance/shared-responsibility-model/' },
  riskCompliance: {
    title: 'Amazon Web Services: Risk and Compliance — Shared responsibility model',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/shared-responsibility-model.html',
  },
  securityPillar: {
    title: 'AWS Well-Architected Framework — Security pillar',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html',
  },
  resiliency: {
    title: 'AWS Well-Architected Reliability pillar — Shared Responsibility Model for Resiliency',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/shared-responsibility-model-for-resiliency.html',
  },
  dataCenterControls: { title: 'AWS Data Center Controls', url: 'https://aws.amazon.com/compliance/data-center/controls/' },
  dataCenters: { title: 'AWS Data Centers — Our Data Centers', url: 'https://aws.amazon.com/compliance/data-center/data-centers/' },
  globalInfra: { title: 'AWS Global Infrastructure', url: 'https://aws.amazon.com/about-aws/global-infrastructure/' },
  nitro: {
    title: 'The Security Design of the AWS Nitro System',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/security-design-of-aws-nitro-system/security-design-of-aws-nitro-system.html',
  },
  patchManager: {
    title: 'AWS Systems Manager Patch Manager',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  ec2Security: { title: 'Security in Amazon EC2', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html' },
  ec2UpdateMgmt: {
    title: 'Update management in Amazon EC2',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html',
  },
  rdsUpgrades: {
    title: 'Upgrading a DB instance engine version (Amazon RDS)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
  },
  rdsMaintenance: {
    title: 'Maintaining a DB instance (Amazon RDS)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html',
  },
  rdsBackups: {
    title: 'Introduction to backups (Amazon RDS)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  rdsMultiAz: {
    title: 'Configuring and managing a Multi-AZ deployment (Amazon RDS)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
  },
  rdsEncryption: {
    title: 'Encrypting Amazon RDS resources',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  rdsCustom: {
    title: 'Amazon RDS Custom — shared responsibility model',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-custom.html',
  },
  auroraBackups: {
    title: 'Overview of backing up and restoring an Aurora DB cluster',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  },
  auroraUpdates: {
    title: 'Database engine updates for Amazon Aurora',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.VersionPolicy.html',
  },
  auroraEncryption: {
    title: 'Encrypting Amazon Aurora resources',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  lambdaRuntimeShared: {
    title: 'Understanding the shared responsibility model for Lambda runtime management',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html',
  },
  lambdaRuntimeUpdates: {
    title: 'Understanding how Lambda manages runtime version updates',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html',
  },
  lambdaSecurity: { title: 'Security in AWS Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-security.html' },
  ecsShared: {
    title: 'AWS shared responsibility model for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  },
  fargatePlatform: {
    title: 'Fargate platform versions for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html',
  },
  fargateSecurity: {
    title: 'Fargate security best practices in Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
  },
  ecsContainerInstances: {
    title: 'Updating the Amazon ECS container agent and container instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-update.html',
  },
  eksSecurity: { title: 'Security in Amazon EKS', url: 'https://docs.aws.amazon.com/eks/latest/userguide/security.html' },
  eksManagedNodeUpdate: {
    title: 'Update a managed node group for your cluster (Amazon EKS)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-managed-node-group.html',
  },
  eksBestPracticesSecurity: {
    title: 'Amazon EKS Best Practices — Security',
    url: 'https://docs.aws.amazon.com/eks/latest/best-practices/security.html',
  },
  eksFargate: {
    title: 'Simplify compute management with AWS Fargate (Amazon EKS)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
  beanstalkShared: {
    title: 'Shared responsibility model for Elastic Beanstalk platform maintenance',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-shared-responsibility.html',
  },
  beanstalkManagedUpdates: {
    title: 'Managed platform updates (AWS Elastic Beanstalk)',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html',
  },
  outpostsSecurity: { title: 'Security in AWS Outposts', url: 'https://docs.aws.amazon.com/outposts/latest/userguide/security.html' },
  outpostsSite: {
    title: 'Site requirements for Outposts racks',
    url: 'https://docs.aws.amazon.com/outposts/latest/userguide/outposts-requirements.html',
  },
  s3DefaultEncryption: {
    title: 'Setting default server-side encryption behavior for Amazon S3 buckets',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
  },
  s3BlockPublicAccess: {
    title: 'Blocking public access to your Amazon S3 storage',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  s3Versioning: {
    title: 'Retaining multiple versions of objects with S3 Versioning',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
  },
  dynamoEncryption: {
    title: 'DynamoDB encryption at rest',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
  },
  dynamoBackups: {
    title: 'Backup and restore for DynamoDB',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Backup-and-Restore.html',
  },
  iamBestPractices: {
    title: 'Security best practices in IAM',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  rootUser: { title: 'AWS account root user', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html' },
  mfa: {
    title: 'AWS Multi-factor authentication in IAM',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
  },
  accessKeys: {
    title: 'Manage access keys for IAM users',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  tempCredentials: {
    title: 'Temporary security credentials in IAM (AWS STS)',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html',
  },
  federation: {
    title: 'Identity providers and federation into AWS',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html',
  },
  securityGroups: {
    title: 'Control traffic to your AWS resources using security groups',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  networkAcls: {
    title: 'Control subnet traffic with network access control lists',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  flowLogs: {
    title: 'Logging IP traffic using VPC Flow Logs',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  },
  kms: { title: 'AWS Key Management Service', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/overview.html' },
  kmsRotation: { title: 'Rotate AWS KMS keys', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html' },
  secretsManager: {
    title: 'What is AWS Secrets Manager?',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  },
  macie: { title: 'What is Amazon Macie?', url: 'https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html' },
  backup: { title: 'What is AWS Backup?', url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html' },
  cloudtrail: {
    title: 'What Is AWS CloudTrail?',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html',
  },
  guardduty: { title: 'What is Amazon GuardDuty?', url: 'https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html' },
  config: { title: 'What Is AWS Config?', url: 'https://docs.aws.amazon.com/config/latest/developerguide/WhatIsConfig.html' },
  securityHub: {
    title: 'What is AWS Security Hub?',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/what-is-securityhub.html',
  },
  inspector: { title: 'What is Amazon Inspector?', url: 'https://docs.aws.amazon.com/inspector/latest/user/what-is-inspector.html' },
  penTesting: { title: 'AWS Penetration Testing policy', url: 'https://aws.amazon.com/security/penetration-testing/' },
  shield: {
    title: 'How AWS Shield and Shield Advanced work',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-overview.html',
  },
  shieldStandard: {
    title: 'How do I protect my application from DDoS attacks with AWS Shield Standard? (AWS Knowledge Center)',
    url: 'https://aws.amazon.com/premiumsupport/knowledge-center/shield-standard-ddos-attack/',
  },
  ddosWhitepaper: {
    title: 'AWS Best Practices for DDoS Resiliency',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-best-practices-ddos-resiliency/aws-best-practices-ddos-resiliency.html',
  },
  waf: { title: 'AWS WAF', url: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html' },
  incidentResponse: {
    title: 'AWS Security Incident Response Guide',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-security-incident-response-guide/aws-security-incident-response-guide.html',
  },
  artifact: { title: 'What is AWS Artifact?', url: 'https://docs.aws.amazon.com/artifact/latest/ug/what-is-aws-artifact.html' },
  artifactDownload: {
    title: 'Downloading reports in AWS Artifact',
    url: 'https://docs.aws.amazon.com/artifact/latest/ug/downloading-documents.html',
  },
  compliancePrograms: { title: 'AWS Compliance Programs', url: 'https://aws.amazon.com/compliance/programs/' },
  servicesInScope: {
    title: 'AWS Services in Scope by Compliance Program',
    url: 'https://aws.amazon.com/compliance/services-in-scope/',
  },
  scps: {
    title: 'Service control policies (SCPs) — AWS Organizations',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  },
  controlTower: {
    title: 'What Is AWS Control Tower?',
    url: 'https://docs.aws.amazon.com/controltower/latest/userguide/what-is-control-tower.html',
  },
  cloudwatch: {
    title: 'What is Amazon CloudWatch?',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html',
  },
  autoScaling: {
    title: 'What is Amazon EC2 Auto Scaling?',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html',
  },
  lambdaScaling: {
    title: 'Understanding Lambda function scaling',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
  },
  ecrScanning: {
    title: 'Scan images for software vulnerabilities in Amazon ECR',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  trustedAdvisor: {
    title: 'AWS Trusted Advisor',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor.html',
  },
  clientSideEncryption: {
    title: 'Protecting data by using client-side encryption (Amazon S3)',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingClientSideEncryption.html',
  },
  encryptionInTransit: {
    title: 'Security pillar — Protecting data in transit',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-data-in-transit.html',
  },
  dataClassification: {
    title: 'Security pillar — Data classification',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/data-classification.html',
  },
} satisfies Record<string, Source>;
