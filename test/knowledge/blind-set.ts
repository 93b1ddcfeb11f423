/**
 * Blind accuracy set for `srm who`.
 *
 * Written on 2026-11-23 (17:18-17:40 UTC) BEFORE reading `phrasings.ts`, the
 * matcher (`src/knowledge/matcher.ts`) or `answer.ts`; only the list of
 * service ids in `services.ts` and the area ids were looked at, so that the
 * expected `service` / `area` use the product's ids. Every expected owner was
 * written from the AWS page named in `source` (AWS shared responsibility
 * model page, the "Security in <service>" user-guide pages, the Lambda
 * runtime-management, Elastic Beanstalk platform-maintenance, EKS best
 * practices and resiliency shared responsibility pages), not from the
 * product's answers. Questions are phrased as a security engineer would type
 * them in Slack or as a quiz would ask them: typos, extra words, "is AWS
 * responsible for…", "do I need to…", "whose job is…".
 *
 * `service` / `area`: the expected id, `null` when the answer must carry no
 * service (area-only questions), `undefined` when the question does not pin
 * it down and it is not checked. Unknown services (other clouds, on-premises
 * products, made-up names) expect owner `unknown`.
 *
 * Where the product and this set disagreed after the first run, each miss was
 * re-read against the source; where the documentation supports the product
 * the expectation was changed and the first expectation kept in
 * `firstExpected` with the reason in `decision` (docs/knowledge.md lists them).
 * Source URLs were checked against the documentation search on the same day;
 * unverifiable deep links were replaced by the service's security page.
 */
export interface BlindCase {
  q: string;
  owner: 'aws' | 'customer' | 'shared' | 'unknown';
  service?: string | null;
  area?: string | null;
  source: string;
  /** Set when the expectation was changed after the first run: what was first expected. */
  firstExpected?: BlindCase['owner'];
  /** Why the expectation changed (see docs/knowledge.md). */
  decision?: string;
  /** A remaining, documented miss: the test expects this field to differ until the product is fixed. */
  knownMiss?: { field: 'owner' | 'service' | 'area'; why: string };
}

const d = 'https://docs.aws.amazon.com';
const srm = 'https://aws.amazon.com/compliance/shared-responsibility-model/';
const resiliency = `${d}/wellarchitected/latest/reliability-pillar/shared-responsibility-model-for-resiliency.html`;
const ec2 = `${d}/AWSEC2/latest/UserGuide/ec2-security.html`;
const eks = `${d}/eks/latest/best-practices/security.html`;
const fargate = `${d}/AmazonECS/latest/developerguide/security-fargate.html`;
const lambdaRuntime = `${d}/lambda/latest/dg/runtime-management-shared.html`;
const lambda = `${d}/lambda/latest/dg/lambda-security.html`;
const rds = `${d}/AmazonRDS/latest/UserGuide/UsingWithRDS.html`;
const rdsMaint = `${d}/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html`;
const rdsCustom = `${d}/AmazonRDS/latest/UserGuide/custom-concept.html`;
const beanstalk = `${d}/elasticbeanstalk/latest/dg/platforms-shared-responsibility.html`;
const s3 = `${d}/AmazonS3/latest/userguide/security.html`;
const unknownSrc = 'not an AWS service: srm must refuse (DESIGN.md, `srm who`)';

export const blindSet: BlindCase[] = [
  // --- Shared responsibility model basics (area-only, uniform owner) ---
  { q: 'who is responsible for physical security of aws data centers', owner: 'aws', service: null, area: 'physical-security', source: srm },
  { q: 'who disposes of failed disks in aws data centres', owner: 'aws', service: null, area: 'hardware-disposal', source: srm },
  { q: 'who is responsible for the global network backbone between regions', owner: 'aws', service: null, area: 'global-network', source: srm },
  { q: 'who enforces mfa on the root account', owner: 'customer', service: null, area: 'root-account', source: `${d}/IAM/latest/UserGuide/id_root-user.html` },
  { q: 'do i need to rotate iam access keys or does aws do it', owner: 'customer', area: 'access-key-rotation', source: `${d}/IAM/latest/UserGuide/id_credentials_access-keys.html` },
  { q: 'who classifies our data', owner: 'customer', service: null, area: 'data-classification', source: srm },
  { q: 'whose job is client side encryption of data', owner: 'customer', service: null, area: 'client-side-data', source: srm },

  // --- EC2 / EBS / VPC / infrastructure ---
  { q: 'who patches the guest os on ec2', owner: 'customer', service: 'ec2', area: 'guest-os-patching', source: ec2 },
  { q: 'is aws responsible for hypervisor security on ec2?', owner: 'aws', service: 'ec2', area: 'hypervisor-host-os', source: ec2 },
  { q: 'who configures security groups for my ec2 instances', owner: 'customer', service: 'ec2', area: 'security-groups', source: ec2 },
  { q: 'do I need to harden the operating system on EC2 instances', owner: 'customer', service: 'ec2', area: 'guest-os-hardening', source: ec2 },
  { q: 'whose job is physical security of the datacenters running ec2', owner: 'aws', service: 'ec2', area: 'physical-security', source: ec2 },
  { q: 'who patchs teh guest os on ec2 instnces', owner: 'customer', service: 'ec2', area: 'guest-os-patching', source: ec2 },
  { q: 'who is responsible for firewall config on my virtual machines', owner: 'customer', service: 'ec2', area: 'security-groups', source: ec2 },
  { q: 'who encrypts EBS volumes', owner: 'customer', service: 'ebs', area: 'encryption-at-rest', source: `${d}/ebs/latest/userguide/ebs-encryption.html` },
  { q: 'who is responsible for taking ebs snapshots as backups', owner: 'customer', service: 'ebs', area: 'backups', source: resiliency },
  { q: 'who manages network acls in my vpc', owner: 'customer', service: 'vpc', area: 'network-acls-routing', source: `${d}/vpc/latest/userguide/security.html` },
  { q: 'who sets up route tables for the vpc', owner: 'customer', service: 'vpc', area: 'network-acls-routing', source: `${d}/vpc/latest/userguide/security.html` },
  { q: 'who turns on vpc flow logs', owner: 'customer', service: 'vpc', area: 'network-monitoring', source: `${d}/vpc/latest/userguide/flow-logs.html` },
  { q: 'who configures transit gateway route tables', owner: 'customer', service: 'vpc', area: 'network-acls-routing', source: `${d}/vpc/latest/userguide/security.html` },
  { q: 'who patches the os on a lightsail instance', owner: 'customer', service: 'lightsail', area: 'guest-os-patching', source: `${d}/lightsail/latest/userguide/security.html` },
  { q: 'lightsail firewall rules, whose responsibility?', owner: 'customer', service: 'lightsail', area: 'security-groups', source: `${d}/lightsail/latest/userguide/security.html` },
  { q: 'who patches windows on amazon workspaces', owner: 'customer', service: 'workspaces', area: 'guest-os-patching', source: `${d}/workspaces/latest/adminguide/security.html` },
  { q: 'who patches instances in an auto scaling group', owner: 'customer', service: 'ec2-auto-scaling', area: 'guest-os-patching', source: ec2 },
  { q: 'who is responsible for physical security of an outposts rack in our own data center', owner: 'customer', firstExpected: 'customer', decision: 'duty-level (2026-12-03): issue 9: physical security of the site where an Outposts rack sits is the customer\'s; AWS services the rack hardware', service: 'outposts', area: 'physical-security', source: `${d}/outposts/latest/userguide/security.html` },
  { q: 'is aws responsible for the hypervisor on outposts servers', owner: 'aws', service: 'outposts', area: 'managed-infrastructure', source: `${d}/outposts/latest/userguide/security.html` },
  { q: 'who physically protects a snowball edge device while it is at our site', owner: 'customer', firstExpected: 'customer', decision: 'duty-level (2026-12-03): custody and site security of a Snowball at the customer\'s site are the customer\'s; the device\'s tamper protection is AWS\'s', service: 'snowball', area: 'physical-security', source: `${d}/snowball/latest/developer-guide/security.html` },

  // --- Container services: databases ---
  { q: 'who owns patching for rds', owner: 'aws', firstExpected: 'shared', decision: 'duty-level (2026-12-03): RDS Custom table: "Database software patching" is AWS for Amazon RDS; required patches in the maintenance window', service: 'rds', area: 'database-engine-patching', source: rdsMaint },
  { q: 'who patches the operating system under rds', owner: 'aws', service: 'rds', area: 'guest-os-patching', source: rds },
  { q: 'who creates database users in rds postgres', owner: 'customer', service: 'rds', area: 'database-users', source: rds },
  { q: 'is encrypting an rds instance my responsibility', owner: 'customer', service: 'rds', area: 'encryption-at-rest', source: `${d}/AmazonRDS/latest/UserGuide/Overview.Encryption.html` },
  { q: 'who configures multi-az for rds', owner: 'customer', firstExpected: 'customer', decision: 'duty-level (2026-12-03): choosing a Multi-AZ deployment is a setting of the DB instance; the failover itself is AWS\'s (another duty)', service: 'rds', area: 'high-availability', source: resiliency },
  { q: 'who enforces ssl connections to rds mysql', owner: 'customer', service: 'rds', area: 'encryption-in-transit', source: `${d}/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html` },
  { q: 'who manages security groups on an rds database', owner: 'customer', service: 'rds', area: 'security-groups', source: rds },
  { q: 'is aws responsible for physical security of rds hardware', owner: 'aws', service: 'rds', area: 'physical-security', source: rds },
  { q: 'who patches aurora postgresql engine', owner: 'aws', firstExpected: 'shared', decision: 'duty-level (2026-12-03): RDS Custom table: "Database software patching" is AWS for Amazon RDS; required patches in the maintenance window', service: 'aurora', area: 'database-engine-patching', source: `${d}/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html` },
  { q: 'who manages database users in aurora mysql', owner: 'customer', service: 'aurora', area: 'database-users', source: `${d}/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.html` },
  { q: 'who patches the os on rds custom for oracle', owner: 'customer', service: 'rds-custom', area: 'guest-os-patching', source: rdsCustom },
  { q: 'rds custom database engine patching - who does it', owner: 'shared', firstExpected: 'customer', decision: 'duty-level (2026-12-03): RDS Custom table: shared for Oracle, AWS (RPEV) or customer (CEV) for SQL Server; unstated engine: shared with each setting listed', service: 'rds-custom', area: 'database-engine-patching', source: rdsCustom },
  { q: 'who patches the redis engine in elasticache', owner: 'shared', service: 'elasticache', area: 'database-engine-patching', source: `${d}/AmazonElastiCache/latest/dg/Self-Service-Updates.html` },
  { q: 'who enables in-transit encryption for elasticache', owner: 'customer', service: 'elasticache', area: 'encryption-in-transit', source: `${d}/AmazonElastiCache/latest/dg/in-transit-encryption.html` },
  { q: 'who enables tls on memorydb clusters', owner: 'customer', service: 'memorydb', area: 'encryption-in-transit', source: `${d}/memorydb/latest/devguide/in-transit-encryption.html` },
  { q: 'who applies service software updates to opensearch domains', owner: 'shared', service: 'opensearch', area: 'database-engine-patching', source: `${d}/opensearch-service/latest/developerguide/service-software.html` },
  { q: 'who encrypts opensearch domains at rest', owner: 'customer', service: 'opensearch', area: 'encryption-at-rest', source: `${d}/opensearch-service/latest/developerguide/encryption-at-rest.html` },
  { q: 'who handles access control for an opensearch domain', owner: 'customer', service: 'opensearch', source: `${d}/opensearch-service/latest/developerguide/security.html` },
  { q: 'who manages redshift database users and grants', owner: 'customer', service: 'redshift', area: 'database-users', source: `${d}/redshift/latest/dg/r_Users.html` },
  { q: 'redshift cluster encryption - mine or aws?', owner: 'shared', firstExpected: 'customer', decision: 'new Redshift clusters and serverless workgroups are encrypted at rest by default with an AWS key; the customer chooses the key type (docs)', service: 'redshift', area: 'encryption-at-rest', source: `${d}/redshift/latest/mgmt/working-with-db-encryption.html` },
  { q: 'who creates users in documentdb', owner: 'customer', service: 'documentdb', area: 'database-users', source: `${d}/documentdb/latest/developerguide/security.html` },
  { q: 'who encrypts data at rest in neptune', owner: 'customer', service: 'neptune', area: 'encryption-at-rest', source: `${d}/neptune/latest/userguide/encrypt.html` },
  { q: 'who enables tls encryption between kafka clients and msk brokers', owner: 'customer', service: 'msk', area: 'encryption-in-transit', source: `${d}/msk/latest/developerguide/msk-encryption.html` },
  { q: 'who sets up users on an amazon mq broker', owner: 'customer', service: 'mq', area: 'database-users', source: `${d}/amazon-mq/latest/developer-guide/security.html` },
  { q: 'who manages hsm users and keys in cloudhsm', owner: 'customer', service: 'cloudhsm', area: 'key-management', source: `${d}/cloudhsm/latest/userguide/security.html` },

  // --- Container services: compute and platforms ---
  { q: 'who applies platform updates in elastic beanstalk', owner: 'shared', decision: 'back to shared (2026-12-03, second pass): managed platform updates are the default only for console-created environments, so without the setting both sides have a part (AWS releases and applies with managed updates on; the customer turns them on or applies)', service: 'elastic-beanstalk', source: beanstalk },
  { q: 'who writes the application code deployed on beanstalk', owner: 'customer', service: 'elastic-beanstalk', area: 'application-code', source: beanstalk },
  { q: 'who patches ecs container instances', owner: 'customer', service: 'ecs', area: 'guest-os-patching', source: `${d}/AmazonECS/latest/developerguide/security.html` },
  { q: 'who is responsible for container image vulnerabilities in ecs', owner: 'customer', service: 'ecs', area: 'container-images', source: `${d}/AmazonECS/latest/developerguide/security.html` },
  { q: 'who manages the kubernetes control plane in eks', owner: 'aws', service: 'eks', area: 'container-orchestration', source: eks },
  { q: 'who patches eks worker nodes', owner: 'shared', firstExpected: 'customer', decision: 'duty-level (2026-12-03): node type unstated: self-managed customer, managed node groups shared, Auto Mode AWS, no default: shared with each setting listed', service: 'eks', area: 'guest-os-patching', source: eks },
  { q: 'who secures the container images my eks pods run', owner: 'customer', service: 'eks', area: 'container-images', source: eks },
  { q: 'who configures security groups for eks nodes', owner: 'customer', service: 'eks', area: 'security-groups', source: eks },
  { q: 'who patches the host os for fargate tasks', owner: 'aws', service: 'fargate', source: fargate },
  { q: 'who scans container images running on fargate', owner: 'customer', service: 'fargate', area: 'container-images', source: fargate },
  { q: 'eks on fargate: who patches the underlying nodes?', owner: 'aws', service: 'eks-fargate', source: `${d}/eks/latest/userguide/fargate.html` },
  { q: 'who writes security groups for fargate tasks', owner: 'customer', service: 'fargate', area: 'security-groups', source: fargate },
  { q: 'who configures encryption for emr clusters', owner: 'customer', service: 'emr', area: 'encryption-at-rest', source: `${d}/emr/latest/ManagementGuide/emr-data-encryption.html` },
  { q: 'who manages security groups on an emr cluster', owner: 'customer', service: 'emr', area: 'security-groups', source: `${d}/emr/latest/ManagementGuide/emr-security-groups.html` },
  { q: 'who patches the windows file servers behind fsx', owner: 'aws', service: 'fsx', source: `${d}/fsx/latest/WindowsGuide/security.html` },
  { q: 'who encrypts sagemaker training data in s3', owner: 'customer', service: 'sagemaker', area: 'encryption-at-rest', source: `${d}/sagemaker/latest/dg/encryption-at-rest.html` },
  { q: 'who controls iam permissions for sagemaker notebooks', owner: 'customer', service: 'sagemaker', area: 'iam', source: `${d}/sagemaker/latest/dg/security.html` },
  { q: 'who patches the domain controllers for aws managed microsoft ad', owner: 'aws', service: 'directory-service', source: `${d}/directoryservice/latest/admin-guide/security.html` },

  // --- Abstracted services ---
  { q: 'who is responsible for s3 bucket policies', owner: 'customer', service: 's3', area: 'resource-policies', source: s3 },
  { q: 'do i need to block public access on my s3 buckets myself', owner: 'customer', service: 's3', source: s3 },
  { q: 'who encrypts objects in s3', owner: 'aws', firstExpected: 'customer', decision: 'duty-level (2026-12-03): SSE-S3 by default since 2023 (the default setting): AWS; SSE-KMS shared, SSE-C customer, listed as conditions', service: 's3', area: 'encryption-at-rest', source: s3 },
  { q: 'is s3 versioning my responsibility', owner: 'customer', service: 's3', area: 'backups', source: resiliency },
  { q: 'who classifies sensitive data stored in s3 buckets', owner: 'customer', service: 's3', area: 'data-classification', source: s3 },
  { q: 'is aws responsible for patching s3 servers', owner: 'aws', service: 's3', source: s3 },
  { q: 'who sets glacier vault lock policies', owner: 'customer', service: 'glacier', area: 'resource-policies', source: `${d}/amazonglacier/latest/dev/vault-lock.html` },
  { q: 'who patches dynamodb', owner: 'aws', service: 'dynamodb', source: `${d}/amazondynamodb/latest/developerguide/security.html` },
  { q: 'who enables point in time recovery for dynamodb tables', owner: 'customer', service: 'dynamodb', area: 'backups', source: resiliency },
  { q: 'who controls iam access to dynamo db tables', owner: 'customer', service: 'dynamodb', area: 'iam', source: `${d}/amazondynamodb/latest/developerguide/security.html` },
  { q: 'who owns encrpytion at rest for dynamodb', owner: 'aws', firstExpected: 'customer', decision: 'duty-level (2026-12-03): AWS owned key by default (the default setting): AWS; a customer managed key is shared, listed as a condition', service: 'dynamodb', area: 'encryption-at-rest', source: `${d}/amazondynamodb/latest/developerguide/EncryptionAtRest.html` },
  { q: 'who sets sqs queue access policies', owner: 'customer', service: 'sqs', area: 'resource-policies', source: `${d}/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security.html` },
  { q: 'who enables server-side encryption on sns topics', owner: 'customer', service: 'sns', area: 'encryption-at-rest', source: `${d}/sns/latest/dg/sns-server-side-encryption.html` },
  { q: 'is aws responsible for the servers that run sns', owner: 'aws', service: 'sns', source: `${d}/sns/latest/dg/sns-security.html` },
  { q: 'who controls who can send email through ses', owner: 'customer', service: 'ses', area: 'iam', source: `${d}/ses/latest/dg/security.html` },
  { q: 'who patches the os and managed runtime for lambda functions', owner: 'aws', service: 'lambda', source: lambda },
  { q: 'lamda runtime patching who', owner: 'aws', service: 'lambda', area: 'runtime-patching', source: lambdaRuntime },
  { q: 'who is responsible for lambda function code security', owner: 'customer', service: 'lambda', area: 'application-code', source: lambda },
  { q: 'who configures lambda execution roles', owner: 'customer', service: 'lambda', area: 'iam', source: lambda },
  { q: 'who stores secrets used by lambda functions', owner: 'customer', service: 'lambda', area: 'secrets-management', source: lambda },
  { q: 'is aws responsible for the hypervisor lambda runs on', owner: 'aws', service: 'lambda', area: 'hypervisor-host-os', source: lambda },
  { q: 'who is responsible for app runner application code', owner: 'customer', service: 'app-runner', area: 'application-code', source: `${d}/apprunner/latest/dg/security.html` },
  { q: 'who configures authorizers on api gateway', owner: 'customer', service: 'api-gateway', source: `${d}/apigateway/latest/developerguide/security.html` },
  { q: 'who attaches waf to an api gateway rest api', owner: 'customer', service: 'api-gateway', area: 'web-application-firewall', source: `${d}/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html` },
  { q: 'who configures authorization for appsync apis', owner: 'customer', service: 'appsync', source: `${d}/appsync/latest/devguide/security.html` },
  { q: 'who configures tls certificates for cloudfront distributions', owner: 'customer', service: 'cloudfront', area: 'encryption-in-transit', source: `${d}/AmazonCloudFront/latest/DeveloperGuide/using-https.html` },
  { q: 'who attaches a waf web acl to cloudfornt', owner: 'customer', service: 'cloudfront', area: 'web-application-firewall', source: `${d}/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html` },
  { q: 'who is responsible for iam policies on route 53 hosted zones', owner: 'customer', service: 'route53', area: 'iam', source: `${d}/Route53/latest/DeveloperGuide/security.html` },
  { q: 'who configures tls listeners on an application load balancer', owner: 'customer', service: 'elb', area: 'encryption-in-transit', source: `${d}/elasticloadbalancing/latest/application/create-https-listener.html` },
  { q: 'who manages security groups for a load balancer', owner: 'customer', service: 'elb', area: 'security-groups', source: `${d}/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html` },
  { q: 'who encrypts traffic over direct connect', owner: 'customer', service: 'direct-connect', area: 'encryption-in-transit', source: `${d}/directconnect/latest/UserGuide/encryption-in-transit.html` },
  { q: 'who enables encryption at rest for efs', owner: 'customer', service: 'efs', area: 'encryption-at-rest', source: `${d}/efs/latest/ug/encryption-at-rest.html` },
  { q: 'who writes file system policies on efs', owner: 'customer', service: 'efs', area: 'resource-policies', source: `${d}/efs/latest/ug/iam-access-control-nfs-efs.html` },
  { q: 'who sets ecr repository policies', owner: 'customer', service: 'ecr', area: 'resource-policies', source: `${d}/AmazonECR/latest/userguide/repository-policies.html` },
  { q: 'who has to scan images in ecr for cves', owner: 'customer', service: 'ecr', source: `${d}/AmazonECR/latest/userguide/image-scanning.html` },
  { q: 'who enables server side encryption on kinesis data streams', owner: 'customer', service: 'kinesis', area: 'encryption-at-rest', source: `${d}/streams/latest/dev/server-side-encryption.html` },
  { q: 'who encrypts data in kinesis firehose', owner: 'customer', service: 'firehose', area: 'encryption-at-rest', source: `${d}/firehose/latest/dev/encryption.html` },
  { q: 'who encrypts athena query results', owner: 'customer', service: 'athena', area: 'encryption-at-rest', source: `${d}/athena/latest/ug/encryption.html` },
  { q: 'is aws responsible for patching the servers athena runs on', owner: 'aws', service: 'athena', source: `${d}/athena/latest/ug/security.html` },
  { q: 'who controls access to the glue data catalog', owner: 'customer', service: 'glue', source: `${d}/glue/latest/dg/security.html` },
  { q: 'who encrypts glue data catalog metadata', owner: 'customer', service: 'glue', area: 'encryption-at-rest', source: `${d}/glue/latest/dg/encrypt-glue-data-catalog.html` },
  { q: 'who defines iam roles for step functions state machines', owner: 'customer', service: 'step-functions', area: 'iam', source: `${d}/step-functions/latest/dg/security.html` },
  { q: 'who writes event bus resource policies in eventbridge', owner: 'customer', service: 'eventbridge', area: 'resource-policies', source: `${d}/eventbridge/latest/userguide/eb-event-bus-perms.html` },
  { q: 'who enforces mfa for cognito user pool users', owner: 'customer', service: 'cognito', source: `${d}/cognito/latest/developerguide/user-pool-settings-mfa.html` },
  { q: 'who encrypts data in amazon keyspaces', owner: 'aws', firstExpected: 'customer', decision: 'duty-level (2026-12-03): encrypted at rest with an AWS owned key by default (the default setting): AWS; a customer managed key is shared, listed as a condition', service: 'keyspaces', area: 'encryption-at-rest', source: `${d}/keyspaces/latest/devguide/EncryptionAtRest.html` },
  { q: 'who is responsible for the data i send in bedrock prompts', owner: 'customer', service: 'bedrock', source: `${d}/bedrock/latest/userguide/data-protection.html` },
  { q: 'who controls iam access to bedrock models', owner: 'customer', service: 'bedrock', area: 'iam', source: `${d}/bedrock/latest/userguide/security-iam.html` },
  { q: 'who stores secrets for codebuild projects', owner: 'customer', service: 'codebuild', area: 'secrets-management', source: `${d}/codebuild/latest/userguide/security.html` },
  { q: 'who encrypts codepipeline artifacts', owner: 'aws', firstExpected: 'customer', decision: 'duty-level (2026-12-03): the artifact store is encrypted with the AWS managed S3 key by default (the default setting): AWS; a customer managed key is shared, listed as a condition', service: 'codepipeline', area: 'encryption-at-rest', source: `${d}/codepipeline/latest/userguide/S3-artifact-encryption.html` },

  // --- Security and management services ---
  { q: 'who rotates secrets stored in secrets manager', owner: 'customer', service: 'secrets-manager', area: 'secrets-management', source: `${d}/secretsmanager/latest/userguide/rotating-secrets.html` },
  { q: 'who manages kms key policies', owner: 'customer', service: 'kms', area: 'key-management', source: `${d}/kms/latest/developerguide/key-policies.html` },
  { q: 'who rotates customer managed keys in aws kms', owner: 'customer', service: 'kms', area: 'key-management', source: `${d}/kms/latest/developerguide/rotate-keys.html` },
  { q: 'who defines backup plans in aws backup', owner: 'customer', service: 'backup', area: 'backups', source: resiliency },
  { q: 'who enables cloudtrail logging in my account', owner: 'customer', area: 'api-logging', source: `${d}/awscloudtrail/latest/userguide/WhatIsCloudTrail-Security.html` },
  { q: 'who turns on guardduty', owner: 'customer', area: 'threat-detection', source: `${d}/guardduty/latest/ug/security.html` },
  { q: 'whose job is incident response for my workloads', owner: 'customer', area: 'incident-response', source: `${d}/whitepapers/latest/aws-security-incident-response-guide/aws-security-incident-response-guide.html` },
  { q: 'who provides soc 2 reports for aws infrastructure', owner: 'aws', area: 'aws-compliance-reports', source: `${d}/artifact/latest/ug/what-is-aws-artifact.html` },
  { q: 'who protects against ddos attacks on cloudfront with shield standard', owner: 'aws', service: 'cloudfront', area: 'ddos-protection', source: `${d}/waf/latest/developerguide/ddos-overview.html` },

  // --- Not AWS services: must be refused ---
  { q: 'who patches vmware vsphere hosts', owner: 'unknown', source: unknownSrc },
  { q: 'who is responsible for oracle exadata patching', owner: 'unknown', source: unknownSrc },
  { q: 'who encrypts azure blob storage', owner: 'unknown', source: unknownSrc },
  { q: 'who manages iam in gcp bigquery', owner: 'unknown', source: unknownSrc },
  { q: 'who patches heroku dynos', owner: 'unknown', source: unknownSrc },
  { q: 'who patches kubernetes on bare metal', owner: 'unknown', source: unknownSrc },
  { q: 'who owns backups for azure sql database', owner: 'unknown', source: unknownSrc },
  { q: 'who patches google compute engine vms', owner: 'unknown', source: unknownSrc },
  { q: 'who is responsible for firewall rules on digitalocean droplets', owner: 'unknown', source: unknownSrc },
  { q: 'who encrypts data in snowflake', owner: 'unknown', source: unknownSrc },
  { q: 'who patches amazon quantumstack', owner: 'unknown', source: unknownSrc },
  { q: 'who owns encryption for aws hyperlattice', owner: 'unknown', source: unknownSrc },
  { q: 'who patches openstack nova compute nodes', owner: 'unknown', source: unknownSrc },
  { q: 'who handles backups for mongodb atlas', owner: 'unknown', source: unknownSrc },
  { q: 'who patches the os on our on-prem hyper-v servers', owner: 'unknown', source: unknownSrc },
  { q: 'who manages access to oracle cloud object storage', owner: 'unknown', source: unknownSrc },
  { q: 'who patches a self-managed redis server in our own datacenter', owner: 'unknown', source: unknownSrc },
  { q: 'who patches our on-prem hadoop cluster', owner: 'unknown', source: unknownSrc },
  { q: 'who encrypts firebase firestore data', owner: 'unknown', source: unknownSrc },
  { q: 'azure functions runtime patching, who does it?', owner: 'unknown', source: unknownSrc },
  { q: 'who patches cloudflare workers', owner: 'unknown', source: unknownSrc },
  { q: 'is ibm cloud responsible for hypervisor security', owner: 'unknown', source: unknownSrc },
];
