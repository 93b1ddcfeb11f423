import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';
import { src } from '../sources.js';

const rdsGuide = guide('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide', 'Amazon RDS User Guide');
const msk = guide('https://docs.aws.amazon.com/msk/latest/developerguide', 'Amazon MSK Developer Guide');
const sm = guide('https://docs.aws.amazon.com/sagemaker/latest/dg', 'Amazon SageMaker AI Developer Guide');
const glue = guide('https://docs.aws.amazon.com/glue/latest/dg', 'AWS Glue Developer Guide');

const rdsProxy = rdsGuide('Amazon RDS Proxy', 'rds-proxy');
const blueGreen = rdsGuide('Overview of Amazon RDS Blue/Green Deployments', 'blue-green-deployments-overview');
const multiAzFailover = rdsGuide('Failing over a Multi-AZ DB instance (setting the JVM TTL for DNS name lookups)', 'Concepts.MultiAZ.Failover');

/**
 * Data, ML and app services, the parts the other family files did not hold yet: RDS Proxy (AWS runs the
 * proxy fleet, you give it credentials and TLS), how clients follow a Multi-AZ failover, RDS Blue/Green
 * Deployments, MSK Connect (workers, capacity modes, plugins), the CVE scanning of SageMaker pre-built
 * and AWS Marketplace containers, Glue's patching of supported Glue versions, and AWS's side of
 * sustainability (the data centres).
 */
export const dataAppsDuties: DutyInput[] = [
  // Amazon RDS Proxy
  {
    id: 'rds-proxy-infrastructure',
    services: ['rds', 'aurora'],
    area: 'managed-infrastructure',
    name: 'Running, scaling and patching the RDS Proxy fleet',
    owner: 'aws',
    why: 'RDS Proxy is a fully managed proxy: AWS provisions the proxy capacity, spreads it across Availability Zones, scales it with the connection load and patches it; there are no proxy servers for you to run.',
    aws: 'Runs the proxy infrastructure across AZs, scales it with your traffic, pools and multiplexes connections, and patches it.',
    customer: 'Create the proxy, pick its subnets and security groups, and set the connection pool limits (MaxConnectionsPercent).',
    misconception: 'RDS Proxy is not a fleet you deploy on EC2: the proxy servers, their scaling and their patching are AWS\'s.',
    phrases: ['rds proxy', 'proxy fleet', 'run the proxy', 'scale the proxy', 'proxy servers', 'patch the proxy', 'connection pooling proxy', 'manage the proxy infrastructure', 'proxy across azs', 'highly available proxy'],
    source: rdsProxy,
  },
  {
    id: 'rds-proxy-credentials',
    services: ['rds', 'aurora'],
    area: 'secrets-management',
    name: 'Database credentials and IAM authentication for RDS Proxy',
    owner: 'customer',
    why: 'RDS Proxy connects to the database with credentials you store in AWS Secrets Manager (or with IAM database authentication) and can require IAM authentication from clients; creating the secrets, rotating them and scoping the proxy\'s IAM role are yours.',
    aws: 'Reads the secrets with the role you give it and enforces IAM authentication when you require it.',
    customer: 'Store each database user in Secrets Manager with rotation, give the proxy an IAM role that can read only those secrets, and require IAM authentication from clients.',
    tool: 'AWS Secrets Manager, IAM database authentication',
    phrases: ['proxy secrets', 'secrets for the proxy', 'proxy iam authentication', 'proxy credentials', 'proxy iam role', 'rotate proxy secrets', 'iam auth through the proxy', 'rds proxy secrets', 'set up the proxy secrets'],
    source: rdsProxy,
  },
  {
    id: 'rds-proxy-tls',
    services: ['rds', 'aurora'],
    area: 'encryption-in-transit',
    name: 'Require TLS setting of RDS Proxy',
    owner: 'customer',
    why: 'RDS Proxy can refuse clients that do not use TLS (the Require Transport Layer Security setting, checked by the AWS Config rule rds-proxy-tls-encryption); turning it on and verifying the server certificate in client drivers is your configuration.',
    aws: 'Serves the proxy endpoint with certificates from AWS Certificate Manager and renews them.',
    customer: 'Turn on Require TLS for the proxy and set client drivers to verify the server.',
    phrases: ['require tls on the proxy', 'proxy tls', 'proxy enforces tls', 'ssl on rds proxy', 'rds proxy require tls'],
    source: { title: 'rds-proxy-tls-encryption (AWS Config Developer Guide)', url: 'https://docs.aws.amazon.com/config/latest/developerguide/rds-proxy-tls-encryption.html' },
  },
  {
    id: 'rds-proxy-failover',
    services: ['rds', 'aurora'],
    area: 'high-availability',
    name: 'Routing proxy connections to the new primary after a failover',
    owner: 'aws',
    why: 'RDS Proxy makes applications more resilient to database failures: on a failover it connects to the new primary (the standby) while keeping client connections open, without waiting for DNS to change.',
    aws: 'Detects the failover, connects to the new writer and preserves idle application connections.',
    customer: 'Point the application at the proxy endpoint and retry in-flight transactions that failed.',
    phrases: ['proxy failover', 'failover through the proxy', 'proxy reconnects to the new primary', 'preserve connections during failover', 'faster failover with proxy', 'proxy reconnects the app', 'reconnect through the proxy on failover'],
    source: rdsProxy,
  },
  {
    id: 'rds-failover-client-dns',
    services: ['rds', 'aurora'],
    area: 'high-availability',
    name: 'Making applications reconnect to the new primary after a failover (DNS caching)',
    owner: 'customer',
    why: 'A Multi-AZ failover points the endpoint\'s DNS name at the standby; an application that caches DNS longer than the record\'s TTL (the Java JVM caches indefinitely by default) keeps connecting to the old primary. The RDS user guide recommends a JVM TTL of no more than 60 seconds and to re-establish connections.',
    aws: 'Fails over to the standby and updates the DNS record of the endpoint.',
    customer: 'Set the JVM (networkaddress.cache.ttl) and driver DNS caching to 60 seconds or less, and reconnect and retry on failure (the AWS Advanced JDBC Wrapper does this for Java).',
    misconception: 'The failover itself is AWS\'s, but a client that keeps the old IP address is the application\'s DNS caching, not an RDS bug.',
    phrases: ['dns caching', 'jvm dns ttl', 'cached the old ip', 'old primary after failover', 'keeps connecting to the old primary', 'reconnect after failover', 'networkaddress cache ttl', 'app still points at the old instance', 'client side failover handling', 'connection retries after failover'],
    source: multiAzFailover,
  },
  // Amazon RDS Blue/Green Deployments
  {
    id: 'rds-blue-green-switchover',
    services: ['rds', 'aurora'],
    area: 'database-engine-patching',
    name: 'Creating, testing and switching over a Blue/Green deployment',
    owner: 'customer',
    why: 'A blue/green deployment is something you create for a change (a major version upgrade, parameter or schema changes), test on the green environment and switch over when you choose; RDS copies the production environment and keeps it in sync, and the switchover is yours to start.',
    aws: 'Copies the blue environment, keeps green in sync with logical replication, and runs the switchover with guardrails that block it when replication is unhealthy.',
    customer: 'Create the deployment, make and test the changes on green, choose when to switch over, and delete the old blue environment afterwards.',
    tool: 'Amazon RDS Blue/Green Deployments',
    phrases: ['blue green deployment', 'blue green', 'green environment', 'switchover', 'switch over to green', 'blue/green upgrade', 'staging copy of the database'],
    source: blueGreen,
  },
  {
    id: 'rds-blue-green-replication',
    services: ['rds', 'aurora'],
    area: 'high-availability',
    name: 'Keeping the green environment in sync and guarding the switchover',
    owner: 'aws',
    why: 'RDS Blue/Green Deployments replicate changes from the blue (production) environment to the green one, and the switchover checks guardrails (replication health, long-running transactions) and renames the endpoints so applications need no change.',
    aws: 'Replicates blue to green, checks switchover guardrails, renames endpoints and rolls back a switchover that exceeds its timeout.',
    customer: 'Avoid unsupported changes on green and set the switchover timeout.',
    phrases: ['keep green in sync', 'replication to green', 'switchover guardrails', 'renames the endpoints', 'green stays in sync'],
    source: blueGreen,
  },
  // Amazon MSK Connect
  {
    id: 'msk-connect-workers',
    services: ['msk'],
    area: 'managed-infrastructure',
    name: 'Running and patching MSK Connect workers',
    owner: 'aws',
    why: 'MSK Connect is a feature of Amazon MSK that runs Kafka Connect connectors as a managed service: the workers (JVM processes on AWS-managed compute) are provisioned, patched and replaced by AWS, and the remaining workers rebalance the tasks when one fails.',
    aws: 'Provisions and patches the worker compute, replaces failed workers and rebalances tasks.',
    customer: 'Give the connector subnets with enough free IP addresses, a service execution role and the worker configuration.',
    misconception: 'There are no Kafka Connect servers to patch with MSK Connect: the workers are AWS\'s; the plugin code you upload is yours.',
    phrases: ['msk connect', 'msk connect workers', 'kafka connect workers', 'connector workers', 'patch the workers', 'workers behind the connectors', 'kafka connect cluster', 'connect workers'],
    source: msk('Understand MSK Connect workers', 'msk-connect-workers'),
  },
  {
    id: 'msk-connect-capacity',
    services: ['msk'],
    area: 'capacity-scaling',
    name: 'How many workers an MSK Connect connector runs (autoscaled or provisioned)',
    owner: 'shared',
    why: 'A connector runs in one of two capacity modes you must choose: autoscaled, where MSK Connect adds and removes workers between the minimum and maximum you set by CPU utilisation, or provisioned, where you fix the number of workers and MCUs per worker.',
    aws: 'In autoscaled mode, scales the number of workers within your limits.',
    customer: 'Choose the mode and set the limits, or in provisioned mode size and resize the workers yourself.',
    phrases: ['scale the connectors', 'connector capacity', 'number of workers', 'mcus per worker', 'scale msk connect', 'autoscaled connector', 'provisioned connector', 'scale the workers', 'how many workers', 'workers a connector gets', 'decide how many workers', 'worker count', 'decides the number of workers'],
    conditions: [
      { when: 'Autoscaled capacity mode', owner: 'aws', cues: ['autoscaled', 'autoscaled mode', 'autoscaling connector', 'auto scaled', 'autoscaling'], detail: 'MSK Connect scales the workers between the minimum and maximum you set.' },
      { when: 'Provisioned capacity mode', owner: 'customer', cues: ['provisioned', 'provisioned mode', 'provisioned capacity', 'fixed number of workers'], detail: 'You choose the number of workers and MCUs and change them when the load changes.' },
    ],
    source: msk('Understand connector capacity', 'msk-connect-capacity'),
  },
  {
    id: 'msk-connect-plugins',
    services: ['msk'],
    area: 'application-code',
    name: 'Custom plugins and connector configuration in MSK Connect',
    owner: 'customer',
    why: 'A custom plugin is the connector code (JAR or ZIP) you upload to S3 for MSK Connect to run; its dependencies, its vulnerabilities, the connector configuration and the secrets it uses are yours.',
    aws: 'Runs the plugin you supply on managed workers.',
    customer: 'Build and patch the connector plugin and its dependencies, keep secrets out of the configuration (config providers with Secrets Manager), scope the execution role.',
    phrases: ['custom plugin', 'connector plugin', 'connector jar', 'connector code', 'connector configuration', 'debezium plugin', 'patch the connector plugin'],
    source: msk('Understand custom plugins', 'msk-connect-plugins'),
  },
  // SageMaker AI
  {
    id: 'sagemaker-marketplace-container-scanning',
    services: ['sagemaker'],
    area: 'vulnerability-scanning',
    name: 'CVE scanning of pre-built SageMaker images and AWS Marketplace algorithms and model packages',
    owner: 'aws',
    why: 'Infrastructure security in SageMaker AI: to meet AWS security requirements, all pre-built SageMaker images (Deep Learning Containers, framework and built-in algorithm containers) and the algorithms and model packages listed in AWS Marketplace are scanned for Common Vulnerabilities and Exposures (CVE).',
    aws: 'Scans pre-built images and Marketplace algorithm and model package containers for CVEs.',
    customer: 'Scan the containers you build yourself (Amazon ECR scanning, Amazon Inspector) and run Marketplace containers in network-isolated mode.',
    phrases: ['marketplace algorithms', 'marketplace model packages', 'model packages', 'algorithms from aws marketplace', 'scanned for cves', 'prebuilt sagemaker images', 'built in algorithm containers', 'scan marketplace containers', 'prebuilt images', 'framework images', 'sagemaker framework containers', 'scans the images aws provides'],
    source: sm('Infrastructure security in Amazon SageMaker AI (SageMaker AI scans AWS Marketplace training and inference containers)', 'infrastructure-security'),
  },
  // AWS Glue
  {
    id: 'glue-runtime-patching',
    services: ['glue'],
    area: 'runtime-patching',
    name: 'Security patches to the runtime of supported Glue versions',
    owner: 'aws',
    why: 'A Glue version is an operating system, Spark, Ray or Python runtime and libraries that AWS Glue maintains: AWS applies security patches and updates to supported versions, and stops doing so only when a version reaches end of support.',
    aws: 'Patches the OS, Spark/Python runtime and bundled libraries of supported Glue versions.',
    customer: 'Keep jobs on a supported Glue version and patch the extra libraries you add.',
    phrases: ['spark runtime', 'patch the spark runtime', 'glue runtime patches', 'security patches for glue', 'supported glue version', 'spark underneath glue', 'python runtime of glue'],
    source: glue('AWS Glue version support policy', 'glue-version-support-policy'),
  },
  // AWS Elastic Beanstalk
  {
    id: 'beanstalk-platform-upkeep-with-managed-updates',
    services: ['elastic-beanstalk'],
    area: 'runtime-patching',
    name: 'What stays yours with managed platform updates on (supported branch, your components)',
    owner: 'customer',
    why: 'Shared responsibility model for Elastic Beanstalk platform maintenance: managed platform updates apply patch and minor versions within your platform branch, but keeping environments on a supported platform version, migrating off retired branches, patching the components you add and resolving failed managed updates stay the customer\'s.',
    aws: 'Releases platform versions and, with managed updates on, applies patch and minor versions in your maintenance window.',
    customer: 'Migrate to supported branches before retirement, patch what you install (.ebextensions, packages, your application\'s dependencies), and fix and retry failed managed updates.',
    tool: 'Managed platform updates',
    misconception: 'Managed platform updates do not make platform upkeep entirely AWS\'s: they never cross a platform branch and never touch what you installed yourself.',
    phrases: ['100% aws responsibility', 'entirely aws responsibility', 'fully on aws', 'nothing left for us to patch', 'managed updates cover everything', 'managed updates keep the platform patched', 'platform upkeep', 'keep the environment supported'],
    source: src.beanstalkShared,
  },
  // Amazon Aurora global databases
  {
    id: 'aurora-global-database-replication',
    services: ['aurora'],
    area: 'high-availability',
    name: 'Storage-level replication of an Aurora global database across Regions',
    owner: 'aws',
    why: 'An Aurora global database replicates from the primary cluster to up to ten secondary Regions with dedicated storage-level replication, typically with latency under a second, without using the database engine\'s resources.',
    aws: 'Runs the storage-based cross-Region replication and reports its lag.',
    customer: 'Add the secondary Regions you need and watch the replication lag (AuroraGlobalDBReplicationLag).',
    phrases: ['global database replication', 'cross region replication for aurora', 'replicate aurora to another region', 'replication lag of the global database', 'replicates to the other regions', 'who replicates the global database', 'replicates the data to secondary regions', 'who replicates aurora across regions', 'keeps the secondary regions in sync', 'storage level replication to secondary regions'],
    source: { title: 'Using Amazon Aurora Global Database (Amazon Aurora User Guide)', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html' },
  },
  {
    id: 'aurora-global-database-failover',
    services: ['aurora'],
    area: 'high-availability',
    name: 'Switching over or failing over an Aurora global database to another Region',
    owner: 'customer',
    why: 'Moving the primary of an Aurora global database to a secondary Region is an operation you start: a switchover for planned changes, or a failover (with possible data loss up to the replication lag) when the primary Region is impaired; Aurora does not fail over across Regions on its own.',
    aws: 'Performs the switchover or failover you start and keeps the global database topology.',
    customer: 'Decide when to switch over or fail over, run it (console, CLI or API), repoint applications (or use the global writer endpoint) and rehearse it.',
    phrases: ['global database failover', 'fail over to another region', 'cross region failover', 'switchover to another region', 'promote the secondary region', 'regional outage failover for aurora', 'fail over the global database', 'primary region is down', 'global database switchover', 'fail over when a region is down', 'region down so we fail over'],
    source: { title: 'Using switchover or failover in Amazon Aurora Global Database (Amazon Aurora User Guide)', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html' },
  },
  // Amazon Redshift Serverless
  {
    id: 'redshift-serverless-version-updates',
    services: ['redshift'],
    area: 'database-engine-patching',
    name: 'Applying new Redshift versions to serverless workgroups',
    owner: 'aws',
    why: 'Amazon Redshift updates the version of serverless workgroups itself, usually during idle periods, with the release of the track you choose (current by default, or trailing); there is no patching for you to run.',
    aws: 'Applies certified releases with security updates to serverless workgroups, usually while they are idle.',
    customer: 'Choose the current or trailing track for the workgroup.',
    phrases: ['patch redshift serverless', 'serverless workgroup updates', 'workgroup version', 'redshift serverless patching', 'current or trailing track', 'updates serverless workgroups'],
    source: { title: 'Tracks for Amazon Redshift provisioned clusters and serverless workgroups (Amazon Redshift Management Guide)', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/tracks.html' },
  },
  // AWS itself
  {
    id: 'general-datacenter-sustainability',
    services: [],
    area: 'physical-security',
    name: 'Energy efficiency and renewable power of AWS data centres',
    owner: 'aws',
    why: 'The Well-Architected sustainability pillar: AWS is responsible for optimising the sustainability OF the cloud, delivering efficient shared infrastructure, water stewardship and sourcing renewable power; the efficiency of what customers run is theirs.',
    aws: 'Designs efficient data centres, power and cooling, sources renewable energy and reports on it.',
    customer: 'Use the Customer Carbon Footprint Tool for your share and make your workloads efficient.',
    phrases: ['renewable power', 'renewable energy', 'energy efficiency of the facilities', 'energy efficiency', 'water stewardship', 'green energy aws uses', 'power usage effectiveness'],
    source: { title: 'The shared responsibility model (Sustainability Pillar, AWS Well-Architected Framework)', url: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/the-shared-responsibility-model.html' },
  },
];
