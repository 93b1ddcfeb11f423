import type { ServiceInput } from './schema.js';

const docs = 'https://docs.aws.amazon.com';
const layers = { infrastructure: 'IaaS', container: 'PaaS', abstracted: 'SaaS' } as const;

function svc(
  id: string,
  name: string,
  model: ServiceInput['model'],
  aliases: string[],
  securityUrl: string,
  extra: Partial<ServiceInput> = {},
): ServiceInput {
  return {
    id,
    name,
    model,
    layer: layers[model],
    aliases,
    securityDoc: { title: `Security in ${name}`, url: securityUrl.startsWith('https://') ? securityUrl : `${docs}${securityUrl}` },
    ...extra,
  };
}

/**
 * The AWS services the knowledge base knows, with the model each falls under
 * (AWS's infrastructure / container / abstracted split) and the names people
 * type for it. An alias belongs to one service only (a test enforces it).
 */
export const serviceData: ServiceInput[] = [
  // Infrastructure services: the customer runs the guest OS and everything above it.
  svc('ec2', 'Amazon EC2', 'infrastructure', ['ec2', 'elastic compute cloud', 'amazon ec2', 'ec2 instance', 'ec2 instances', 'ec-2', 'virtual machine', 'virtual machines', 'vm', 'vms', 'instances', 'ec2 container instances', 'amazon elastic compute cloud'], '/AWSEC2/latest/UserGuide/ec2-security.html', { supporting: true }),
  svc('ebs', 'Amazon EBS', 'infrastructure', ['ebs', 'elastic block store', 'ebs volume', 'ebs volumes', 'block storage', 'ebs snapshots'], '/ebs/latest/userguide/security.html'),
  svc('vpc', 'Amazon VPC', 'infrastructure', ['vpc', 'vpcs', 'virtual private cloud', 'amazon vpc', 'subnet', 'subnets', 'transit gateway', 'nat gateway', 'internet gateway'], '/vpc/latest/userguide/security.html', { supporting: true }),
  svc('outposts', 'AWS Outposts', 'infrastructure', ['outposts', 'outpost', 'aws outposts', 'outposts rack', 'outposts server', 'outposts servers'], '/outposts/latest/userguide/security.html', { customerPremises: true }),
  svc('lightsail', 'Amazon Lightsail', 'infrastructure', ['lightsail', 'light sail', 'lightsail instance'], '/lightsail/latest/userguide/security.html'),
  svc('workspaces', 'Amazon WorkSpaces', 'infrastructure', ['workspaces', 'workspace', 'work spaces', 'virtual desktop', 'virtual desktops', 'vdi'], '/workspaces/latest/adminguide/security.html'),
  svc('snowball', 'AWS Snowball Edge', 'infrastructure', ['snowball', 'snowball edge', 'snow family', 'snowcone'], '/snowball/latest/developer-guide/security.html', { customerPremises: true }),
  svc('ec2-auto-scaling', 'Amazon EC2 Auto Scaling', 'infrastructure', ['ec2 auto scaling', 'auto scaling group', 'auto scaling groups', 'asg', 'autoscaling group'], '/autoscaling/ec2/userguide/security.html'),

  // Container services: AWS runs the OS and platform; the customer configures and uses them.
  svc('rds', 'Amazon RDS', 'container', ['rds', 'amazon rds', 'relational database service', 'rds for mysql', 'rds mysql', 'rds for postgresql', 'rds postgresql', 'rds postgres', 'rds for postgres', 'rds for mariadb', 'rds mariadb', 'rds for oracle', 'rds oracle', 'rds for sql server', 'rds sql server', 'rds for db2', 'rds instance', 'rds instances', 'rds database', 'rds db', 'amazon relational database service'], '/AmazonRDS/latest/UserGuide/UsingWithRDS.html', { patchArea: 'database-engine-patching' }),
  svc('aurora', 'Amazon Aurora', 'container', ['aurora', 'amazon aurora', 'aurora mysql', 'aurora postgres', 'aurora postgresql', 'aurora serverless', 'aurora cluster', 'aurora database', 'aurora db', 'aurora dsql'], '/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.html', { patchArea: 'database-engine-patching' }),
  svc('rds-custom', 'Amazon RDS Custom', 'container', ['rds custom', 'rds custom for oracle', 'rds custom for sql server', 'amazon rds custom', 'custom rds'], '/AmazonRDS/latest/UserGuide/rds-custom.html', { patchArea: 'database-engine-patching', securityDoc: { title: 'Amazon RDS Custom (Amazon RDS User Guide)', url: `${docs}/AmazonRDS/latest/UserGuide/rds-custom.html` } }),
  svc('emr', 'Amazon EMR', 'container', ['emr', 'elastic mapreduce', 'elastic map reduce', 'amazon emr', 'emr cluster', 'hadoop', 'spark on emr'], '/emr/latest/ManagementGuide/emr-security.html'),
  svc('elastic-beanstalk', 'AWS Elastic Beanstalk', 'container', ['elastic beanstalk', 'beanstalk', 'elasticbeanstalk', 'eb environment', 'aws elastic beanstalk', 'beanstalk environment'], '/elasticbeanstalk/latest/dg/security.html'),
  svc('ecs', 'Amazon ECS on EC2', 'container', ['ecs', 'elastic container service', 'amazon ecs', 'ecs on ec2', 'ecs ec2', 'ecs cluster', 'ecs container instances', 'ecs tasks', 'ecs anywhere'], '/AmazonECS/latest/developerguide/security.html'),
  svc('eks', 'Amazon EKS', 'container', ['eks', 'elastic kubernetes service', 'amazon eks', 'kubernetes', 'k8s', 'eks cluster', 'eks node groups', 'managed node groups', 'managed node group', 'self managed nodes', 'eks nodes', 'eks worker nodes', 'eks on ec2', 'kubernetes cluster'], '/eks/latest/userguide/security.html'),
  svc('elasticache', 'Amazon ElastiCache', 'container', ['elasticache', 'elasti cache', 'elastic cache', 'redis', 'memcached', 'valkey', 'elasticache for redis'], '/AmazonElastiCache/latest/dg/security.html', { patchArea: 'database-engine-patching' }),
  svc('memorydb', 'Amazon MemoryDB', 'container', ['memorydb', 'memory db', 'memorydb for redis'], '/memorydb/latest/devguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('opensearch', 'Amazon OpenSearch Service', 'container', ['opensearch', 'open search', 'opensearch service', 'elasticsearch', 'elastic search', 'elasticsearch service', 'amazon es'], '/opensearch-service/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('redshift', 'Amazon Redshift', 'container', ['redshift', 'red shift', 'amazon redshift', 'redshift cluster', 'data warehouse'], '/redshift/latest/mgmt/iam-redshift-user-mgmt.html', { patchArea: 'database-engine-patching' }),
  svc('documentdb', 'Amazon DocumentDB', 'container', ['documentdb', 'document db', 'docdb', 'amazon documentdb', 'mongodb compatible'], '/documentdb/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('neptune', 'Amazon Neptune', 'container', ['neptune', 'amazon neptune', 'graph database'], '/neptune/latest/userguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('mq', 'Amazon MQ', 'container', ['amazon mq', 'activemq', 'rabbitmq', 'mq broker'], '/amazon-mq/latest/developer-guide/security.html', { patchArea: 'database-engine-patching' }),
  svc('msk', 'Amazon MSK', 'container', ['msk', 'managed streaming for apache kafka', 'kafka', 'amazon msk', 'managed kafka'], '/msk/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('fsx', 'Amazon FSx', 'container', ['fsx', 'fsx for windows', 'fsx for lustre', 'fsx for ontap', 'fsx for openzfs', 'amazon fsx'], '/fsx/latest/WindowsGuide/security.html'),
  svc('sagemaker', 'Amazon SageMaker AI', 'container', ['sagemaker', 'sage maker', 'sagemaker notebooks', 'sagemaker notebook', 'sagemaker ai', 'amazon sagemaker'], '/sagemaker/latest/dg/security.html'),
  svc('cloudhsm', 'AWS CloudHSM', 'container', ['cloudhsm', 'cloud hsm', 'aws cloudhsm'], '/cloudhsm/latest/userguide/security.html', { supporting: true }),
  svc('directory-service', 'AWS Directory Service', 'container', ['directory service', 'managed microsoft ad', 'aws managed microsoft ad', 'managed ad', 'simple ad', 'ad connector'], '/directoryservice/latest/admin-guide/security.html'),

  // Abstracted services: AWS runs infrastructure, OS and platform; the customer uses endpoints.
  svc('s3', 'Amazon S3', 'abstracted', ['s3', 'amazon s3', 'simple storage service', 's3 bucket', 's3 buckets', 'bucket', 'buckets', 'object storage', 'amazon simple storage service', 's3 objects'], '/AmazonS3/latest/userguide/security.html'),
  svc('glacier', 'Amazon S3 Glacier', 'abstracted', ['glacier', 's3 glacier', 'amazon glacier', 'glacier deep archive', 'glacier vaults'], '/amazonglacier/latest/dev/security.html'),
  svc('dynamodb', 'Amazon DynamoDB', 'abstracted', ['dynamodb', 'dynamo db', 'dynamo', 'amazon dynamodb', 'dynamodb table', 'dynamodb tables', 'ddb'], '/amazondynamodb/latest/developerguide/security.html'),
  svc('sqs', 'Amazon SQS', 'abstracted', ['sqs', 'simple queue service', 'amazon sqs', 'sqs queue', 'sqs queues'], '/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security.html'),
  svc('sns', 'Amazon SNS', 'abstracted', ['sns', 'simple notification service', 'amazon sns', 'sns topic', 'sns topics'], '/sns/latest/dg/sns-security.html'),
  svc('ses', 'Amazon SES', 'abstracted', ['ses', 'simple email service', 'amazon ses'], '/ses/latest/dg/security.html'),
  svc('lambda', 'AWS Lambda', 'abstracted', ['lambda', 'aws lambda', 'lambda function', 'lambda functions', 'lambdas', 'serverless functions', 'lambda layers'], '/lambda/latest/dg/lambda-security.html', { layer: 'PaaS', patchArea: 'runtime-patching' }),
  svc('fargate', 'AWS Fargate (Amazon ECS)', 'abstracted', ['fargate', 'aws fargate', 'ecs on fargate', 'ecs fargate', 'fargate tasks', 'fargate task', 'fargate launch type'], '/AmazonECS/latest/developerguide/security-fargate.html', { layer: 'PaaS', securityDoc: { title: 'Fargate security best practices in Amazon ECS', url: `${docs}/AmazonECS/latest/developerguide/security-fargate.html` } }),
  svc('eks-fargate', 'Amazon EKS on AWS Fargate', 'abstracted', ['eks on fargate', 'eks fargate', 'fargate on eks', 'fargate profile', 'fargate profiles', 'eks fargate pods'], '/eks/latest/userguide/fargate.html', { layer: 'PaaS', securityDoc: { title: 'Simplify compute management with AWS Fargate (Amazon EKS)', url: `${docs}/eks/latest/userguide/fargate.html` } }),
  svc('app-runner', 'AWS App Runner', 'abstracted', ['app runner', 'apprunner', 'aws app runner'], '/apprunner/latest/dg/security.html', { layer: 'PaaS', patchArea: 'runtime-patching' }),
  svc('api-gateway', 'Amazon API Gateway', 'abstracted', ['api gateway', 'apigateway', 'amazon api gateway', 'rest api', 'http api'], '/apigateway/latest/developerguide/security.html'),
  svc('appsync', 'AWS AppSync', 'abstracted', ['appsync', 'app sync', 'graphql api'], '/appsync/latest/devguide/security.html'),
  svc('cloudfront', 'Amazon CloudFront', 'abstracted', ['cloudfront', 'cloud front', 'cdn', 'cloudfront distribution'], '/AmazonCloudFront/latest/DeveloperGuide/security.html'),
  svc('route53', 'Amazon Route 53', 'abstracted', ['route 53', 'route53', 'route 53 dns', 'dns service', 'hosted zone', 'hosted zones'], '/Route53/latest/DeveloperGuide/security.html'),
  svc('elb', 'Elastic Load Balancing', 'abstracted', ['elb', 'elastic load balancing', 'load balancer', 'load balancers', 'alb', 'nlb', 'application load balancer', 'network load balancer', 'elastic load balancer'], '/elasticloadbalancing/latest/userguide/security.html'),
  svc('direct-connect', 'AWS Direct Connect', 'abstracted', ['direct connect', 'directconnect', 'dx connection'], '/directconnect/latest/UserGuide/security.html'),
  svc('efs', 'Amazon EFS', 'abstracted', ['efs', 'elastic file system', 'amazon efs'], '/efs/latest/ug/security-considerations.html'),
  svc('ecr', 'Amazon ECR', 'abstracted', ['ecr', 'elastic container registry', 'amazon ecr', 'container registry'], '/AmazonECR/latest/userguide/security.html'),
  svc('kinesis', 'Amazon Kinesis Data Streams', 'abstracted', ['kinesis', 'kinesis data streams', 'kinesis streams', 'amazon kinesis'], '/streams/latest/dev/server-side-encryption.html', { securityDoc: { title: 'Data protection in Amazon Kinesis Data Streams', url: `${docs}/streams/latest/dev/server-side-encryption.html` } }),
  svc('firehose', 'Amazon Data Firehose', 'abstracted', ['firehose', 'kinesis firehose', 'data firehose', 'kinesis data firehose'], '/firehose/latest/dev/security.html'),
  svc('athena', 'Amazon Athena', 'abstracted', ['athena', 'amazon athena'], '/athena/latest/ug/security.html'),
  svc('glue', 'AWS Glue', 'abstracted', ['glue', 'aws glue', 'glue jobs', 'glue data catalog'], '/glue/latest/dg/security.html'),
  svc('step-functions', 'AWS Step Functions', 'abstracted', ['step functions', 'stepfunctions', 'state machine', 'state machines'], '/step-functions/latest/dg/security.html'),
  svc('eventbridge', 'Amazon EventBridge', 'abstracted', ['eventbridge', 'event bridge', 'cloudwatch events', 'event bus'], '/eventbridge/latest/userguide/eb-security.html'),
  svc('cognito', 'Amazon Cognito', 'abstracted', ['cognito', 'amazon cognito', 'cognito user pools', 'user pool', 'user pools', 'identity pool'], '/cognito/latest/developerguide/security.html'),
  svc('keyspaces', 'Amazon Keyspaces', 'abstracted', ['keyspaces', 'amazon keyspaces', 'cassandra'], '/keyspaces/latest/devguide/security.html'),
  svc('bedrock', 'Amazon Bedrock', 'abstracted', ['bedrock', 'amazon bedrock', 'foundation models'], '/bedrock/latest/userguide/security.html'),
  svc('codebuild', 'AWS CodeBuild', 'abstracted', ['codebuild', 'code build', 'aws codebuild'], '/codebuild/latest/userguide/security.html'),
  svc('codepipeline', 'AWS CodePipeline', 'abstracted', ['codepipeline', 'code pipeline', 'aws codepipeline'], '/codepipeline/latest/userguide/security.html'),
  svc('cloudformation', 'AWS CloudFormation', 'abstracted', ['cloudformation', 'cloud formation', 'cfn', 'cloudformation stacks'], '/AWSCloudFormation/latest/UserGuide/security.html'),

  // Security, identity and management tools: asked about on their own or as the tool for another service.
  svc('iam', 'AWS Identity and Access Management (IAM)', 'abstracted', ['aws iam', 'identity and access management', 'iam service'], '/IAM/latest/UserGuide/security.html', { supporting: true, toolFor: 'iam' }),
  svc('sts', 'AWS Security Token Service (STS)', 'abstracted', ['aws sts', 'security token service', 'sts service'], '/IAM/latest/UserGuide/id_credentials_temp.html', { supporting: true, toolFor: 'federation', securityDoc: { title: 'Temporary security credentials in IAM (AWS STS)', url: `${docs}/IAM/latest/UserGuide/id_credentials_temp.html` } }),
  svc('identity-center', 'AWS IAM Identity Center', 'abstracted', ['iam identity center', 'aws sso', 'aws single sign on', 'identity center service'], '/singlesignon/latest/userguide/security.html', { supporting: true, toolFor: 'federation' }),
  svc('kms', 'AWS Key Management Service (KMS)', 'abstracted', ['aws kms', 'key management service', 'kms service'], '/kms/latest/developerguide/kms-security.html', { supporting: true, toolFor: 'key-management' }),
  svc('secrets-manager', 'AWS Secrets Manager', 'abstracted', ['secrets manager', 'secretsmanager', 'aws secrets manager'], '/secretsmanager/latest/userguide/security.html', { supporting: true, toolFor: 'secrets-management' }),
  svc('acm', 'AWS Certificate Manager', 'abstracted', ['acm', 'certificate manager', 'aws certificate manager'], '/acm/latest/userguide/security.html', { supporting: true, toolFor: 'encryption-in-transit' }),
  svc('cloudtrail', 'AWS CloudTrail', 'abstracted', ['aws cloudtrail', 'cloudtrail service'], '/awscloudtrail/latest/userguide/WhatIsCloudTrail-Security.html', { supporting: true, toolFor: 'api-logging' }),
  svc('cloudwatch', 'Amazon CloudWatch', 'abstracted', ['cloudwatch', 'cloud watch', 'amazon cloudwatch', 'cloudwatch logs', 'cloudwatch alarms'], '/AmazonCloudWatch/latest/monitoring/security.html', { supporting: true, toolFor: 'monitoring' }),
  svc('config', 'AWS Config', 'abstracted', ['aws config', 'config service', 'awsconfig'], '/config/latest/developerguide/security.html', { supporting: true, toolFor: 'configuration-compliance' }),
  svc('guardduty', 'Amazon GuardDuty', 'abstracted', ['amazon guardduty', 'guardduty service'], '/guardduty/latest/ug/security.html', { supporting: true, toolFor: 'threat-detection' }),
  svc('inspector', 'Amazon Inspector', 'abstracted', ['amazon inspector', 'inspector service', 'aws inspector'], '/inspector/latest/user/security.html', { supporting: true, toolFor: 'vulnerability-scanning' }),
  svc('macie', 'Amazon Macie', 'abstracted', ['amazon macie', 'macie service'], '/macie/latest/user/security.html', { supporting: true, toolFor: 'data-classification' }),
  svc('security-hub', 'AWS Security Hub', 'abstracted', ['aws security hub', 'securityhub', 'security hub service'], '/securityhub/latest/userguide/security.html', { supporting: true, toolFor: 'configuration-compliance' }),
  svc('systems-manager', 'AWS Systems Manager', 'abstracted', ['systems manager', 'ssm', 'aws systems manager', 'ssm agent', 'session manager'], '/systems-manager/latest/userguide/security.html', { supporting: true }),
  svc('waf', 'AWS WAF', 'abstracted', ['aws waf', 'waf service', 'wafv2'], '/waf/latest/developerguide/security.html', { supporting: true, toolFor: 'web-application-firewall' }),
  svc('shield', 'AWS Shield', 'abstracted', ['aws shield', 'shield advanced', 'shield standard'], '/waf/latest/developerguide/ddos-overview.html', { supporting: true, toolFor: 'ddos-protection', securityDoc: { title: 'How AWS Shield and Shield Advanced work', url: `${docs}/waf/latest/developerguide/ddos-overview.html` } }),
  svc('organizations', 'AWS Organizations', 'abstracted', ['aws organizations', 'organizations service'], '/organizations/latest/userguide/security.html', { supporting: true, toolFor: 'account-governance' }),
  svc('control-tower', 'AWS Control Tower', 'abstracted', ['aws control tower', 'control tower service'], '/controltower/latest/userguide/security.html', { supporting: true, toolFor: 'account-governance' }),
  svc('backup', 'AWS Backup', 'abstracted', ['aws backup', 'backup service', 'backup vault', 'backup plans'], '/aws-backup/latest/devguide/security-considerations.html', { supporting: true, toolFor: 'backups' }),
  svc('trusted-advisor', 'AWS Trusted Advisor', 'abstracted', ['trusted advisor', 'aws trusted advisor'], '/awssupport/latest/user/trusted-advisor.html', { supporting: true, toolFor: 'configuration-compliance', securityDoc: { title: 'AWS Trusted Advisor', url: `${docs}/awssupport/latest/user/trusted-advisor.html` } }),
  svc('artifact', 'AWS Artifact', 'abstracted', ['aws artifact', 'artifact service'], '/artifact/latest/ug/security.html', { supporting: true, toolFor: 'aws-compliance-reports' }),
];
