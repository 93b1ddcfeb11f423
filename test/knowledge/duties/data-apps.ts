import { ask, type DutyPhrasing } from './types.js';

export const dataAppsPhrasings: DutyPhrasing[] = [
  // Kendra
  ask('kendra-iam-roles', 'customer', 'who sets up the role that lets our kendra index pull docs from s3'),
  ask('kendra-iam-roles', 'customer', 'kendra needs a role arn to write logs to cloudwatch, do we create it or does aws'),
  // RDS Proxy
  ask('rds-proxy-infrastructure', 'aws', 'if we put rds proxy in front of postgres, do we have to patch and scale the proxy servers ourselves?'),
  ask('rds-proxy-infrastructure', 'aws', 'is rds proxy highly available or do we need to deploy two of them in different azs'),
  ask('rds-proxy-infrastructure', 'aws', 'who runs the connection pooling proxy fleet for aurora rds proxy, aws or us'),
  ask('rds-proxy-credentials', 'customer', 'rds proxy - who sets up and rotates the secrets manager secrets it logs into the db with'),
  ask('rds-proxy-credentials', 'customer', 'who scopes the iam role rds proxy uses to read our db credentials'),
  ask('rds-proxy-tls', 'customer', 'who makes rds proxy require tls from clients'),
  ask('rds-proxy-tls', 'customer', 'config flagged our rds proxy for not enforcing ssl, who fixes that'),
  ask('rds-proxy-failover', 'aws', 'with rds proxy in front, who reconnects the app to the new primary on failover'),
  ask('rds-proxy-failover', 'aws', 'does rds proxy preserve connections during a multi az failover or is that on us'),
  ask('rds-failover-client-dns', 'customer', 'after rds failed over our app kept using the cached ip of the old primary for 10 min, whose problem is that'),
  ask('rds-failover-client-dns', 'customer', 'who sets the jvm dns ttl so our services find the new rds primary after failover'),
  ask('rds-failover-client-dns', 'customer', 'aurora failed over fine but our java pods stayed stuck on the old writer ip. aws bug?'),
  // Blue/Green
  ask('rds-blue-green-switchover', 'customer', 'who decides when to switch over a blue green deployment on rds'),
  ask('rds-blue-green-switchover', 'customer', 'we want to do the pg major upgrade with blue/green, who creates and tests the green environment'),
  ask('rds-blue-green-replication', 'aws', 'rds blue green: who keeps the green environment in sync with prod until switchover'),
  ask('rds-blue-green-replication', 'aws', 'who renames the endpoints and checks the switchover guardrails in rds blue green deployments'),
  // MSK Connect
  ask('msk-connect-workers', 'aws', 'do we patch the kafka connect workers when we use msk connect'),
  ask('msk-connect-workers', 'aws', 'msk connect worker died, who replaces it'),
  ask('msk-connect-capacity', 'shared', 'who decides how many workers an msk connect connector gets'),
  ask('msk-connect-capacity', 'aws', 'our msk connect connector is in autoscaled mode, who adds workers when load spikes', 'Autoscaled capacity mode'),
  ask('msk-connect-capacity', 'customer', 'msk connect connector with provisioned capacity is lagging, who adds workers', 'Provisioned capacity mode'),
  ask('msk-connect-plugins', 'customer', 'the custom plugin jar we run in msk connect has a vulnerable dependency, who patches it'),
  ask('msk-connect-plugins', 'customer', 'who is responsible for the debezium connector code we uploaded to msk connect'),
  // SageMaker
  ask('sagemaker-marketplace-container-scanning', 'aws', 'does anyone scan the model packages we subscribed to on aws marketplace for cves before we deploy them in sagemaker'),
  ask('sagemaker-marketplace-container-scanning', 'aws', 'who vuln scans the prebuilt sagemaker framework images'),
  ask('sagemaker-endpoint-availability', 'customer', 'our sagemaker endpoint is a single instance, if its az dies does aws keep it serving?', 'A single instance behind the endpoint'),
  ask('sagemaker-endpoint-availability', 'aws', 'sagemaker endpoint running on multiple instances - who spreads them across azs', 'Two or more instances per production variant'),
  ask('sagemaker-notebook-updates', 'shared', 'sagemaker notbook instance has been running since spring, is aws patching it while running?'),
  // Glue
  ask('glue-runtime-patching', 'shared', 'who patches the spark runtime under our glue 5.0 jobs'),
  ask('glue-runtime-patching', 'aws', 'glue version is still supported - who applies the security patches to the python runtime it ships', 'Jobs on a Glue version that is still supported'),
  // Aurora global database
  ask('aurora-global-database-replication', 'aws', 'who replicates an aurora global database to the secondary regions'),
  ask('aurora-global-database-replication', 'aws', 'do we build the cross region replication for aurora global database ourselves'),
  ask('aurora-global-database-replication', 'aws', 'in an aurora global database who keeps the secondary regions in sync with the primary'),
  ask('aurora-global-database-replication', 'aws', 'is the storage level replication behind aurora global database something we run'),
  ask('aurora-global-database-setup', 'customer', 'aurora mysql cluster - who adds a second region so we have dr if us-east-1 dies'),
  ask('aurora-global-database-setup', 'customer', 'isnt aurora already multi region? or do we have to create the global db + secondary cluster ourselves'),
  ask('aurora-global-database-failover', 'customer', 'us-east-1 is down, who fails our aurora global database over to the secondary region'),
  ask('aurora-global-database-failover', 'customer', 'does aurora automatically fail over to another region or do we trigger the global database switchover'),
  // Redshift Serverless
  ask('redshift-serverless-version-updates', 'aws', 'who patches our redshift serverless workgroup'),
  ask('redshift-serverless-version-updates', 'aws', 'redshift serverless - do we schedule the version updates ourselves?'),
  // Athena pinned engine version (condition cue)
  ask('athena-engine-versions', 'customer', 'our athena workgroup is pinned to engine version 2, who moves it to v3?', 'Engine version chosen manually'),
  // Elastic Beanstalk
  ask('beanstalk-platform-upkeep-with-managed-updates', 'customer', 'we have managed updates on in beanstalk, so platform upkeep is fully on aws now right?'),
  ask('beanstalk-platform-upkeep-with-managed-updates', 'customer', 'with eb managed platform updates, is there nothing left for us to patch?'),
  // AWS itself
  ask('general-datacenter-sustainability', 'aws', 'who is responsible for the renewable energy that powers aws data centers'),
  ask('general-datacenter-sustainability', 'aws', 'sustainability report q: who handles energy efficiency of the datacenters themselves'),
  // Existing duties, new phrasings
  ask('ec2-nitro-isolation', 'aws', 'who patches the host os beneath our ec2 instances'),
  ask('ec2-key-pairs', 'customer', 'who rotates the ssh keys our engineers use to log into the instances'),
  ask('bedrock-invocation-logging', 'customer', 'legal wants prompts and responses kept for two years, does bedrock store them for us?'),
  ask('cognito-password-and-threat-protection', 'customer', 'credential stuffing on our cognito user pool login - does aws block it on its own?'),
  ask('memorydb-durability', 'aws', 'if a memorydb primary node crashes do we lose committed writes'),
  ask('dynamodb-point-in-time-recovery', 'customer', 'i thought dynamodb backs up continuously by default, we need to undo a bad batch delete'),
  ask('dynamodb-global-table-replication', 'aws', 'for dynamodb global tables do we need streams and lambda to replicate between regions'),
  ask('glue-runtime-patching', 'shared', 'lots of our etl jobs are still on glue 2, who keeps the spark and python runtime patched'),
  ask('kendra-index-resilience', 'aws', 'who handles redundancy across azs for our kendra index'),
  ask('kendra-index-resilience', 'aws', 'is our kendra index multi az or do we have to set up failover ourselves'),
  ask('glue-runtime-patching', 'customer', 'our glue jobs sit on a glue version past end of support, who keeps that runtime patched now', 'Jobs on a Glue version past its end of support'),
];
