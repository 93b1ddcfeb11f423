import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';

/** Features, modes and generations AWS does not sell for the service named: refused, naming the feature. */
const madeUp: [string, string][] = [
  // a coined word after one word of a real feature's name
  ['ec2 nitro hyperseal attestation who signs', 'hyperseal'],
  // a regime in capitals, then a hyphenated Title-Case compound
  ['Comprehend PCI Auto-Mask jobs, who tunes what they hide', 'auto mask'],
  // an engine no database service runs, named in two words
  ['who patches the engine of RDS for InterSystems IRIS', 'intersystems'],
  // two Title-Case words, the second a thing the first would be a kind of
  ['the Kinesis Vault Streams our ingest uses, who encrypts them', 'vault'],
  ['who owns records kept in SNS Sealed Topics', 'sealed'],
  // a product noun after the vendor's name
  ['is data in the Amazon Records Locker ours to protect', 'records locker'],
  // capitals inside a Title-Case name with a word nobody knows
  ['Comprehend PII Shredmatic jobs, who tunes what it removes', 'shredmatic'],
  ['does the EBS NVMe Hyperwipe option mean aws scrubs our volumes', 'hyperwipe'],
  // one CamelCase word srm knows nowhere, called a setting or turned on
  ['the msk console has a TopicShield broker option, with it on who handles acl mistakes', 'topicshield'],
  ['appsync got that QueryArmor api setting i think, does it mean injection is aws problem', 'queryarmor'],
  // a CamelCase word of three parts or more, known only word by word, after the service or alone; a tag after it
  ['heard the SQS AutoPurgeStale toggle drops old messages, whose call is what it drops', 'autopurgestale'],
  ['someone said the DynamoDB SealAllRows-PII option hides card data, who maintains it', 'seal'],
  // a CamelCase key given a value outside code, said to move a duty to AWS; a regime made into a product's name
  ['the eks NodeSelfHeal: true flag is set, does aws then take over the worker patching', 'node self heal'],
  ['the Amazon Chime HIPAA Shield, once enabled, makes phi handling aws job?', 'hipaa shield'],
  // a setting a service is switched to in words, said to move a duty to AWS
  ['if we move the opensearch domain to the managed hardening option, does index access become aws job', 'managed hardening'],
  ['is cloudhsm serverless mode worth it, who handles ha in it', 'serverless mode'],
  ['we want the sqs tachyon queue type, who encrypts messages there', 'tachyon queue type'],
  ['does eks autopilot mode patch our nodes', 'autopilot mode'],
  ['with step functions hyperion express workflows who patches the workers', 'hyperion express workflows'],
  ['lambda quantum sandbox mode - who isolates tenants', 'quantum sandbox mode'],
  ['aurora serverless v3 is out, who does minor version patching on it', 'v3'],
  ['amplify gen 4 backends, does aws patch the runtime', 'gen 4'],
  ['does the rds hyperdrive feature mean aws tunes our queries', 'hyperdrive feature'],
  // names written in Title Case right after the service
  ['our architect wants EC2 Bastionless Hosts, who patches those?', 'ec2 bastionless hosts'],
  ['does DynamoDB Eternal Tables mean aws keeps backups forever?', 'dynamodb eternal tables'],
  ['with SNS Vaulted Topics who holds the keys', 'sns vaulted'],
  // two Title-Case words ending in a noun products are named with; a name described in brackets as a thing
  ['is the GuardDuty Breach Vault keeping copies of compromised disks? who maintains what it stores', 'guardduty breach vault'],
  ['dynamodb stale sweeper (the feature that purges expired customer rows) - once on, is the purge aws job?', 'dynamodb stale sweeper'],
  // a mode named after a feature of the service srm knows
  ['we flipped cloudtrail data events deep payload mode on, who protects the payloads it records', 'cloudtrail data events deep payload mode'],
  // four Title-Case words, a product's word among them, no three of them a name srm knows
  ['ECS Managed Sidecar Image Refresh: does aws keep our sidecars patched then', 'ecs managed sidecar image refresh'],
  // a version after a service that has none, or past the latest numbered one
  ['transit gateway v3 segments: who writes the policies', 'transit gateway v3'],
  ['is the glue 9.0 runtime patched by aws', 'glue 9'],
  ['athena engine version 7, who tunes the workgroup', 'athena engine version 7'],
  // after a tool service written by its id
  ['guardduty v5 containment - does aws isolate the instance for us', 'guardduty v5'],
  // hyphenated Title Case
  ['who patches the S3 Self-Healing storage class', 's3 self healing'],
  // chip and engine generations past the latest
  ['does aws patch the firmware on the new graviton9 metal instances', 'graviton9'],
  ['we move to aurora v5 next quarter: who runs its storage engine upgrades', 'aurora v5'],
  // a coined word right after the service (lower case), or an unknown word a word away from "tier"
  ['kinesis turbocharge shards: who scales them', 'turbocharge'],
  ['dynamodb nightshield tables - who encrypts them', 'nightshield'],
  ['efs quickfreeze archive tier: does aws wipe old files', 'quickfreeze'],
  // a hyphenated Title-Case compound is one name; a regime made into a switch
  ['EFS Auto-Scrub for deleted files - is that ours to schedule', 'efs auto scrub'],
  ['once the Cognito HIPAA Mode toggle is on, who handles phi in user attributes', 'hipaa mode'],
  ['does the dynamodb pci compliance mode make aws own requirement 3', 'pci compliance mode'],
  // a name quoted in Title Case that is in nothing srm knows or mentions
  ["the kms 'Escrow Twin Keys' option: who holds the second copy?", 'escrow twin keys'],
  ["does turning on the Security Hub 'Evidence Autopilot' mean aws owns our SOC 2 evidence", 'evidence autopilot'],
  // a name quoted in lower or camel case and called a switch, or said to be turned on
  ["the athena 'query firewall plus' toggle - who tunes what it blocks", 'query firewall plus'],
  ["we switched on 'ebs self mend' for the data volumes, so aws repairs them now?", 'ebs self mend'],
  ["sqs 'SafeDrain' setting: who owns messages it drops", 'safedrain'],
  ["kinesis 'shard escrow via replicas' option, who keeps the replicas", 'shard escrow via replicas'],
  ["the ECR 'Auto-CVE Patcher' option, who owns the images it rebuilds", 'auto cve patcher'],
  // a mode straight after a service that is in no name srm knows; a Title-Case run called a switch or turned on
  ['sns sealed mode keeps topics private right? who checks that', 'sns sealed mode'],
  ['with sqs drain autopilot on, who purges old messages', 'sqs drain autopilot'],
  ['inspector has a Zero-Day toggle now, who owns what it patches', 'zero day'],
  ['we switched on EFS Quantum Vault for the shares, who holds its keys', 'efs quantum vault'],
  // an acronym in a quoted Title-Case name; a flag straight after a service
  ["we ticked the 'SNS PII Vault' box on the topic, who keeps it on", 'sns pii vault'],
  ['the dynamodb residency flag on our tables, who enforces it', 'dynamodb residency flag'],
  // lower case, every word known, the name ending in a noun products are named with
  ['the ecr image sentinel flagged a container, who acts on it', 'ecr image sentinel'],
  ['kinesis shard orchestrator does the resharding now, so that is on aws?', 'kinesis shard orchestrator'],
  ['athena query firewall blocks bad sql, who writes its rules', 'athena query firewall'],
  ['elasticache auto-failover compliance mode, is aws on the hook for pci then', 'elasticache auto failover compliance mode'],
  // a thing's noun inside a mode's or a feature's name ("container", "auto")
  ['inspector container lockdown mode, who unlocks an image', 'inspector container lockdown mode'],
  // a product noun straight after the service made a switch, a coined hyphenated compound before "mode", a Title-Case
  // switch name whose words are each some feature's, a Title-Case kind of a thing, a product noun that looks like a typo
  ['glue Shield Mode on the crawlers, who keeps its rule list current', 'glue shield mode'],
  ['we switched on the sqs Auto-Encrypt Mode for every queue, is key rotation aws\'s now', 'sqs auto encrypt mode'],
  ['kinesis Adaptive Shard Tuning mode rebalances for us, who owns the shard limits then', 'adaptive shard tuning'],
  ['sqs Vault queues keep messages for ten years - who patches the servers under them', 'sqs vault'],
  ['our athena guardian blocks risky queries, who tunes what it blocks', 'athena guardian'],
];

/** Real features, modes and generations, and descriptions that are not names: answered as before. */
const real: [string, string][] = [
  // a kind of thing written in Title Case, named so by AWS
  ['who sets the retention of Kinesis Data Streams', 'kinesis'],
  // capitals and a Title-Case word srm or the dictionary knows
  ['the EC2 ENA Express setting on our c6in nodes, who keeps the driver current', 'ec2'],
  ['EKS IRSA Roles for the billing pods, who scopes them', 'eks'],
  // CamelCase names srm knows, as a setting
  ['we have the SnapStart setting on for the java lambda, who encrypts the snapshot', 'lambda'],
  ['the rds AutoMinorVersionUpgrade setting is on, who applies the minor versions', 'rds'],
  // a setting switched to in words that srm knows
  ['if we set the rds instance to the multi-az option does failover become aws job', 'rds'],
  ['s3 object lock compliance mode - can aws delete the objects', 's3'],
  ['lambda runtime management mode set to manual, who patches the runtime', 'lambda'],
  ['dynamodb on-demand capacity mode, who scales the table', 'dynamodb'],
  ['aurora serverless v2, who patches the database engine', 'aurora'],
  ['greengrass v2 core device, who patches its os', 'iot-greengrass'],
  ['lightsail is the easy mode of aws so they patch wordpress for us?', 'lightsail'],
  ['dms endpoint passwords and ssl mode, whose job is that', 'dms'],
  ['who encrypts the instance store on our ec2 instances', 'ec2'],
  // real features in Title Case
  ['who decides whether SageMaker Studio notebooks get internet access', 'sagemaker'],
  ['with Lambda SnapStart on, who patches the runtime in the snapshot', 'lambda'],
  ['S3 Object Lock in compliance mode, can aws delete the objects early', 's3'],
  ['Aurora Global Database failover across regions, whose job', 'aurora'],
  // engine versions and numbered releases srm knows; API names, code and paths are context
  ['who applies patches to aurora mysql v3', 'aurora'],
  ['glue 4.0 jobs: who patches the workers', 'glue'],
  ['graviton4 instances, who patches the guest os', 'ec2'],
  ['alarms on kinesis GetRecords.IteratorAgeMilliseconds: does aws watch those for us', 'kinesis'],
  ['we ran `aws s3 rm --recursive` on a bucket without versioning; can aws restore it?', 's3'],
  // jargon after a service is no coined feature; the customer's own names after "our"/"the" are theirs
  ['who picks the kms key for textract async output', 'textract'],
  ['our lambda billingcron function has admin rights, whose problem', 'lambda'],
  // pasted identifiers (a JSON key, a rule id) and a resource's Name tag are no features
  ['`aws kinesis describe-stream --stream-name clicks` shows "EncryptionType": "NONE" - who turns server-side encryption on', 'kinesis'],
  ['who keeps export-controlled data out of the EC2 Name tag', 'ec2'],
  // a possessive between a service and a feature noun makes a clause, not a name
  ['Step Functions coordinates our payout workflow. security responsibility for step functions, please', 'step-functions'],
  // real names in quotes, and a pack's title
  ["our buckets all have 'Block Public Access' on, who keeps it that way", 's3'],
  ["who enables 'Point-in-time Recovery' on the sessions table in dynamodb", 'dynamodb'],
  ["the config conformance pack 'Operational Best Practices for HIPAA Security' - who deploys it", 'config'],
  // real names quoted in lower case, and identifiers in quotes
  ["we turned on 'block public access' for the account, who keeps it on", 's3'],
  ["config rule 's3-bucket-ssl-requests-only' is NON_COMPLIANT on the logs bucket, who fixes it", 's3'],
  ["rds says move to 'rds-ca-rsa2048-g1' before the old CA expires, who updates the instances", 'rds'],
  ["cloudtrail shows 'StopLogging' on the org trail, who turns logging back on", 'cloudtrail'],
  // real modes and names turned on
  ['rds multi az mode: who handles the failover', 'rds'],
  ['eks auto mode clusters, who patches the nodes', 'eks'],
  ['we enabled Lambda SnapStart on the checkout function, who patches the runtime in the snapshot', 'lambda'],
  ['we enabled EC2 Instance Connect on the bastion, who controls who can push keys', 'ec2'],
  ["we launched with 'dedicated tenancy' on ec2, who patches the host", 'ec2'],
  ['s3 glacier deep archive tier, who keeps the data durable', 'glacier'],
  // real hyphenated names
  ['RDS Multi-AZ failover: who triggers it when the primary dies', 'rds'],
  ['who turns on DynamoDB Point-In-Time Recovery for the orders table', 'dynamodb'],
  ['who sets up S3 Cross-Region Replication for the backups bucket', 's3'],
  // real names with those nouns, and a mode of real-feature words
  ['route 53 resolver dns firewall rule groups, who maintains our block lists', 'route53'],
  ['the redshift firewall rules (its security group), who opens port 5439', 'redshift'],
  ['s3 object lock compliance mode on the audit bucket, who can shorten retention', 's3'],
  ['ec2 auto recovery mode, who turns it on for our instances', 'ec2'],
  // a quoted setting's value or console label, and a quoted name of the customer's own resource
  ["identity center mfa prompt is set to 'Every time they sign in', who picked that", 'identity-center'],
  ["rds console checkbox 'Enable encryption' - who is supposed to tick it", 'rds'],
  ["the iam role 'Billing-ReadOnly' grants too much, who trims it", 'iam'],
  // words that list, not name ("schedule / retention / vault lock"); a NAT gateway written short
  ['aws backup plan schedule / retention / vault lock, who sets them', 'backup'],
  ['natgw in each az for egress, our call or aws?', 'vpc'],
  // a preposition ends a name; real features written short
  ['shield adv cost protection after a ddos on the alb, do we have to claim it', 'elb'],
  ['gamelift fleetiq on our own spot instances, who patches their os', 'gamelift'],
  // real features written the same ways
  ['we enabled OpenSearch Auto-Tune mode, who patches the nodes under the domain', 'opensearch'],
  ['who owns iam access to dynamodb Global tables', 'dynamodb'],
  ['who keeps ec2 Spot instances patched', 'ec2'],
  // four Title-Case words made of two names srm knows
  ['is S3 Object Lock Compliance Mode retention enforced by aws even against root', 's3'],
];

describe('unknown features of known services', () => {
  it('reads a clause between a service and a noun as no feature name ("if our dx link dies the plant…")', () => {
    const a = answerQuestion('if our single direct connect port dies the plant loses the region: is a second port at another location something aws adds for us?');
    expect(a.owner === 'unknown' ? a.reason : '').not.toContain('Unknown feature');
  });
  it.each(madeUp)('%s -> refused, naming "%s"', (q, feature) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe('unknown');
    if (a.owner !== 'unknown') return;
    expect(a.reason).toContain(feature);
  });
  it.each(real)('%s -> answered for %s', (q, service) => {
    const a = answerQuestion(q);
    expect(a.owner).not.toBe('unknown');
    if (a.owner === 'unknown') return;
    expect(a.service?.id).toBe(service);
  });
});
