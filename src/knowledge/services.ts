import { featureNames } from './feature-names/index.js';
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
    features: featureNames[id] ?? [],
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
  svc('ec2', 'Amazon EC2', 'infrastructure', ['ec2', 'elastic compute cloud', 'amazon ec2', 'ec2 instance', 'ec2 instances', 'ec-2', 'virtual machine', 'virtual machines', 'vm', 'vms', 'instances', 'ec2 container instances', 'amazon elastic compute cloud', 'ec2s', 'spot instance', 'spot instances', 'ec2 spot', 'spot fleet', 'dedicated host', 'dedicated hosts', 'ec2 dedicated host', 'ec2 dedicated hosts', 'efa', 'elastic fabric adapter'], '/AWSEC2/latest/UserGuide/ec2-security.html', { supporting: true }),
  svc('ebs', 'Amazon EBS', 'infrastructure', ['ebs', 'elastic block store', 'ebs volume', 'ebs volumes', 'block storage', 'ebs snapshots'], '/ebs/latest/userguide/security.html'),
  svc('vpc', 'Amazon VPC', 'infrastructure', ['vpc', 'vpcs', 'virtual private cloud', 'amazon vpc', 'subnet', 'subnets', 'transit gateway', 'tgw', 'tgws', 'network manager', 'aws network manager', 'nat gateway', 'natgw', 'natgws', 'nat gw', 'nat gws', 'internet gateway', 'site to site vpn', 'aws site to site vpn', 's2s vpn', 's2s', 'aws vpn', 'virtual private gateway', 'aws client vpn', 'client vpn', 'privatelink', 'aws privatelink', 'private link', 'interface endpoint', 'interface endpoints', 'interface vpc endpoint', 'interface vpc endpoints', 'vgw', 'vgws', 'virtual private gateways', 'ipam', 'vpc ipam', 'amazon vpc ipam', 'client vpn endpoint', 'client vpn endpoints', 'cloud wan', 'aws cloud wan', 'cloudwan'], '/vpc/latest/userguide/security.html', { supporting: true }),
  svc('outposts', 'AWS Outposts', 'infrastructure', ['outposts', 'outpost', 'aws outposts', 'outposts rack', 'outposts server', 'outposts servers'], '/outposts/latest/userguide/security.html', { customerPremises: true }),
  svc('lightsail', 'Amazon Lightsail', 'infrastructure', ['lightsail', 'light sail', 'lightsail instance'], '/lightsail/latest/userguide/security.html'),
  svc('workspaces', 'Amazon WorkSpaces', 'infrastructure', ['workspaces', 'workspace', 'work spaces', 'virtual desktop', 'virtual desktops', 'vdi'], '/workspaces/latest/adminguide/security.html'),
  svc('snowball', 'AWS Snowball Edge', 'infrastructure', ['snowball', 'snowball edge', 'snow family', 'snowcone'], '/snowball/latest/developer-guide/security.html', { customerPremises: true }),
  svc('ec2-auto-scaling', 'Amazon EC2 Auto Scaling', 'infrastructure', ['ec2 auto scaling', 'auto scaling group', 'auto scaling groups', 'asg', 'autoscaling group'], '/autoscaling/ec2/userguide/security.html'),

  // Container services: AWS runs the OS and platform; the customer configures and uses them.
  svc('rds', 'Amazon RDS', 'container', ['rds', 'amazon rds', 'relational database service', 'rds for mysql', 'rds mysql', 'rds for postgresql', 'rds postgresql', 'rds postgres', 'rds for postgres', 'rds for mariadb', 'rds mariadb', 'rds for oracle', 'rds oracle', 'rds for sql server', 'rds sql server', 'rds for db2', 'rds instance', 'rds instances', 'rds database', 'rds db', 'amazon relational database service'], '/AmazonRDS/latest/UserGuide/UsingWithRDS.html', { patchArea: 'database-engine-patching' }),
  svc('aurora', 'Amazon Aurora', 'container', ['aurora', 'amazon aurora', 'aurora mysql', 'aurora postgres', 'aurora postgresql', 'aurora serverless', 'aurora serverless v2', 'serverless v2', 'aurora cluster', 'aurora database', 'aurora db', 'aurora dsql'], '/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.html', { patchArea: 'database-engine-patching' }),
  svc('rds-custom', 'Amazon RDS Custom', 'container', ['rds custom', 'rds custom for oracle', 'rds custom for sql server', 'amazon rds custom', 'custom rds'], '/AmazonRDS/latest/UserGuide/rds-custom.html', { patchArea: 'database-engine-patching', securityDoc: { title: 'Amazon RDS Custom (Amazon RDS User Guide)', url: `${docs}/AmazonRDS/latest/UserGuide/rds-custom.html` } }),
  svc('emr', 'Amazon EMR', 'container', ['emr', 'elastic mapreduce', 'elastic map reduce', 'amazon emr', 'emr cluster', 'hadoop', 'spark on emr'], '/emr/latest/ManagementGuide/emr-security.html'),
  svc('emr-serverless', 'Amazon EMR Serverless', 'abstracted', ['emr serverless', 'amazon emr serverless', 'serverless emr', 'emr serverless application', 'emr serverless applications', 'emr serverless job'], '/emr/latest/EMR-Serverless-UserGuide/security.html'),
  svc('elastic-beanstalk', 'AWS Elastic Beanstalk', 'container', ['elastic beanstalk', 'beanstalk', 'elasticbeanstalk', 'eb environment', 'aws elastic beanstalk', 'beanstalk environment', 'eb', 'eb env', 'eb environments'], '/elasticbeanstalk/latest/dg/security.html'),
  svc('ecs', 'Amazon ECS on EC2', 'container', ['ecs', 'elastic container service', 'amazon ecs', 'ecs on ec2', 'ecs ec2', 'ecs cluster', 'ecs container instances', 'ecs tasks', 'ecs anywhere'], '/AmazonECS/latest/developerguide/security.html'),
  svc('eks', 'Amazon EKS', 'container', ['eks', 'irsa', 'eks pod identity', 'elastic kubernetes service', 'amazon eks', 'eksa', 'vpc cni', 'amazon vpc cni', 'coredns', 'kube proxy', 'aws load balancer controller', 'eks auto mode', 'kubernetes', 'k8s', 'eks cluster', 'eks node groups', 'managed node groups', 'managed node group', 'nodegroup', 'nodegroups', 'self managed nodes', 'eks nodes', 'eks worker nodes', 'eks on ec2', 'kubernetes cluster', 'emr on eks', 'amazon emr on eks', 'emr on amazon eks'], '/eks/latest/userguide/security.html'),
  svc('elasticache', 'Amazon ElastiCache', 'container', ['elasticache', 'elasti cache', 'elastic cache', 'redis', 'memcached', 'valkey', 'elasticache for redis'], '/AmazonElastiCache/latest/dg/security.html', { patchArea: 'database-engine-patching' }),
  svc('memorydb', 'Amazon MemoryDB', 'container', ['memorydb', 'memory db', 'memorydb for redis'], '/memorydb/latest/devguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('opensearch', 'Amazon OpenSearch Service', 'container', ['opensearch', 'open search', 'opensearch service', 'elasticsearch', 'elastic search', 'elasticsearch service', 'amazon es'], '/opensearch-service/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('redshift', 'Amazon Redshift', 'container', ['redshift', 'red shift', 'amazon redshift', 'redshift cluster', 'data warehouse'], '/redshift/latest/mgmt/iam-redshift-user-mgmt.html', { patchArea: 'database-engine-patching' }),
  svc('documentdb', 'Amazon DocumentDB', 'container', ['documentdb', 'document db', 'docdb', 'amazon documentdb', 'mongodb compatible'], '/documentdb/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('neptune', 'Amazon Neptune', 'container', ['neptune', 'amazon neptune', 'graph database'], '/neptune/latest/userguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('mq', 'Amazon MQ', 'container', ['amazon mq', 'activemq', 'rabbitmq', 'mq broker'], '/amazon-mq/latest/developer-guide/security.html', { patchArea: 'database-engine-patching' }),
  svc('msk', 'Amazon MSK', 'container', ['msk', 'managed streaming for apache kafka', 'kafka', 'amazon msk', 'managed kafka'], '/msk/latest/developerguide/security.html', { patchArea: 'database-engine-patching' }),
  svc('fsx', 'Amazon FSx', 'container', ['fsx', 'fsx for windows', 'fsx for lustre', 'fsx for ontap', 'fsx for openzfs', 'amazon fsx', 'fsx for netapp ontap', 'fsx ontap', 'ontap filesystem', 'ontap file system', 'ontap filesystems', 'ontap fs', 'ontap volume', 'ontap volumes', 'ontap svm', 'ontap svms', 'fsx for windows file server', 'fsx lustre', 'fsx windows', 'fsx openzfs', 'amazon fsx for netapp ontap', 'amazon fsx for windows file server', 'amazon fsx for windows', 'amazon fsx for lustre', 'amazon fsx for openzfs'], '/fsx/latest/WindowsGuide/security.html'),
  svc('sagemaker', 'Amazon SageMaker AI', 'container', ['sagemaker', 'sage maker', 'sagemaker notebooks', 'sagemaker notebook', 'sagemaker ai', 'amazon sagemaker', 'hyperpod', 'sagemaker hyperpod'], '/sagemaker/latest/dg/security.html'),
  svc('cloudhsm', 'AWS CloudHSM', 'container', ['cloudhsm', 'cloud hsm', 'aws cloudhsm'], '/cloudhsm/latest/userguide/security.html', { supporting: true }),
  svc('directory-service', 'AWS Directory Service', 'container', ['directory service', 'managed microsoft ad', 'aws managed microsoft ad', 'managed ad', 'simple ad', 'ad connector'], '/directoryservice/latest/admin-guide/security.html'),

  // Abstracted services: AWS runs infrastructure, OS and platform; the customer uses endpoints.
  svc('s3', 'Amazon S3', 'abstracted', ['s3', 's3api', 'amazon s3', 'simple storage service', 's3 bucket', 's3 buckets', 'bucket', 'buckets', 'object storage', 'amazon simple storage service', 's3 objects'], '/AmazonS3/latest/userguide/security.html'),
  svc('glacier', 'Amazon S3 Glacier', 'abstracted', ['glacier', 's3 glacier', 'amazon glacier', 'glacier deep archive', 'deep archive', 'glacier vaults'], '/amazonglacier/latest/dev/security.html'),
  svc('dynamodb', 'Amazon DynamoDB', 'abstracted', ['dynamodb', 'dynamo db', 'dynamo', 'amazon dynamodb', 'dynamodb table', 'dynamodb tables', 'ddb'], '/amazondynamodb/latest/developerguide/security.html'),
  svc('sqs', 'Amazon SQS', 'abstracted', ['sqs', 'simple queue service', 'amazon sqs', 'sqs queue', 'sqs queues'], '/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security.html'),
  svc('sns', 'Amazon SNS', 'abstracted', ['sns', 'simple notification service', 'amazon sns', 'sns topic', 'sns topics'], '/sns/latest/dg/sns-security.html'),
  svc('ses', 'Amazon SES', 'abstracted', ['ses', 'simple email service', 'amazon ses'], '/ses/latest/dg/security.html'),
  svc('time-sync', 'Amazon Time Sync Service', 'abstracted', ['amazon time sync service', 'time sync service', 'amazon time sync', 'aws time sync'], '/AWSEC2/latest/UserGuide/set-time.html'),
  svc('lambda', 'AWS Lambda', 'abstracted', ['lambda', 'aws lambda', 'lambda function', 'lambda functions', 'lambdas', 'serverless functions', 'lambda layers'], '/lambda/latest/dg/lambda-security.html', { layer: 'PaaS', patchArea: 'runtime-patching' }),
  svc('fargate', 'AWS Fargate (Amazon ECS)', 'abstracted', ['fargate', 'aws fargate', 'ecs on fargate', 'ecs fargate', 'fargate tasks', 'fargate task', 'fargate launch type'], '/AmazonECS/latest/developerguide/security-fargate.html', { layer: 'PaaS', securityDoc: { title: 'Fargate security best practices in Amazon ECS', url: `${docs}/AmazonECS/latest/developerguide/security-fargate.html` } }),
  svc('eks-fargate', 'Amazon EKS on AWS Fargate', 'abstracted', ['eks on fargate', 'eks fargate', 'fargate on eks', 'fargate profile', 'fargate profiles', 'eks fargate pods'], '/eks/latest/userguide/fargate.html', { layer: 'PaaS', securityDoc: { title: 'Simplify compute management with AWS Fargate (Amazon EKS)', url: `${docs}/eks/latest/userguide/fargate.html` } }),
  svc('app-runner', 'AWS App Runner', 'abstracted', ['app runner', 'apprunner', 'aws app runner'], '/apprunner/latest/dg/security.html', { layer: 'PaaS', patchArea: 'runtime-patching' }),
  svc('api-gateway', 'Amazon API Gateway', 'abstracted', ['api gateway', 'apigateway', 'amazon api gateway', 'rest api', 'http api', 'api gw', 'apigw'], '/apigateway/latest/developerguide/security.html'),
  svc('appsync', 'AWS AppSync', 'abstracted', ['appsync', 'app sync', 'graphql api'], '/appsync/latest/devguide/security.html'),
  svc('cloudfront', 'Amazon CloudFront', 'abstracted', ['cloudfront', 'cloud front', 'cdn', 'cloudfront distribution', 'lambda edge', 'lambda at edge', 'lambda at the edge', 'cloudfront functions', 'cloudfront function', 'cf', 'cf distro', 'cf distros', 'cf distribution', 'cf distributions', 'cf functions', 'cf function'], '/AmazonCloudFront/latest/DeveloperGuide/security.html'),
  svc('route53', 'Amazon Route 53', 'abstracted', ['route 53', 'route53', 'r53', 'route 53 dns', 'dns service', 'hosted zone', 'hosted zones', 'route 53 resolver', 'resolver endpoint', 'resolver endpoints', 'resolver inbound endpoint', 'resolver inbound endpoints', 'resolver outbound endpoint', 'resolver outbound endpoints', 'inbound resolver endpoint', 'inbound resolver endpoints', 'outbound resolver endpoint', 'outbound resolver endpoints', 'resolver rule', 'resolver rules', 'resolver inbound outbound endpoint', 'resolver inbound outbound endpoints', 'resolver outbound inbound endpoints', 'resolver forwarding rule', 'resolver forwarding rules', 'resolver query logs', 'resolver query logging'], '/Route53/latest/DeveloperGuide/security.html'),
  // Zonal shift, zonal autoshift, routing controls and readiness (duties in duties/edge.ts).
  svc('route53-arc', 'Amazon Application Recovery Controller (ARC)', 'abstracted', ['route 53 arc', 'route53 arc', 'r53 arc', 'application recovery controller', 'route 53 application recovery controller', 'route53 application recovery controller', 'amazon application recovery controller', 'arc zonal shift', 'zonal shift', 'zonal shifts', 'zonal autoshift', 'autoshift', 'routing control', 'routing controls', 'arc routing control', 'arc routing controls'], '/r53recovery/latest/dg/security.html'),
  svc('elb', 'Elastic Load Balancing', 'abstracted', ['elb', 'elastic load balancing', 'load balancer', 'load balancers', 'alb', 'nlb', 'application load balancer', 'network load balancer', 'elastic load balancer', 'classic load balancer', 'classic load balancers', 'clb', 'classic elb'], '/elasticloadbalancing/latest/userguide/security.html'),
  svc('direct-connect', 'AWS Direct Connect', 'abstracted', ['direct connect', 'directconnect', 'dx connection', 'dx', 'dx port', 'dx link'], '/directconnect/latest/UserGuide/security.html'),
  svc('efs', 'Amazon EFS', 'abstracted', ['efs', 'elastic file system', 'amazon efs'], '/efs/latest/ug/security-considerations.html'),
  svc('ecr', 'Amazon ECR', 'abstracted', ['ecr', 'elastic container registry', 'amazon ecr', 'container registry'], '/AmazonECR/latest/userguide/security.html'),
  svc('kinesis', 'Amazon Kinesis Data Streams', 'abstracted', ['kinesis', 'kinesis data streams', 'kinesis streams', 'amazon kinesis', 'kds'], '/streams/latest/dev/server-side-encryption.html', { securityDoc: { title: 'Data protection in Amazon Kinesis Data Streams', url: `${docs}/streams/latest/dev/server-side-encryption.html` } }),
  svc('firehose', 'Amazon Data Firehose', 'abstracted', ['firehose', 'kinesis firehose', 'data firehose', 'kinesis data firehose'], '/firehose/latest/dev/security.html'),
  svc('athena', 'Amazon Athena', 'abstracted', ['athena', 'amazon athena'], '/athena/latest/ug/security.html'),
  svc('glue', 'AWS Glue', 'abstracted', ['glue', 'aws glue', 'glue jobs', 'glue data catalog', 'databrew', 'glue databrew', 'aws glue databrew'], '/glue/latest/dg/security.html'),
  svc('step-functions', 'AWS Step Functions', 'abstracted', ['step functions', 'stepfunctions', 'state machine', 'state machines'], '/step-functions/latest/dg/security.html'),
  svc('eventbridge', 'Amazon EventBridge', 'abstracted', ['eventbridge', 'event bridge', 'cloudwatch events', 'event bus'], '/eventbridge/latest/userguide/eb-security.html'),
  svc('cognito', 'Amazon Cognito', 'abstracted', ['cognito', 'amazon cognito', 'cognito user pools', 'user pool', 'user pools', 'identity pool'], '/cognito/latest/developerguide/security.html'),
  svc('keyspaces', 'Amazon Keyspaces', 'abstracted', ['keyspaces', 'amazon keyspaces', 'cassandra'], '/keyspaces/latest/devguide/security.html'),
  svc('bedrock', 'Amazon Bedrock', 'abstracted', ['bedrock', 'amazon bedrock', 'foundation models'], '/bedrock/latest/userguide/security.html'),
  svc('codebuild', 'AWS CodeBuild', 'abstracted', ['codebuild', 'code build', 'aws codebuild'], '/codebuild/latest/userguide/security.html'),
  svc('codepipeline', 'AWS CodePipeline', 'abstracted', ['codepipeline', 'code pipeline', 'aws codepipeline'], '/codepipeline/latest/userguide/security.html'),
  svc('cloudformation', 'AWS CloudFormation', 'abstracted', ['cloudformation', 'cloud formation', 'cfn', 'cloudformation stacks', 'cf stack', 'cf stacks', 'cf template', 'cf templates', 'cf stackset', 'cf stacksets', 'stackset', 'stacksets'], '/AWSCloudFormation/latest/UserGuide/security.html'),

  // Security, identity and management tools: asked about on their own or as the tool for another service.
  svc('iam', 'AWS Identity and Access Management (IAM)', 'abstracted', ['aws iam', 'identity and access management', 'iam service'], '/IAM/latest/UserGuide/security.html', { supporting: true, toolFor: 'iam' }),
  svc('sts', 'AWS Security Token Service (STS)', 'abstracted', ['aws sts', 'security token service', 'sts service'], '/IAM/latest/UserGuide/id_credentials_temp.html', { supporting: true, toolFor: 'federation', securityDoc: { title: 'Temporary security credentials in IAM (AWS STS)', url: `${docs}/IAM/latest/UserGuide/id_credentials_temp.html` } }),
  svc('identity-center', 'AWS IAM Identity Center', 'abstracted', ['iam identity center', 'aws sso', 'aws single sign on', 'identity center service', 'aws identity center', 'identity center'], '/singlesignon/latest/userguide/security.html', { supporting: true, toolFor: 'federation' }),
  svc('kms', 'AWS Key Management Service (KMS)', 'abstracted', ['aws kms', 'key management service', 'kms service'], '/kms/latest/developerguide/kms-security.html', { supporting: true, toolFor: 'key-management' }),
  svc('secrets-manager', 'AWS Secrets Manager', 'abstracted', ['secrets manager', 'secretsmanager', 'aws secrets manager'], '/secretsmanager/latest/userguide/security.html', { supporting: true, toolFor: 'secrets-management' }),
  svc('acm', 'AWS Certificate Manager', 'abstracted', ['acm', 'certificate manager', 'aws certificate manager'], '/acm/latest/userguide/security.html', { supporting: true, toolFor: 'encryption-in-transit' }),
  svc('cloudtrail', 'AWS CloudTrail', 'abstracted', ['aws cloudtrail', 'cloudtrail service'], '/awscloudtrail/latest/userguide/WhatIsCloudTrail-Security.html', { supporting: true, toolFor: 'api-logging' }),
  svc('cloudwatch', 'Amazon CloudWatch', 'abstracted', ['cloudwatch', 'cloud watch', 'amazon cloudwatch', 'cloudwatch logs', 'cloudwatch alarms', 'cw logs', 'cw log group', 'cw log groups', 'cw alarm', 'cw alarms'], '/AmazonCloudWatch/latest/monitoring/security.html', { supporting: true, toolFor: 'monitoring' }),
  svc('config', 'AWS Config', 'abstracted', ['aws config', 'config service', 'awsconfig'], '/config/latest/developerguide/security.html', { supporting: true, toolFor: 'configuration-compliance' }),
  svc('guardduty', 'Amazon GuardDuty', 'abstracted', ['amazon guardduty', 'guardduty service', 'guard duty'], '/guardduty/latest/ug/security.html', { supporting: true, toolFor: 'threat-detection' }),
  svc('inspector', 'Amazon Inspector', 'abstracted', ['amazon inspector', 'inspector service', 'aws inspector'], '/inspector/latest/user/security.html', { supporting: true, toolFor: 'vulnerability-scanning' }),
  svc('macie', 'Amazon Macie', 'abstracted', ['amazon macie', 'macie service'], '/macie/latest/user/security.html', { supporting: true, toolFor: 'data-classification' }),
  svc('security-hub', 'AWS Security Hub', 'abstracted', ['aws security hub', 'securityhub', 'security hub service', 'sechub', 'fsbp'], '/securityhub/latest/userguide/security.html', { supporting: true, toolFor: 'configuration-compliance' }),
  svc('systems-manager', 'AWS Systems Manager', 'abstracted', ['systems manager', 'ssm', 'aws systems manager', 'ssm agent', 'session manager', 'incident manager', 'aws incident manager', 'ssm incident manager'], '/systems-manager/latest/userguide/security.html', { supporting: true }),
  svc('waf', 'AWS WAF', 'abstracted', ['aws waf', 'waf service', 'wafv2'], '/waf/latest/developerguide/security.html', { supporting: true, toolFor: 'web-application-firewall' }),
  svc('shield', 'AWS Shield', 'abstracted', ['aws shield', 'shield advanced', 'shield standard'], '/waf/latest/developerguide/ddos-overview.html', { supporting: true, toolFor: 'ddos-protection', securityDoc: { title: 'How AWS Shield and Shield Advanced work', url: `${docs}/waf/latest/developerguide/ddos-overview.html` } }),
  svc('organizations', 'AWS Organizations', 'abstracted', ['aws organizations', 'organizations service'], '/organizations/latest/userguide/security.html', { supporting: true, toolFor: 'account-governance' }),
  svc('control-tower', 'AWS Control Tower', 'abstracted', ['aws control tower', 'control tower service'], '/controltower/latest/userguide/security.html', { supporting: true, toolFor: 'account-governance' }),
  svc('backup', 'AWS Backup', 'abstracted', ['aws backup', 'backup service', 'backup vault', 'backup plans'], '/aws-backup/latest/devguide/security-considerations.html', { supporting: true, toolFor: 'backups' }),
  // Rightsizing recommendations for EC2, Auto Scaling groups, EBS, Lambda and ECS on Fargate (duties in duties/governance.ts).
  svc('compute-optimizer', 'AWS Compute Optimizer', 'abstracted', ['compute optimizer', 'aws compute optimizer', 'compute optimiser'], '/compute-optimizer/latest/ug/security.html', { supporting: true }),
  svc('trusted-advisor', 'AWS Trusted Advisor', 'abstracted', ['trusted advisor', 'aws trusted advisor'], '/awssupport/latest/user/trusted-advisor.html', { supporting: true, toolFor: 'configuration-compliance', securityDoc: { title: 'AWS Trusted Advisor', url: `${docs}/awssupport/latest/user/trusted-advisor.html` } }),
  svc('artifact', 'AWS Artifact', 'abstracted', ['aws artifact', 'artifact service'], '/artifact/latest/ug/security.html', { supporting: true, toolFor: 'aws-compliance-reports' }),

  // Services security teams ask about, added with the duty catalogue.
  svc('aws-batch', 'AWS Batch', 'container', ['aws batch', 'batch compute environment', 'batch compute environments', 'batch job queue', 'batch job queues', 'aws batch jobs', 'batch on eks', 'batch on amazon eks', 'batch managed nodes', 'batch eks compute environment', 'batch compute env', 'batch compute envs', 'batch console'], '/batch/latest/userguide/security.html'),
  svc('appstream', 'Amazon AppStream 2.0', 'container', ['appstream', 'appstream 2.0', 'appstream 2', 'amazon appstream', 'appstream fleet', 'appstream fleets', 'appstream image builder'], '/appstream2/latest/developerguide/security.html'),
  svc('transfer-family', 'AWS Transfer Family', 'abstracted', ['aws transfer family', 'transfer family server', 'aws transfer', 'managed sftp', 'sftp server', 'transfer for sftp'], '/transfer/latest/userguide/security.html'),
  svc('iot-core', 'AWS IoT Core', 'abstracted', ['aws iot core', 'aws iot', 'iot', 'iot things', 'iot devices', 'iot device certificates'], '/iot/latest/developerguide/security.html'),
  svc('amazon-connect', 'Amazon Connect', 'abstracted', ['connect contact center', 'amazon connect instance', 'amazon connect contact center'], '/connect/latest/adminguide/security.html'),
  svc('amplify', 'AWS Amplify', 'abstracted', ['aws amplify', 'amplify hosting', 'amplify console', 'amplify app', 'amplifyapp'], '/amplify/latest/userguide/security.html'),
  svc('timestream', 'Amazon Timestream', 'abstracted', ['amazon timestream', 'time stream', 'timestream for liveanalytics', 'timestream liveanalytics', 'timestream tables'], '/timestream/latest/developerguide/security.html'),
  svc('quicksight', 'Amazon QuickSight', 'abstracted', ['amazon quicksight', 'quick sight', 'quicksight dashboards'], '/quicksight/latest/user/security.html'),
  svc('lake-formation', 'AWS Lake Formation', 'abstracted', ['aws lake formation', 'lakeformation'], '/lake-formation/latest/dg/security.html'),
  svc('datasync', 'AWS DataSync', 'abstracted', ['aws datasync', 'data sync', 'datasync agent', 'datasync task'], '/datasync/latest/userguide/security.html'),
  svc('storage-gateway', 'AWS Storage Gateway', 'container', ['aws storage gateway', 'file gateway', 'tape gateway', 'volume gateway', 's3 file gateway'], '/storagegateway/latest/userguide/security.html', { customerPremises: true }),
  svc('network-firewall', 'AWS Network Firewall', 'abstracted', ['network firewall', 'aws network firewall', 'nfw', 'anfw'], '/network-firewall/latest/developerguide/security.html', { supporting: true }),
  svc('firewall-manager', 'AWS Firewall Manager', 'abstracted', ['firewall manager', 'aws firewall manager', 'fms'], '/waf/latest/developerguide/fms-security.html', { supporting: true }),
  svc('detective', 'Amazon Detective', 'abstracted', ['amazon detective', 'detective service'], '/detective/latest/adminguide/security.html', { supporting: true }),
  svc('audit-manager', 'AWS Audit Manager', 'abstracted', ['audit manager', 'aws audit manager'], '/audit-manager/latest/userguide/security.html', { supporting: true }),
  svc('security-lake', 'Amazon Security Lake', 'abstracted', ['security lake', 'amazon security lake'], '/security-lake/latest/userguide/security.html', { supporting: true }),
  svc('private-ca', 'AWS Private CA', 'abstracted', ['aws private ca', 'acm pca', 'private certificate authority', 'aws private certificate authority', 'private ca'], '/privateca/latest/userguide/security.html', { supporting: true }),
  svc('global-accelerator', 'AWS Global Accelerator', 'abstracted', ['aws global accelerator'], '/global-accelerator/latest/dg/security.html'),
  svc('verified-access', 'AWS Verified Access', 'abstracted', ['verified access', 'aws verified access', 'ava'], '/verified-access/latest/ug/security.html'),
  svc('image-builder', 'EC2 Image Builder', 'abstracted', ['ec2 image builder', 'image builder', 'image builder pipeline', 'image builder pipelines', 'image builder recipes'], '/imagebuilder/latest/userguide/image-builder-security.html', { supporting: true }),
  svc('codecommit', 'AWS CodeCommit', 'abstracted', ['code commit', 'aws codecommit', 'codecommit repository'], '/codecommit/latest/userguide/security.html'),
  svc('codedeploy', 'AWS CodeDeploy', 'abstracted', ['code deploy', 'aws codedeploy'], '/codedeploy/latest/userguide/security.html'),
  svc('amazon-q', 'Amazon Q', 'abstracted', ['q developer', 'amazon q developer', 'q business', 'amazon q business', 'q apps', 'amazon q apps'], '/amazonq/latest/qbusiness-ug/security.html'),
  svc('textract', 'Amazon Textract', 'abstracted', ['amazon textract'], '/textract/latest/dg/security.html'),
  svc('rekognition', 'Amazon Rekognition', 'abstracted', ['amazon rekognition'], '/rekognition/latest/dg/security.html'),
  svc('comprehend', 'Amazon Comprehend', 'abstracted', ['amazon comprehend', 'comprehend medical'], '/comprehend/latest/dg/comp-security.html'),
  svc('frauddetector', 'Amazon Fraud Detector', 'abstracted', ['fraud detector', 'amazon fraud detector', 'aws fraud detector', 'frauddetector'], '/frauddetector/latest/ug/security.html'),
  // Managed engines on instances AWS runs (the container model).
  svc('dms', 'AWS Database Migration Service', 'container', ['dms', 'aws dms', 'database migration service', 'aws database migration service', 'dms replication instance', 'dms replication instances', 'dms tasks', 'dms task'], '/dms/latest/userguide/CHAP_Security.html'),
  svc('mwaa', 'Amazon Managed Workflows for Apache Airflow', 'container', ['mwaa', 'amazon mwaa', 'managed airflow', 'managed workflows for apache airflow', 'airflow environment on aws'], '/mwaa/latest/userguide/security.html'),
  svc('gamelift', 'Amazon GameLift', 'container', ['gamelift', 'game lift', 'amazon gamelift'], '/gamelift/latest/developerguide/security.html'),
  // Abstracted services: AWS runs everything below the API.
  svc('transcribe', 'Amazon Transcribe', 'abstracted', ['transcribe', 'amazon transcribe', 'transcribe medical'], '/transcribe/latest/dg/security.html'),
  svc('translate', 'Amazon Translate', 'abstracted', ['amazon translate'], '/translate/latest/dg/security.html'),
  svc('polly', 'Amazon Polly', 'abstracted', ['polly', 'amazon polly'], '/polly/latest/dg/security.html'),
  svc('lex', 'Amazon Lex', 'abstracted', ['amazon lex', 'lex bot', 'lex bots', 'lex v2'], '/lexv2/latest/dg/security.html'),
  svc('kendra', 'Amazon Kendra', 'abstracted', ['kendra', 'amazon kendra', 'kendra index'], '/kendra/latest/dg/security.html'),
  svc('personalize', 'Amazon Personalize', 'abstracted', ['amazon personalize'], '/personalize/latest/dg/security.html'),
  svc('device-farm', 'AWS Device Farm', 'abstracted', ['device farm', 'aws device farm', 'devicefarm'], '/devicefarm/latest/developerguide/security.html'),
  svc('location', 'Amazon Location Service', 'abstracted', ['amazon location', 'amazon location service', 'aws location service', 'location service'], '/location/latest/developerguide/security.html'),
  svc('data-pipeline', 'AWS Data Pipeline', 'abstracted', ['aws data pipeline', 'amazon data pipeline'], '/datapipeline/latest/DeveloperGuide/datapipeline-security.html'),
  svc('managed-grafana', 'Amazon Managed Grafana', 'abstracted', ['managed grafana', 'amazon managed grafana', 'amg workspace'], '/grafana/latest/userguide/security.html'),
  svc('managed-prometheus', 'Amazon Managed Service for Prometheus', 'abstracted', ['managed prometheus', 'amazon managed service for prometheus', 'amp workspace'], '/prometheus/latest/userguide/security.html'),
  svc('codeartifact', 'AWS CodeArtifact', 'abstracted', ['codeartifact', 'code artifact', 'aws codeartifact'], '/codeartifact/latest/ug/security.html'),
  svc('x-ray', 'AWS X-Ray', 'abstracted', ['x ray', 'xray', 'aws x ray', 'aws xray'], '/xray/latest/devguide/xray-security.html', { supporting: true }),
  svc('fis', 'AWS Fault Injection Service', 'abstracted', ['fault injection service', 'fault injection simulator', 'fis', 'aws fis', 'fis experiment', 'fis experiments', 'fis template', 'fis templates'], '/fis/latest/userguide/security.html', { supporting: true }),
  svc('resilience-hub', 'AWS Resilience Hub', 'abstracted', ['resilience hub', 'aws resilience hub'], '/resilience-hub/latest/userguide/security.html', { supporting: true }),
  svc('verified-permissions', 'Amazon Verified Permissions', 'abstracted', ['verified permissions', 'amazon verified permissions'], '/verifiedpermissions/latest/userguide/security.html'),
  svc('ram', 'AWS Resource Access Manager', 'abstracted', ['resource access manager', 'aws ram'], '/ram/latest/userguide/security.html', { supporting: true }),
  svc('service-catalog', 'AWS Service Catalog', 'abstracted', ['service catalog', 'aws service catalog'], '/servicecatalog/latest/adminguide/security.html', { supporting: true }),
  svc('workmail', 'Amazon WorkMail', 'abstracted', ['workmail', 'amazon workmail', 'work mail'], '/workmail/latest/adminguide/security.html'),
  // Being retired by AWS (no new customers); kept so questions about moving content out are answered, not refused.
  svc('workdocs', 'Amazon WorkDocs', 'abstracted', ['workdocs', 'amazon workdocs', 'work docs', 'workdocs site'], '/workdocs/latest/adminguide/security.html'),
  svc('chime', 'Amazon Chime SDK', 'abstracted', ['chime', 'amazon chime', 'chime sdk', 'amazon chime sdk'], '/chime-sdk/latest/dg/security.html'),
  svc('pinpoint', 'Amazon Pinpoint', 'abstracted', ['pinpoint', 'amazon pinpoint', 'aws end user messaging', 'end user messaging'], '/pinpoint/latest/developerguide/security.html'),
  svc('mediaconvert', 'AWS Elemental MediaConvert', 'abstracted', ['mediaconvert', 'elemental mediaconvert', 'aws elemental mediaconvert'], '/mediaconvert/latest/ug/security.html'),
  // The other AWS Elemental media services (duties in duties/media.ts): live encoding, packaging, transport and ad insertion.
  svc('medialive', 'AWS Elemental MediaLive', 'abstracted', ['medialive', 'media live', 'elemental medialive', 'aws elemental medialive', 'medialive channel', 'medialive channels', 'medialive input', 'medialive inputs'], '/medialive/latest/ug/security.html'),
  svc('mediapackage', 'AWS Elemental MediaPackage', 'abstracted', ['mediapackage', 'media package', 'elemental mediapackage', 'aws elemental mediapackage', 'mediapackage v2', 'mediapackage endpoint', 'mediapackage endpoints'], '/mediapackage/latest/userguide/security.html'),
  svc('mediaconnect', 'AWS Elemental MediaConnect', 'abstracted', ['mediaconnect', 'media connect', 'elemental mediaconnect', 'aws elemental mediaconnect', 'mediaconnect flow', 'mediaconnect flows'], '/mediaconnect/latest/ug/security.html'),
  svc('mediatailor', 'AWS Elemental MediaTailor', 'abstracted', ['mediatailor', 'media tailor', 'elemental mediatailor', 'aws elemental mediatailor', 'mediatailor configuration', 'mediatailor playback configuration'], '/mediatailor/latest/ug/security.html'),
  svc('managed-flink', 'Amazon Managed Service for Apache Flink', 'abstracted', ['managed service for apache flink', 'amazon managed service for apache flink', 'managed flink', 'managed apache flink', 'kinesis data analytics', 'kinesis analytics', 'flink'], '/managed-flink/latest/java/security.html'),
  svc('braket', 'Amazon Braket', 'abstracted', ['braket', 'amazon braket'], '/braket/latest/developerguide/braket-security.html'),
  svc('ground-station', 'AWS Ground Station', 'abstracted', ['ground station', 'aws ground station'], '/ground-station/latest/ug/security.html'),
  svc('kinesis-video-streams', 'Amazon Kinesis Video Streams', 'abstracted', ['kinesis video streams', 'kinesis video', 'amazon kinesis video streams', 'kvs', 'kinesis video stream'], '/kinesisvideostreams/latest/dg/security.html'),
  svc('appflow', 'Amazon AppFlow', 'abstracted', ['appflow', 'amazon appflow', 'app flow'], '/appflow/latest/userguide/security.html'),
  svc('drs', 'AWS Elastic Disaster Recovery', 'container', ['elastic disaster recovery', 'aws elastic disaster recovery', 'aws drs', 'elastic disaster recovery service', 'aws elastic disaster recovery service', 'elastic dr', 'aws elastic dr', 'cloudendure disaster recovery'], '/drs/latest/userguide/security.html'),
  // Lift-and-shift server migration (duties in duties/mgn.ts); AWS calls it the next generation of CloudEndure Migration.
  svc('mgn', 'AWS Application Migration Service', 'container', ['mgn', 'aws mgn', 'application migration service', 'aws application migration service', 'aws transform mgn', 'transform mgn', 'cloudendure migration', 'mgn replication agent'], '/mgn/latest/ug/security.html'),
  // VMware Cloud Foundation on EC2 bare metal in your VPC (duties in duties/mgn.ts): AWS deploys it, the customer runs the VMware stack.
  // Onboards network functions (CNFs) and deploys them onto EKS (no duties of its own yet: the model's areas answer).
  svc('telco-network-builder', 'AWS Telco Network Builder', 'abstracted', ['telco network builder', 'aws telco network builder', 'tnb', 'aws tnb'], '/tnb/latest/ug/security.html'),
  svc('evs', 'Amazon Elastic VMware Service', 'infrastructure', ['evs', 'amazon evs', 'elastic vmware service', 'amazon elastic vmware service', 'aws evs', 'evs environment', 'evs environments', 'evs hosts', 'evs host'], '/evs/latest/userguide/security.html'),
  // Imports VM disk images as AMIs, snapshots or instances (duties in duties/mgn.ts).
  svc('vm-import-export', 'VM Import/Export', 'container', ['vm import export', 'vm import', 'vm export', 'aws vm import', 'aws vm import export', 'ec2 vm import', 'vmimport', 'import image', 'ec2 import image', 'vm import service'], '/vm-import/latest/userguide/security.html'),
  // Discovery for migration planning: Agentless Collector appliance in vCenter, or Discovery Agents on servers (duties in duties/mgn.ts).
  svc('application-discovery', 'AWS Application Discovery Service', 'container', ['application discovery service', 'aws application discovery service', 'application discovery', 'agentless collector', 'ads agentless collector', 'application discovery agent', 'aws discovery agent', 'discovery agent', 'discovery agents', 'aws agentless discovery connector', 'agentless discovery connector', 'discovery connector'], '/application-discovery/latest/userguide/security.html'),
  // Extensions of a Region into a metro area or a carrier's network: AWS's own facilities and hardware, with EC2,
  // EBS and VPC in them as in the Region.
  svc('local-zones', 'AWS Local Zones', 'infrastructure', ['local zone', 'local zones', 'aws local zone', 'aws local zones', 'dedicated local zone', 'dedicated local zones'], '/local-zones/latest/ug/how-local-zones-work.html'),
  svc('wavelength', 'AWS Wavelength', 'infrastructure', ['wavelength', 'aws wavelength', 'wavelength zone', 'wavelength zones'], '/wavelength/latest/developerguide/how-wavelengths-work.html'),
  // Runs on the customer's own devices: the device, its OS and its site are the customer's.
  svc('iot-greengrass', 'AWS IoT Greengrass', 'infrastructure', ['greengrass', 'iot greengrass', 'aws iot greengrass', 'greengrass core devices', 'greengrass core device'], '/greengrass/v2/developerguide/security.html', { customerPremises: true }),
  // Device software: the FreeRTOS kernel and libraries run in the customer's firmware on the customer's microcontrollers.
  svc('freertos', 'FreeRTOS', 'infrastructure', ['freertos', 'free rtos', 'amazon freertos', 'aws freertos', 'freertos lts', 'freertos kernel', 'coremqtt'], '/freertos/latest/userguide/security.html', { customerPremises: true }),
  // The long tail (duties in duties/long-tail.ts): data governance, collaboration, serverless search, a managed browser,
  // live video, licences and industrial data.
  svc('datazone', 'Amazon DataZone', 'abstracted', ['datazone', 'data zone', 'amazon datazone', 'datazone domain', 'datazone domains'], '/datazone/latest/userguide/security.html'),
  svc('data-exchange', 'AWS Data Exchange', 'abstracted', ['data exchange', 'aws data exchange', 'data exchange product', 'data exchange products'], '/data-exchange/latest/userguide/security.html'),
  svc('clean-rooms', 'AWS Clean Rooms', 'abstracted', ['clean rooms', 'cleanrooms', 'aws clean rooms', 'clean rooms collaboration', 'clean rooms collaborations'], '/clean-rooms/latest/userguide/security.html'),
  svc('opensearch-serverless', 'Amazon OpenSearch Serverless', 'abstracted', ['opensearch serverless', 'amazon opensearch serverless', 'open search serverless', 'aoss', 'opensearch serverless collection', 'opensearch serverless collections', 'serverless opensearch'], '/opensearch-service/latest/developerguide/serverless-security.html'),
  svc('workspaces-secure-browser', 'Amazon WorkSpaces Secure Browser', 'abstracted', ['workspaces secure browser', 'amazon workspaces secure browser', 'workspaces web', 'amazon workspaces web', 'secure browser', 'secure browser portal'], '/workspaces-web/latest/adminguide/security.html'),
  svc('ivs', 'Amazon IVS', 'abstracted', ['ivs', 'amazon ivs', 'interactive video service', 'amazon interactive video service', 'ivs channel', 'ivs channels'], '/ivs/latest/userguide/security.html'),
  svc('license-manager', 'AWS License Manager', 'abstracted', ['license manager', 'aws license manager', 'licence manager'], '/license-manager/latest/userguide/security.html'),
  svc('iot-sitewise', 'AWS IoT SiteWise', 'abstracted', ['sitewise', 'iot sitewise', 'aws iot sitewise', 'site wise'], '/iot-sitewise/latest/userguide/security.html'),
  // More AWS IoT services (duties in duties/end-user.ts): vehicle data collection, digital twins and event detection.
  svc('iot-fleetwise', 'AWS IoT FleetWise', 'abstracted', ['iot fleetwise', 'fleetwise', 'aws iot fleetwise', 'amazon iot fleetwise'], '/iot-fleetwise/latest/developerguide/security.html'),
  svc('iot-twinmaker', 'AWS IoT TwinMaker', 'abstracted', ['iot twinmaker', 'twinmaker', 'aws iot twinmaker', 'twin maker', 'iot twin maker'], '/iot-twinmaker/latest/guide/security.html'),
  svc('iot-events', 'AWS IoT Events', 'abstracted', ['iot events', 'aws iot events', 'iotevents', 'iot events detector model', 'iot events detector models'], '/iotevents/latest/developerguide/security.html'),
  // Payments, health data and research computing.
  svc('payment-cryptography', 'AWS Payment Cryptography', 'abstracted', ['payment cryptography', 'aws payment cryptography', 'payment crypto'], '/payment-cryptography/latest/userguide/security.html'),
  // Notices about AWS's own services and the customer's resources (duties in duties/health.ts); "health" alone is no alias (health checks).
  svc('aws-health', 'AWS Health', 'abstracted', ['aws health', 'aws health dashboard', 'health dashboard', 'personal health dashboard', 'aws health events', 'aws health api', 'service health dashboard'], '/health/latest/ug/security.html'),
  svc('healthlake', 'AWS HealthLake', 'abstracted', ['healthlake', 'health lake', 'aws healthlake', 'amazon healthlake', 'healthlake data store', 'fhir data store'], '/healthlake/latest/devguide/security.html'),
  svc('healthomics', 'AWS HealthOmics', 'abstracted', ['healthomics', 'health omics', 'aws healthomics', 'amazon omics', 'omics workflows'], '/omics/latest/dev/security.html'),
  // An open-source tool that builds HPC clusters of EC2 instances in the customer's account: the instances are the customer's.
  svc('parallelcluster', 'AWS ParallelCluster', 'infrastructure', ['parallelcluster', 'parallel cluster', 'aws parallelcluster', 'pcluster'], '/parallelcluster/latest/ug/security.html'),
  // AWS runs the Slurm controller; the compute node groups are EC2 instances in the customer's account, from the customer's AMIs.
  // A guided deployment tool: it sizes and provisions EC2 instances (SAP HANA, SQL Server) in the customer's account; the instances are the customer's.
  svc('launch-wizard', 'AWS Launch Wizard', 'infrastructure', ['launch wizard', 'aws launch wizard', 'launchwizard', 'launch wizard for sap', 'launch wizard for sql server'], '/launchwizard/latest/userguide/launch-wizard-security.html'),
  svc('pcs', 'AWS Parallel Computing Service', 'infrastructure', ['parallel computing service', 'aws parallel computing service', 'aws pcs'], '/pcs/latest/userguide/security.html'),
  svc('mainframe-modernization', 'AWS Mainframe Modernization', 'container', ['mainframe modernization', 'aws mainframe modernization', 'mainframe modernisation', 'aws mainframe modernisation', 'aws m2', 'm2 environment', 'm2 environments', 'm2 application', 'm2 applications', 'm2 runtime', 'blu age', 'aws blu age', 'mainframe modernization service'], '/m2/latest/userguide/security.html'),
];
