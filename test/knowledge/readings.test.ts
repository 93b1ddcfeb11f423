import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';

/** Readings of a question's context added in the seventh round: each with the owner (and duty) it must give. */
const cases: { q: string; owner: 'aws' | 'customer' | 'shared' | 'unknown'; duty?: string; why: string }[] = [
  // AWS's own infrastructure, named under or beside a service
  { q: 'if attackers got into an aws data center, who runs the investigation?', owner: 'aws', duty: 'general-aws-infrastructure-incidents', why: "AWS's own infrastructure" },
  { q: "do we have to vuln scan the hosts and network gear under aws's managed services?", owner: 'aws', duty: 'general-aws-infrastructure-testing', why: "AWS's own infrastructure" },
  { q: "traffic between our ec2 instances in two regions rides aws's backbone: who encrypts it at the physical layer?", owner: 'aws', duty: 'general-backbone-encryption', why: "AWS's backbone" },
  { q: 'who patches the hypervisor host that runs our datasync agent vm', owner: 'customer', duty: 'datasync-agent-host', why: "the customer's own hypervisor" },
  { q: 'guardduty flagged a bitcoin miner on our ec2 instance; do aws security folks step in and clean it up?', owner: 'customer', duty: 'ec2-compromised-instance-response', why: "an incident on the customer's instance is not one in AWS's infrastructure" },
  { q: 'on prem we racked our own hsms; who is responsible for the physical security of the hsms behind kms?', owner: 'aws', why: 'on prem is a comparison when KMS is named' },
  // another vendor beside a service written by its id is context
  { q: 'pagerduty: inspector flagged a critical cve on our ec2 bastion (al2023). do we patch it or does aws?', owner: 'customer', why: 'PagerDuty and Inspector are context' },
  // shared controls and compliance as a whole
  { q: 'configuration management as a control: aws configures its infrastructure devices and we configure our guest os. how do i classify it?', owner: 'shared', duty: 'general-configuration-management-control', why: 'both sides stated' },
  { q: 'patch management control, the aws infrastructure side: who patches that?', owner: 'aws', duty: 'general-patch-management-control', why: "AWS's side stated" },
  { q: "one-word answer for the postmortem: is patching aws's job or ours across our whole aws estate?", owner: 'shared', duty: 'general-patch-management-control', why: 'patching as a whole' },
  { q: 'patch management as a control, which side is it on?', owner: 'shared', duty: 'general-patch-management-control', why: '"which side" names no side' },
  { q: 'config management: just our half of it, who does that', owner: 'customer', duty: 'general-configuration-management-control', why: "the customer's side stated" },
  { q: 'can we call our app SOC 2 compliant because AWS is SOC 2 compliant?', owner: 'shared', why: 'SOC 2 written as two words is a regime' },
  { q: 'AWS signed the BAA, so HIPAA on our platform is done, right?', owner: 'shared', why: 'the BAA given as the reason' },
  { q: 'who accepts the baa in aws artifact', owner: 'customer', duty: 'artifact-agreements', why: 'accepting the agreement itself' },
  { q: 'rds is hipaa eligible so who owns hipaa compliance for our workload', owner: 'shared', why: "AWS's eligibility given as the reason" },
  // durations, tool names by their short forms
  { q: 'our external key manager for xks was down for 2h and decrypts failed: whose availability problem is that?', owner: 'customer', duty: 'kms-xks-availability', why: '"2h" is a duration, XKS is KMS' },
  // eighth round: pasted control ids, CloudTrail event names, resource names, "U.S.", instance types
  { q: 'AC-2 account management for our IAM users: inherited from AWS or ours?', owner: 'customer', why: 'a NIST control id is context' },
  { q: 'for PE-3 physical access control at the data centers: whose control?', owner: 'aws', why: 'a NIST control id is context' },
  { q: 'saw RemoveUserFromGroup and AddUserToGroup in cloudtrail, who reviews our iam group membership', owner: 'customer', why: 'API names are context' },
  { q: 'staging-orders-db is an rds postgres db, who applies its minor engine patches in the maintenance window', owner: 'aws', why: 'a resource named for its environment is a name' },
  { q: 'who screens the AWS staff in U.S. data centers before they get physical access', owner: 'aws', why: '"U.S." is the country' },
  { q: 'the r6i database hosts under our aurora cluster: who patches their os', owner: 'aws', why: 'an instance family a word before "hosts"' },
  // other vendors: a typo of the vendor's name, an AWS word inside its Title-Case product name, an AWS service only compared
  { q: 'who patches the nodes in azzure kubernetes service', owner: 'unknown', why: 'a typo of another cloud' },
  { q: 'Oracle Autonomous Database Shield Vault keys: who rotates them', owner: 'unknown', why: "Shield inside Oracle's product name" },
  { q: 'comparing Nitrado game servers vs gamelift: on nitrado who patches the host?', owner: 'unknown', why: 'GameLift is only compared' },
  { q: 'who rotates the aws/* keys in our account', owner: 'aws', duty: 'kms-key-rotation', why: '"aws/*" are the AWS managed keys' },
  { q: 'Recon:EC2/PortProbeUnprotectedPort on our bastion - does aws close the port or do we', owner: 'customer', why: 'a finding type is a GuardDuty finding' },
  { q: 'cell-level security on our lake formation tables, who sets it up', owner: 'customer', duty: 'lake-formation-permissions', why: 'cell-level security is a feature' },
  { q: 'who sets up row-level security in quicksight', owner: 'customer', duty: 'quicksight-users', why: 'row-level security is a feature' },
  { q: 'patch management as a control family: aws patches its hosts, how do we mark it in the matrix?', owner: 'shared', duty: 'general-patch-management-control', why: 'the control as a whole' },
  { q: 'configuration management control: aws configures its infrastructure devices, whose side is that', owner: 'aws', duty: 'general-configuration-management-control', why: "AWS's side asked" },
  { q: 'PCI for the checkout service on ecs: aws or us?', owner: 'shared', duty: 'general-compliance-shared', why: 'the regime asked about as a whole' },
  { q: 'hipaa for our patient portal, whose job', owner: 'shared', duty: 'general-compliance-shared', why: 'the regime asked about as a whole' },
  { q: 'compliance overall across our aws accounts, ours or amazons?', owner: 'shared', duty: 'general-compliance-shared', why: 'compliance as a whole, no regime named' },
  { q: 'who is on the hook for compliance in general once we are all in on aws', owner: 'shared', duty: 'general-compliance-shared', why: 'compliance as a whole, no regime named' },
  // a capitalised name no dictionary knows, with no AWS service named: another vendor's product
  { q: 'Splunk SOAR playbook failed again - who maintains the SOAR appliance, AWS?', owner: 'unknown', why: 'another vendor' },
  { q: 'who patches the Zscaler connector VMs', owner: 'unknown', why: 'another vendor' },
  // twelfth round: game vendors; "AWS <word> <Product noun>" that names no AWS service
  { q: 'our anti cheat is BattlEye, does amazon keep it current because the servers are on aws', owner: 'unknown', why: 'a game vendor' },
  { q: 'does epic online services handle the player login security or is it aws since we host on aws', owner: 'unknown', why: 'a game vendor' },
  { q: 'the BattlEye agent runs on our gamelift fleet instances: who installs its updates on the fleet', owner: 'customer', why: 'a vendor product inside an AWS service is context' },
  { q: 'thinking of buying Amazon Compliance Vault for our audit logs, who would manage retention there', owner: 'unknown', why: 'an AWS product name srm does not know' },
  { q: 'AWS Network Firewall stateful rules: who writes them', owner: 'customer', why: 'a real AWS product of the same shape' },
  // a means named after "lock that down"; "infra security"; a kind the question says it does not have
  { q: 'folks reach our bucket without going through the cdn, who locks that down w/ an OAI', owner: 'customer', duty: 'cloudfront-origin-access', why: 'OAI is the part locked down' },
  { q: 'infra security of amazon translate, aws or us', owner: 'aws', why: 'infra security is one kind of security' },
  { q: "we don't have shield advanced; is any ddos protection included from aws", owner: 'aws', duty: 'shield-standard', why: 'Shield Advanced is what they do not have' },
  { q: 'isnt the major version upgrade on aurora ours', owner: 'customer', why: "a rhetorical isn't negates no kind" },
  // ordinary words, sectors, amounts and host names are no products; a regime after a service is what it is used for
  { q: 'for the soc 2 workpapers I\'m marking physical security of the aws data centres as inherited. Correct, or do we own some of it?', owner: 'aws', why: '"Correct" is a word' },
  { q: 'at our insurtech we run rds postgres: who applies the minor engine patches', owner: 'aws', why: 'a sector is no product' },
  { q: 'waf rate rule limit is 2k per 5 min and bots still get through, whose setting is that', owner: 'customer', why: 'an amount is no product' },
  { q: 'directory service ad for ad.corp.acme.com: who sets the password policy', owner: 'customer', why: "a host name is the customer's" },
  { q: 'we use the Audit Manager HIPAA framework; does that mean aws attests our controls work?', owner: 'customer', why: 'a regime after a service is its use' },
  // chat fillers weigh nothing; an access key is IAM's wherever it leaked
  { q: 'aws support mailed us that an access key of ours is on github, who revokes it lol', owner: 'customer', why: '"lol" is no term; the access key is IAM\'s' },
  { q: 'after the guardduty alert about our ec2 box mining crypto, who cleans it up fwiw', owner: 'customer', why: '"fwiw" is no term' },
  // a name the customer gave its own thing; number words, research acronyms and CLI verbs are words; "AWS" and a CamelCase product name
  { q: "our 'Ledger Core' stack in cloudformation opens port 22 to the world, whose fix is that", owner: 'customer', why: "the customer's own stack name" },
  { q: 'we keep five years of cui logs in s3, who sets the lifecycle rules', owner: 'customer', why: 'number words and CUI are words' },
  { q: 'vendor pitched AWS RecordGuard to us, who would own the retention in it', owner: 'unknown', why: 'a CamelCase product after AWS that srm does not know' },
  { q: 'who patches the servers behind AWS Incident Manager', owner: 'aws', why: "Incident Manager is Systems Manager's, not an unknown product" },
  { q: 'an access key leaked on a public github repo and someone is spinning up instances in our account. who is responsible for responding - rotating creds, killing resources, cleanup?', owner: 'customer', duty: 'iam-leaked-access-key-response', why: 'an access key names IAM beside GitHub' },
  { q: 'our KDS stream has no server-side encryption, who turns it on', owner: 'customer', why: 'KDS is Kinesis Data Streams' },
  // a setting's cue found word for word beats one of the same weight with a word between
  { q: 'java21 functions, runtime update mode left on auto: who applies runtime security patches to them', owner: 'aws', why: '"functions runtime update mode" is no "function update mode"' },
  // what AWS "already has on" or has on "out of the box" is its default
  { q: 'our dynamodb tables: point-in-time recovery - does amazon already have that on?', owner: 'customer', duty: 'dynamodb-point-in-time-recovery', why: '"amazon already has that on" asks about the default' },
  // a tool service named by its id after "security of", as a whole; a clause about the service after its name
  { q: 'for the vendor risk sheet: security of guardduty as a service, aws or us?', owner: 'shared', why: 'the tool service as a whole' },
  { q: 'single owner per service on the risk register: security of Amazon CloudWatch - where our app logs end up now?', owner: 'shared', why: 'a "where" clause describes the service' },
  // "w/o" is "without"; "gd" and "sechub" are GuardDuty and Security Hub; "app service" in lower case is no Azure product
  { q: 'layer 3/4 ddos protection for the cloudfront distro w/o paying for shield advanced - whose is that', owner: 'aws', duty: 'shield-standard', why: '"w/o" is without' },
  { q: 'gd is only enabled in one region, who turns the detectors on in the others we use', owner: 'customer', why: '"gd" is GuardDuty' },
  { q: 'our app service accounts in the aurora db, who rotates their passwords', owner: 'customer', why: '"app service" in lower case is the customer\'s own' },
  // the infrastructure under a named service is AWS's; the customer's own infrastructure, code or data is not it
  { q: 'step functions: who secures the infra underneath it', owner: 'aws', why: 'the infrastructure under the service, not the split of its security' },
  { q: 'secrets manager infra security - aws?', owner: 'aws', why: 'the infrastructure under the service' },
  { q: 'opensearch: who protects the infra the domain is hosted on', owner: 'aws', why: 'the infrastructure under the service, not its encryption at rest' },
  { q: 'kinesis data streams: who protects the hosts underneath the shards', owner: 'aws', why: 'the hosts under the service' },
  { q: 'who secures our infrastructure as code templates for lambda', owner: 'customer', why: 'infrastructure as code is the customer\'s' },
  // another vendor's SaaS is another cloud even beside an AWS service; its self-managed software on EC2 is the customer's
  { q: 'is confluent cloud (bought via the aws marketplace) patched by aws the way msk brokers are?', owner: 'unknown', why: 'Confluent Cloud is Confluent\'s SaaS' },
  { q: 'self-managed confluent kafka on our ec2 fleet: who applies the os security patches', owner: 'customer', why: 'the customer\'s software on EC2' },
  // security and compliance jargon next to several services is no product name
  { q: 'for the cryptoperiod evidence: the aws managed keys on our ebs and s3 (aws/ebs, aws/s3), rotated by whom?', owner: 'aws', why: '"cryptoperiod" is a word of key management' },
  { q: 'sbom-ish question: does aws track the packages inside our ecr images and lambda zips, or do we?', owner: 'customer', why: '"sbom" and "ish" are words' },
  // a negation inside a setting's words; the customer's own key; a pasted security group id
  { q: "automatic rotation still isn't enabled on our customer managed key, is that aws's to fix?", owner: 'customer', duty: 'kms-key-rotation', why: 'the setting is denied' },
  { q: 'we made our own kms key for the invoices table; does it rotate yearly on its own like the aws managed ones?', owner: 'customer', duty: 'kms-key-rotation', why: 'our own key is customer managed' },
  { q: 'sg-9f31 lets 0.0.0.0/0 reach port 3389 on the jump host, whose job to close it', owner: 'customer', why: 'an sg id is a security group' },
  // exam codes, days, abbreviations of services, image references
  { q: 'CLF quiz: who guards the doors of the aws data centers?', owner: 'aws', why: 'an exam code is context' },
  { q: 'prepping for SAA-C03: who patches the hypervisor under ec2?', owner: 'aws', why: 'an exam code is context' },
  { q: 'before Cyber Monday, who tests failover of our checkout across availability zones?', owner: 'customer', why: 'a day is no product' },
  { q: 'who writes the stateful rule groups of our NFW firewall policy', owner: 'customer', why: 'NFW is AWS Network Firewall' },
  { q: 'our build uses aws/codebuild/standard:7.0, who patches the os packages in that curated image?', owner: 'aws', why: 'an image reference names its repository' },
  // a clause between a service and a noun; AI words; s3api; a pasted access key id
  { q: "the lambda console says 'Runtime update mode: Auto' for our resizer function, who applies python runtime patches?", owner: 'aws', duty: 'lambda-runtime-updates', why: 'a clause, not a feature name' },
  { q: 'can we stop AWS AI services like comprehend from keeping our content to improve them, and who sets that?', owner: 'customer', why: '"AI" is a word, not a product' },
  { q: 'aws s3api delete-public-access-block was run on the exports bucket, whose problem is the exposure?', owner: 'customer', why: 's3api is S3' },
  { q: 'AKIAJ7EXAMPLE key leaked in a public repo on github, who deactivates it?', owner: 'customer', why: 'an access key id is an IAM access key' },
  { q: 'patch management: aws patches its hosts and we patch our guests, so how is that control categorized?', owner: 'shared', duty: 'general-patch-management-control', why: 'how the control is classified' },
  { q: 'who owns the model risk reports in IBM watsonx.governance', owner: 'unknown', why: "IBM's product" },
  { q: 'IBM QRadar collector on our ec2: who patches it', owner: 'customer', why: 'a vendor beside an AWS service is context' },
  { q: 'IBM Cloud Satellite location hosts: who patches their os', owner: 'unknown', why: 'another cloud is never context' },
  // a pasted check that a resource fails: the setting it names is off, and turning it on is the customer's
  { q: "Security Hub: 'RDS.13 RDS automatic minor version upgrades should be enabled' FAILED on orders-db. who flips that?", owner: 'customer', duty: 'rds-minor-version-upgrades', why: 'a failed check' },
  { q: 'KMS.4 key rotation should be enabled -> NON_COMPLIANT for 3 keys, who sorts it out', owner: 'customer', duty: 'kms-key-rotation', why: 'a failed check' },
  { q: 'rds minor version upgrades are automatic, right? who applies them', owner: 'aws', duty: 'rds-minor-version-upgrades', why: 'no check named: the default holds' },
  { q: 'SQS.1 queues should be encrypted at rest - ours says SSE-SQS. who manages that key?', owner: 'aws', why: 'a setting stated after the check title' },
  { q: 'ElasticBeanstalk.2: managed platform updates should be enabled. whose job is switching that on?', owner: 'customer', duty: 'beanstalk-managed-platform-updates', why: 'a quoted control title' },
  // a hosting platform the team moves from, or a colocation site, beside an AWS service is context
  { q: 'swapping our heroku redis add-on for elasticache: who patches the redis engine now?', owner: 'shared', duty: 'elasticache-service-updates', why: 'the platform left is context' },
  { q: 'the cross connect at our Equinix cage for direct connect: who maintains the aws router there?', owner: 'aws', why: 'a colocation site is context' },
  { q: 'left vercel for amplify hosting last month, on aws who patches the servers that build our site?', owner: 'aws', why: 'the platform left is context' },
  { q: "who rotates the credentials of our heroku postgres add-on", owner: 'unknown', why: 'no AWS service: the platform is the product asked about' },
  { q: 'cloudflare sits in front of our alb: who updates cloudflare managed waf rules?', owner: 'unknown', why: 'a CDN in front of AWS is another product' },
  // a shared control asked about for a control matrix (in the question's frame too), or "…, or both?"
  { q: 'for our control matrix: configuration management, is it aws or us?', owner: 'shared', duty: 'general-configuration-management-control', why: 'the control for a matrix' },
  { q: 'patch management for the outposts estate: nitro firmware is theirs, our guests are ours. so is the control aws, ours, or both?', owner: 'shared', duty: 'general-patch-management-control', why: '"or both" asks about the whole control' },
  // a regime's numbered requirement is context; other vendors' HSMs and storage are other products
  { q: 'our assessor cites req 10.2.1: is cloudtrail logging on by default or do we set up a trail?', owner: 'customer', why: 'a requirement number is context' },
  { q: 'does the Utimaco HSM in our own data centre get patched by aws?', owner: 'unknown', why: "another vendor's HSM" },
  { q: 'we copy nightly exports to a wasabi bucket too: who encrypts those?', owner: 'unknown', why: "another cloud's storage" },
  // pasted keys, resource ids and shorthands are words srm knows
  { q: 'saw {"eventName":"DeleteTrail","requestParameters":{"name":"org-trail"}} in the logs, who sets the trail back up?', owner: 'customer', why: 'JSON keys in camel case are their words' },
  { q: 'rds instance shows PubliclyAccessible: true, whose fix is that', owner: 'customer', why: 'a YAML key is its words' },
  { q: 'KB5031356 is missing on the win2k19 bastion ec2, who installs it', owner: 'customer', duty: 'ec2-guest-os-patching', why: 'a KB number is a Windows update; win2k19 is Windows Server' },
  { q: 'a dead disk in the hw under our ebs volumes, who replaces it', owner: 'aws', why: 'hw is hardware' },
  // a setting inside another vendor's identity provider is that vendor's; federation with AWS is the AWS side
  { q: 'auth0 password rules for people logging in to our cognito-backed app: aws or us?', owner: 'unknown', why: "the IdP's own setting" },
  { q: 'the sign-on policy inside entra for the aws access portal, whose job', owner: 'unknown', why: "the IdP's own setting" },
  { q: 'identity center federated with okta over saml: who keeps the idp metadata current?', owner: 'customer', why: 'federation with AWS' },
  // a role or policy that grants too much, on a service whose own duties do not place the words: least privilege in IAM
  { q: 'the kinesis consumer app assumes a role with firehose:* and s3:* on everything. whose cleanup is that', owner: 'customer', why: 'wildcard permissions on a role' },
  { q: 'our codebuild project role has admin, is trimming it something aws does?', owner: 'customer', why: 'a role with admin' },
  // other vendors' products and places outside AWS; a system security plan's words
  { q: 'who patches the tableau server we run in the office', owner: 'unknown', why: 'another vendor, outside AWS' },
  { q: 'google assured workloads for our state data, who handles physical security', owner: 'unknown', why: "another cloud's product" },
  { q: 'writing the SSP for our govcloud system, PE-3 physical access at the data centers: inherited from aws?', owner: 'aws', duty: 'general-physical-security', why: 'SSP is a document, PE-3 a control id' },
  // a tool's judgement and AWS's own authorization are not the workload's compliance as a whole
  { q: 'audit manager marks our platform compliant with pci, so aws vouches for it now?', owner: 'customer', why: "a tool's judgement" },
  { q: "who writes the poam for aws's own fedramp authorization", owner: 'aws', why: "AWS's own authorization" },
  { q: 'we installed the ssm agent on every box, so aws handles patching them now?', owner: 'customer', why: 'a tool, not the control as a whole' },
  // a Macie finding type is a Macie finding, not a GuardDuty one
  { q: 'Policy:IAMUser/S3BucketSharedExternally came in for the exports bucket, aws problem or ours?', owner: 'customer', duty: 'macie-findings-response', why: 'a Macie finding type' },
  { q: 'SensitiveData:S3Object/Financial flagged on a csv in the finance bucket: whose job to clean it up', owner: 'customer', duty: 'macie-findings-response', why: 'a Macie finding type' },
  // a runtime before "who" names the workload; the verb's object comes after it
  { q: 'asp.net core app on ecs fargate: who patches the host os', owner: 'aws', why: 'the host OS is the object of "patches"' },
  { q: 'our .net core api on fargate. who patches the host', owner: 'aws', why: 'the host is the object of "patches"' },
  { q: 'python lambda, who patches the runtime', owner: 'aws', why: 'the runtime is the object, after the verb' },
  // other vendors' video platforms and IoT clouds; moving off one is context
  { q: 'kaltura player on our site got an xss report, is that on aws?', owner: 'unknown', why: "another vendor's video platform" },
  { q: 'who patches the broker on our hivemq cloud cluster', owner: 'unknown', why: "another vendor's MQTT cloud" },
  { q: 'migrating our video library off brightcove into s3: who sets up the bucket policy', owner: 'customer', why: 'moving off a platform is context' },
  // function words of other languages mixed in; a regime of two words first; AWS's own places alone under a regime
  { q: 'patch management as a whole, ist das aws oder wir?', owner: 'shared', duty: 'general-patch-management-control', why: 'German function words carry nothing' },
  { q: 'PCI DSS for our card vault on eks + aurora, aws is level 1 so who owns it', owner: 'shared', duty: 'general-compliance-shared', why: 'a regime of two words first, the workload named' },
  { q: 'pci for the aws data centers, who gets audited', owner: 'aws', why: "AWS's own places alone" },
  // a name in CamelCase turned on is a name as a whole
  { q: 'if we turn on RDS QueryShieldGuard does aws own the sql injection filtering', owner: 'unknown', why: 'a made-up CamelCase name turned on' },
  // a Slack channel named in passing; digits are versions, not typos
  { q: 'per #sec-eng the iam access analyzer findings are on aws to triage?', owner: 'customer', why: 'a channel name is no product' },
  { q: 'python3.13 lambda in auto update mode: who applies the runtime patches', owner: 'aws', why: '"3.13" is a version' },
  // a part named before "lock it down" or "secure by default" is what is secured
  { q: 'the dynamodb table policy grants * to everyone. whose job is locking it down', owner: 'customer', why: 'the policy named before' },
  { q: 'api gateway stage has no authorizer and the resource policy is missing. isnt api gateway secure by default?', owner: 'customer', why: 'the parts named before' },
  // an organisation's own control ids and SOC 2 criteria are context; "front door" alone is no Azure product; a purpose is no feature name
  { q: 'For ctrl SEC-LOG-04 (SOC 2 CC7.2) please confirm who enables cloudtrail log file validation', owner: 'customer', why: 'control ids are context' },
  { q: 'the alb in front of our public front door app: who picks the tls security policy', owner: 'customer', why: '"front door" is a metaphor' },
  { q: 'please confirm who configures authorizers on the rest api for partner banking endpoints', owner: 'customer', why: 'a purpose, not a feature name' },
  // IT controls, written so or as a noun, are the model's shared controls (of a service, its configuration and IT controls)
  { q: 'our auditors ask who runs the IT controls for workloads on aws', owner: 'shared', duty: 'general-it-controls-shared', why: '"IT" written so' },
  { q: 'sqs queues in the card env: config and it controls, aws or us', owner: 'shared', duty: 'general-configuration-vulnerability-analysis', why: 'a service named' },
  { q: 'the bucket policy: it controls who can read. who writes it?', owner: 'customer', why: '"it" is a pronoun' },
  { q: 'control matrix row: Amazon Translate / configuration and vulnerability analysis / owner = ?', owner: 'shared', duty: 'general-configuration-vulnerability-analysis', why: "the page's topic named" },
  { q: 'polly, vulnerability analysis & management: aws or us', owner: 'shared', duty: 'general-configuration-vulnerability-analysis', why: "the page's topic named" },
  // the operating system on the hosts is the customer's where it runs its own; the virtualization layer is AWS's
  { q: 'rds custom for oracle: the linux on the ec2 host underneath, who patches it', owner: 'customer', why: "RDS Custom's host OS" },
  { q: 'ecs on ec2: the hypervisor and the physical servers under our container instances, whose', owner: 'aws', why: 'virtualization and hardware' },
  // a narrower setting stated beside the one it narrows
  { q: "our lambdas are on the 'Function update' runtime update mode and nobody has deployed them since last year, whose is the old runtime", owner: 'customer', duty: 'lambda-runtime-updates', why: 'the function is not updated' },
  // a letter, a time of day, a metric's CamelCase name and everyday abbreviations are no product names
  { q: 'efs access points so team A cannot read team B files, who sets them up', owner: 'customer', why: 'letters name teams' },
  { q: 'guardduty finding at 2am on our transcoder box, who investigates', owner: 'customer', why: 'a time and an everyday noun' },
  { q: 'an alarm on the lambda ConcurrentExecutions metric, who creates it', owner: 'customer', why: "a metric's name" },
  // open-source software on a machine in the office is no AWS service
  { q: 'the activemq box in our server closet, who patches it', owner: 'unknown', why: 'off AWS' },
  { q: 'the old san in our own dc needs firmware updates, who does that', owner: 'unknown', why: 'off AWS, "dc" for data centre' },
  { q: 'hardware refresh of the racks in our dc next year - whose responsibility', owner: 'unknown', why: 'off AWS, "dc" for data centre' },
  { q: 'the f5 boxes on prem, does aws patch them because they front our direct connect', owner: 'unknown', why: 'off AWS; the AWS service only in the reason' },
  { q: 'palantir foundry workspace permissions, who reviews them', owner: 'unknown', why: "a data platform hosted by its vendor" },
  // chat laughter is no product name
  { q: 'who shreds the old disks in aws data centres lmao, surely not us', owner: 'aws', why: '"lmao" is chat' },
  // file-sharing and meeting SaaS on their own
  { q: 'who encrypts the contracts we keep in dropbox', owner: 'unknown', why: "another vendor's SaaS" },
  { q: 'zoom cloud recording retention for our all-hands, who sets it', owner: 'unknown', why: "another vendor's SaaS" },
  { q: 'our grant files live on box.com, who backs them up', owner: 'unknown', why: "another vendor's SaaS" },
  // other vendors' SaaS on their own, and as context beside an AWS service
  { q: 'sendgrid transactional emails with customer addresses, who encrypts them', owner: 'unknown', why: "another vendor's SaaS" },
  { q: 'thingworx dashboards for the plant - who patches them', owner: 'unknown', why: "another vendor's product" },
  { q: 'stripe radar rules for card fraud, who tunes them', owner: 'unknown', why: "a payment provider's own product" },
  { q: 'our lambda calls the stripe api, who stores the stripe secret key', owner: 'customer', why: 'the provider is context beside Lambda' },
  { q: 'our lambda calls twilio to send sms, who secures the api key in the function', owner: 'customer', why: 'the vendor is context beside Lambda' },
  // the infrastructure under a named service, asked whose it is, with the customer's own resources named as where it is
  { q: 'a dead drive under our elasticache nodes, who swaps it', owner: 'aws', why: 'hardware under the service; "our nodes" only says where' },
  { q: 'the infra behind amazon translate, is it covered by aws', owner: 'aws', why: 'the infrastructure, covered by whom' },
  { q: 'the opensearch hardware underneath, whose job is that', owner: 'aws', why: 'hardware under the service' },
  { q: 'the infra under our rds instances, who patches our schema', owner: 'customer', why: 'the customer\'s schema is asked' },
  // security on AWS as a whole, with the talk around it (who said it, who asks) and nothing narrower
  { q: 'our cfo thinks that since we moved to aws, security is handled by them. true?', owner: 'shared', duty: 'general-security-on-aws', why: 'security as a whole, the CFO is talk' },
  { q: 'whose responsibility is security now that we are on aws', owner: 'shared', duty: 'general-security-on-aws', why: 'security as a whole' },
  { q: 'the board asked me: is the cloud secure or is that on us', owner: 'shared', duty: 'general-security-on-aws', why: 'security as a whole, the board is talk' },
  { q: 'who is responsible for the physical security of the buildings', owner: 'aws', duty: 'general-physical-security', why: 'a part of security named' },
  // a pronoun for the things named before it is not the service as a whole
  { q: 'we use direct connect for the plant, the aws hardware at the dx location and the dx api. security of those, all amazon?', owner: 'aws', why: '"those" stands for the AWS devices named' },
  // the place that holds the customer's things is AWS's facility (not on the customer's premises)
  { q: 'the facilities that host our sqs queues - who guards them at night', owner: 'aws', duty: 'general-physical-security', why: 'the place of what is ours' },
  { q: 'who checks badges at the buildings where our redshift clusters run', owner: 'aws', duty: 'general-physical-security', why: 'the place of what is ours' },
  { q: 'the building where our outposts rack sits, who guards it', owner: 'customer', why: "an Outpost stands in the customer's building" },
  // security as a whole with a reason after it: the reason's words ("managed services", "serverless") are no duty asked
  { q: 'security is pretty much amazons problem now, as everything we run is managed services, yes?', owner: 'shared', duty: 'general-security-on-aws', why: 'the duty came from the reason' },
  { q: 'security is all on aws because we only use managed services, right? who owns it', owner: 'shared', duty: 'general-security-on-aws', why: 'the duty came from the reason' },
  // a word of a service's name states no setting whose cue shares its stem ("secrets MANAGER" is no "MANAGED rotation")
  { q: 'secrets manager rotation cadence for our aurora app user password - who sets it up', owner: 'customer', duty: 'secrets-manager-rotation', why: '"manager" of the name is not "managed" of the cue' },
  { q: 'the aurora master secret is managed by aurora itself in secrets manager. who rotates it', owner: 'aws', why: 'stated outright' },
  // a stated setting decides between two close duties: the one it is a condition of
  { q: 'we pinned the runtime version (manual mode) on our nodejs lambdas; who gets them onto the patched runtime?', owner: 'customer', duty: 'lambda-runtime-updates', why: 'Manual mode is a condition of applying updates, not of publishing them' },
  { q: 'lambdas left on auto runtime updates, who gets them onto the new patched runtime version', owner: 'aws', duty: 'lambda-runtime-updates', why: 'Auto mode decides' },
  // a service's security as a whole in a sentence of its own, or before a pause
  { q: 'sqs security. thats entirely on amazon right?', owner: 'shared', why: 'the sentence ends after security' },
  { q: 'athena security: all aws or partly us', owner: 'shared', why: 'a colon ends it' },
  { q: 'security of eventbridge itself, my director wants a one word answer', owner: 'shared', why: 'a comma ends what is secured' },
  // "security" as the team doing something, and a thing noun across a comma, are not the service's security
  { q: 's3 server access logging is off on the uploads bucket, security is nagging about it. who was meant to turn it on', owner: 'customer', why: 'security is the team' },
  // a stated setting decides
  { q: 'lambda runtime management is FunctionUpdate and that function has not shipped in a year, who is on the hook for the old runtime', owner: 'customer', duty: 'lambda-runtime-updates', why: 'FunctionUpdate written as the API writes it, and not updated' },
  // a control matrix's topic shortened
  { q: 'kinesis firehose - config & vuln analysis, aws or customer?', owner: 'shared', why: 'configuration and vulnerability analysis, shortened' },
  // file formats, periods and people are words, not products
  { q: 'macie flagged passport numbers in a parquet file in our bucket, who acts on it', owner: 'customer', why: 'parquet is a file format' },
  { q: 'cloudwatch logs retention of 400d for our api logs, who sets it', owner: 'customer', why: '400d is a period' },
  // asked whether AWS does it by default, where the default is AWS's
  { q: 'are uploads to our s3 bucket encrypted by default or do we need to set something up', owner: 'aws', duty: 's3-default-encryption', why: 'SSE-S3 is the default' },
  { q: 'is encryption on by default for new ebs volumes or do we switch it on', owner: 'customer', why: 'EBS encryption by default is off unless the account turns it on' },
  // a clause between a service and a noun names no feature: a relative clause, a participle, three words in lower case,
  // and a verb that looks like a product's noun ("orchestrate" is not "orchestrator")
  { q: 'the lambda that computes features reads from s3, who patches its dependencies', owner: 'customer', why: 'a relative clause' },
  { q: 'the dynamodb table holding user features - who turns on pitr', owner: 'customer', why: 'a participle' },
  { q: 'step functions workflows orchestrate the claims flow, who sets the iam role of the state machine', owner: 'customer', why: 'a verb, not an orchestrator product' },
  // a setting named with a split word is no split of the work
  { q: 'split tunneling on our client vpn endpoint - who decides whether it is on', owner: 'customer', why: 'split tunnel is a Client VPN setting' },
  // SAP's words are words; SAP's own cloud offering is another vendor's
  { q: 'whose job is patching sap hana on our ec2 instances', owner: 'customer', why: 'SAP software the customer runs on EC2' },
  { q: 'under rise with sap, who patches the hana database', owner: 'unknown', why: "SAP's own managed offering" },
  // another vendor's interconnect is no AWS service
  { q: 'the megaport virtual router to our vpc, who patches it', owner: 'unknown', why: "another vendor's router" },
  // a premise saying what each side does, then a conclusion about the topic it opened with: the whole
  { q: 'api gateway throttling: aws enforces the account limits and we set stage limits on our apis. so who owns throttling?', owner: 'shared', why: 'concluded from both sides' },
  { q: 'aurora backups: aws takes the automated snapshots, we choose how long to keep them. so who owns aurora backups', owner: 'shared', why: 'concluded from both sides' },
  { q: 'ec2 patching: aws patches the host, we patch the guest os. so who patches the hypervisor?', owner: 'aws', why: 'a thing the premise never named' },
  { q: 'ec2 patching: aws patches the host, we patch the guest os. so who patches the guest os?', owner: 'customer', why: "one side's own words" },
  { q: 'glue jobs: aws runs the spark fleet and patches it, we pin the glue version and fix our scripts. patching = ?', owner: 'shared', why: 'a task named as a topic after both sides, though one clause uses its word' },
  { q: 'ha for our api on ecs - aws gives us regions and azs, we have to spread tasks across them. availability is whose responsibility?', owner: 'shared', why: 'the topic asked as a noun after both sides' },
  { q: 'opensearch domains: aws rolls out service software updates, we schedule them and upgrade the engine version. so patching here is whose', owner: 'shared', why: 'a topic noun with nothing else asked' },
  { q: 'lightsail patching: aws patches the host, we patch the guest os. so who patches the hypervisor?', owner: 'aws', why: 'a verb and an object the premise never named, not a topic noun' },
  { q: 'writing the control narrative for s3: who replaces the failed disks behind our buckets?', owner: 'aws', why: 'a control narrative is where the answer goes, not the shared control' },
  { q: 'for the ssp: who applies security patches to the hosts behind aurora', owner: 'aws', why: 'a system security plan is where the answer goes' },
  { q: 'whose control is configuration management when we run eks', owner: 'shared', why: 'the control as such' },
  { q: 'patch management on lightsail end to end, from the hypervisor all the way up to our wordpress plugins. whose is it', owner: 'shared', why: "the whole stack as a span, from AWS's side up to the customer's own" },
  { q: 'memorydb upgrades: aws ships the engine patches, we pick the window and approve the big version jumps. how does ownership land?', owner: 'shared', why: 'nothing asked after both sides but whose it is' },
  { q: 'efs backups: aws copies the data across azs, we decide whether aws backup runs on it. what do i put in the matrix for efs backup?', owner: 'shared', why: 'what to put in the matrix, after both sides' },
  { q: 'cloudfront tls row: aws terminates tls at the edge, we pick the security policy and certs. shared?', owner: 'shared', why: '"shared?" after both sides' },
  { q: 'opensearch: aws publishes the service software updates but someone has to schedule them. how would you classify patching there?', owner: 'shared', why: '"someone has to" is the customer\'s side; classifying asks whose' },
  { q: 'self-managed eks nodes on al2023: aws publishes the patched ami, we roll it out with our pipeline. so is node patching on aws or us?', owner: 'shared', why: '"on aws or us" asks whose; the node narrows the topic the premise split' },
  { q: "client wants hipaa for their app on aws. aws has its baa and attestations but the client must run its own safeguards. who's responsible for hipaa compliance of the app", owner: 'shared', why: 'the customer named in the third person is a side' },
  { q: 'soc 2 for our saas on aws: aws has its own soc reports for the infra, we have our app controls and policies. so?', owner: 'shared', why: 'the conclusion asked for, nothing more' },
  { q: 'dx resiliency: aws runs its devices at each location, the client orders a second link and runs their routers. owner of connectivity resilience?', owner: 'shared', why: 'the client as a side, the topic noun asked' },
  { q: 'tls on our alb: aws terminates it on the load balancer, we pick the security policy and certs. so tls on the listener is whose', owner: 'shared', why: '"whose" at the end asks' },
  { q: 'lambda runtime: aws publishes the patched runtimes, we redeploy on function update mode. so runtime patching on lambda is owned by?', owner: 'shared', why: '"owned by" asks, the shared duty of the service answers' },
  { q: 'the cloudwatch agent config and the iam keys baked into our golden ami for ec2, who secures those', owner: 'customer', why: 'the pronoun stands for the things named, not EC2' },
  { q: 'gitlab ci shared runners that deploy to our ecs cluster - who keeps those runner machines patched', owner: 'unknown', why: "the other vendor's thing opens the question and is what is asked" },
  { q: 'mailchimp vs ses for newsletters: on mailchimp who handles the sending domain reputation?', owner: 'unknown', why: 'asked on the other vendor after weighing it against AWS' },
  { q: 'tableau cloud or quicksight for dashboards - who keeps tableau cloud patched', owner: 'unknown', why: 'the vendor named again in what is asked' },
  { q: 'our finance team has tableau and excel installed on their workspaces, who keeps those apps updated', owner: 'customer', why: 'Tableau Desktop installed on a WorkSpace is software beside the service' },
  { q: 'the ava access policies for the contractor portal, who writes them', owner: 'customer', why: '"AVA" is AWS Verified Access' },
  { q: 'vsphere host running our storage gateway vm is losing disks. whose problem is the host', owner: 'customer', why: 'software the customer runs itself: its host is the customer\'s' },
  { q: 'the access key of our iam deploy user is on gitlab, who rotates it', owner: 'customer', why: 'a place the key is, not what is asked' },
  { q: 'dynamodb eternal vault for table backups, who manages its keys', owner: 'unknown', why: 'a word and a product noun no known name says together' },
  { q: "is there an rds 'patch shield' plugin? who would patch the engine if we turned it on", owner: 'unknown', why: 'a quoted name called a plugin' },
  // both parts stressed, or one owner wanted for a task with two sides
  { q: 'who patches the eks control plane AND the ubuntu worker nodes we launched ourselves', owner: 'shared', why: 'AND written in capitals' },
  { q: 'lambda: the managed runtime plus the npm packages we vendor in, one owner for patching please', owner: 'shared', why: 'one owner for two sides' },
  // AWS's hardware given as the reason is the misconception, not what is asked
  { q: 'who locks the cage our outposts rack sits in at our colo, surely aws since its their hardware', owner: 'customer', why: 'a reason clause' },
  // a generic technology beside another service named outright runs on that service
  { q: 'we self host redis on ec2 boxes, who keeps the os on them patched', owner: 'customer', why: 'redis on EC2 is not ElastiCache' },
  // AWS's certification given as the reason ("now that") for compliance as a whole
  { q: 'is hipaa compliance of our clinic portal aws\'s job now that aws is hipaa eligible? who owns it', owner: 'shared', why: 'the attestation as the reason' },
  // shorthands of research computing are words
  { q: 'our cfd jobs on hpc instances: who patches the firmware of those hosts', owner: 'aws', why: 'cfd is a word, not a product' },
  // other vendors' consoles and products, written with everyday words
  { q: 'veeam proxies in our vpc need patching, is that on aws', owner: 'unknown', why: "another vendor's backup product" },
  { q: 'vpc service controls around our bigquery datasets, who sets them up', owner: 'unknown', why: "Google Cloud's perimeter" },
  // the EC2 console's launch wizard names security groups "launch-wizard-N": no AWS Launch Wizard deployment
  { q: "the launch-wizard-7 group lets rdp in from anywhere, is aws supposed to stop that", owner: 'customer', why: 'a security group name' },
  // "tgw" is how people write Transit Gateway; an invented mode of it is refused
  { q: 'tgw geo-fenced routing mode keeps our traffic in the eu, whose job is checking it', owner: 'unknown', why: 'an invented Transit Gateway mode' },
  { q: 'who maintains the tgw route tables between our spoke vpcs', owner: 'customer', why: 'tgw is Transit Gateway' },
  // three Title-Case words after a service that make no name srm knows
  { q: 'does guardduty Silent Threat Vault keep findings from our auditors, who configures it', owner: 'unknown', why: 'an invented name of known words' },
  // shorthands of chat are no product names
  { q: 'org-wide trail in cloudtrail incl s3 data events: do we create it or is it on by default', owner: 'customer', why: '"incl" is including' },
  { q: 'background checks on aws data center staff - provider or us? (we check our own hires obv)', owner: 'aws', why: '"obv" is obviously' },
  { q: 'the auditors keep asking in their workpapers: who has the aws data centres independently examined', owner: 'aws', why: 'workpapers is an audit word' },
  // a list after a service is no feature name
  { q: 'sse-s3 on our backup bucket: who handles those keys (creation, storage, rotation)', owner: 'aws', why: 'a list in brackets' },
  // a product name made of "aws"/"amazon", a known word and a product noun, in lower case
  { q: 'amazon jumpbox manager for our vpcs - who patches the hosts it launches', owner: 'unknown', why: 'an invented AWS product' },
  // a finding's venue is not the task
  { q: 'an open rdp port on our security group was listed on the last pentest report, who fixes it', owner: 'customer', why: 'the report is where it was found' },
  // a hosting platform's machines the customer still has, asked of AWS
  { q: 'we still have 3 hetzner boxes syncing files into our s3 bucket, will aws keep them patched', owner: 'unknown', why: "another platform's servers" },
  // the section of a document being written is where the answer goes
  { q: "we're drafting the security section of our vendor questionnaire and need to say who patches the hosts under elasticache", owner: 'aws', why: 'a section being written' },
  // a mode across a sentence's end belongs to the service it is said of
  { q: 'our node lambdas trigger glue jobs. runtime update mode stays on auto. who gets the runtime patched', owner: 'aws', why: 'the mode is Lambda’s' },
  // points of presence
  { q: 'who guards the cloudfront pops physically, badge readers and all', owner: 'aws', why: 'PoPs are edge locations' },
  // "exec role" is the execution role
  { q: 'the ecs task exec role can read every secret in the account, who narrows it down', owner: 'customer', why: 'exec role' },
  // why it is asked, at the end
  { q: 'who keeps the hosts under our sqs queues patched? asking for the postmortem doc', owner: 'aws', why: 'a postmortem as the purpose' },
  // a telecom's own words are no product names
  { q: 'compliance of our 5g core on eks with telco regs like 3gpp scas: if aws is compliant, are we?', owner: 'shared', why: 'telecom words' },
  // a hosting platform's own thing, named after it and asked about again
  { q: 'the cron box is a linode nanode next to our rds, who keeps the nanode os patched', owner: 'unknown', why: "Linode's own machine" },
  // HashiCorp's cloud platform and a contact-centre cloud are other vendors
  { q: 'hcp vault peered to our vpc for app secrets, who upgrades the vault nodes', owner: 'unknown', why: "HashiCorp's platform" },
  { q: 'genesys cloud queues feed our amazon connect flows during the cutover, who patches genesys', owner: 'unknown', why: 'another contact-centre cloud' },  // chat abbreviations and library names are no product names
  { q: 'are the aws folks with datacenter badges background checked, or is vetting them on us for our pci reqs?', owner: 'aws', why: '"reqs" is requirements' },
  { q: 'one function sits on runtime update mode manual because of a pandas incompat, who gets it onto the newest runtime?', owner: 'customer', why: 'a library and "incompat"' },
  // a name corrected in brackets
  { q: 'who sets up the detectors of Amazon Guarddog (GuardDuty?) in our member accounts', owner: 'customer', why: 'the bracket corrects the name' },
  { q: 'our database (rds) minor version patching, who applies it with auto minor version upgrade on', owner: 'aws', why: 'a bracket naming the service keeps the word before it' },
  // the thing asked about is in the customer's own site, the AWS service only what it talks to
  { q: 'who keeps our on-prem Meditech boxes patched? they push extracts to s3 every night', owner: 'unknown', why: 'on-prem servers asked about' },
  { q: 'who patches our on prem servers? they run on ec2 now', owner: 'customer', why: 'they run on EC2 after all' },
  // the setting the asked clause names as its object
  { q: 'our pipeline sets enable key rotation on the aws/dynamodb key and it errors out. who rotates the aws managed keys then?', owner: 'aws', why: 'asked about AWS managed keys' },
  { q: 'we put our functions on runtime update mode manual. who is responsible for moving them to a newer runtime version?', owner: 'customer', why: 'the stated mode stands' },
  // a setting only doubted
  { q: 'we moved the cache to elasticache serverless last sprint. who patches it now — do we have to apply self-service updates ourselves?', owner: 'aws', why: 'self-service only doubted' },
  // vendors beside AWS
  { q: 'game servers on unity multiplay for the switch build, does aws patch those hosts or do we', owner: 'unknown', why: "Unity's hosting" },
  { q: 'the Ignition gateway on the plant floor needs its TLS cert renewed, who owns that under the aws model', owner: 'unknown', why: "Inductive Automation's SCADA" },
  // a vendor's endpoint sensor
  { q: 'who keeps the falcon sensors on our ec2 fleet updated, is that part of guardduty', owner: 'unknown', why: "CrowdStrike's sensor" },
  // the opposite of a managed service
  { q: 'we host self managed kafka on plain ec2 instances, not msk. who patches the os of those brokers?', owner: 'customer', why: '"self managed kafka" is not MSK' },
  // the customer's own site is the past, the question asks of AWS
  { q: 'in our old colo we degaussed every dead drive ourselves. in aws who wipes and destroys failed disks?', owner: 'aws', why: 'asked of AWS after the on-prem past' },
  // a setting only tried
  { q: 'our script attempted to enable automatic rotation on the aws/ebs key and it failed. so who rotates that key?', owner: 'aws', why: 'tried, not stated' },
  // an auditor's "control owner" and "control matrix" name the paperwork, not the model's shared control
  { q: 'filling in our control matrix, who is the control owner for patching the windows servers we run on ec2', owner: 'customer', why: '"control matrix" and "control owner": one service\'s duty' },
  { q: 'control owner for runtime patches on our lambda functions in auto mode? asking for the control matrix', owner: 'aws', duty: 'lambda-runtime-updates', why: '"control owner": the duty, in its setting' },
  { q: 'for the control register: is patch management one control both sides operate, aws or us?', owner: 'shared', duty: 'general-patch-management-control', why: 'the control as such' },
  // two words written as a name between the vendor's name and a product noun
  { q: 'who rotates the keys in AWS Tenant Isolation Manager', owner: 'unknown', why: 'no such AWS product' },
  { q: 'AWS Network Access Analyzer findings, who reviews them', owner: 'customer', why: 'a real analyzer' },
  // a generic technology beside another vendor is that vendor's
  { q: 'netlify serverless functions: who patches the node runtime', owner: 'unknown', why: "Netlify's functions, not Lambda" },
  { q: 'SharePoint Online retention labels, Microsoft or us?', owner: 'unknown', why: "Microsoft's service" },
  // a service brought in by "like" only to compare
  { q: 'oracle licences on rds custom - is it license-included like regular rds?', owner: 'customer', duty: 'rds-custom-oracle-licensing', why: '"like regular rds" compares' },
  // a service set aside at the end of its clause
  { q: 'postgres self-managed on ec2, no rds. who patches the db engine', owner: 'customer', why: '"no rds": the engine runs on EC2' },
  // a product's name after the vendor's is not corrected into a word (nor is a word after another vendor's product)
  { q: 'amazon metricsdb encryption who', owner: 'unknown', why: '"metricsdb" is no "metrics"' },
  { q: 'Salesforce Marketing Cloud shield encryption keys, whose job', owner: 'unknown', why: "Salesforce's Shield, not AWS Shield" },
  // a setting said not to be on
  { q: 'autopatchconfig was never set on our hyperpod instance groups, who rolls the new ami onto nodes', owner: 'customer', duty: 'sagemaker-hyperpod-node-patching', why: '"never set": not auto-patched' },
  // twenty-second round: a shared control named with no service and neither side's systems
  { q: 'who owns configuration management after our move out of the colo into aws', owner: 'shared', duty: 'general-configuration-management-control', why: 'the control, no side named' },
  { q: 'our assessor wants one owner per row: configuration management for the payment environment, aws or us?', owner: 'shared', duty: 'general-configuration-management-control', why: 'the control, no side named' },
  { q: 'configuration management of our ubuntu servers on aws, who does it', owner: 'customer', why: "the customer's systems named" },
  // another vendor's software at the customer's own site, with an AWS service only fed by it
  { q: 'the on-prem jira server that syncs into q business, who keeps that machine patched', owner: 'unknown', why: "Jira at the customer's site" },
  // Amazon Q's names are no "quick q"
  { q: 'q developer suggested code with a hardcoded password, whose job is reviewing it before merge?', owner: 'customer', why: '"q developer" is the service' },
  // attack and network jargon are words, not unknown products
  { q: 'sqli and csrf filtering in front of our api gateway - do we write those waf rules or does aws', owner: 'customer', duty: 'waf-web-acl-rules', why: 'sqli and csrf are attack names' },
  // a metric's name in PascalCase is no product
  { q: 'who gets notified when the ConnectionState metric of our direct connect link drops, aws or we set an alarm', owner: 'customer', why: 'a CloudWatch metric name' },
  // product nouns after a service and a known word, and after the vendor in lower case
  { q: 'does aws back up the dynamodb item vault for us', owner: 'unknown', why: 'no such DynamoDB feature' },
  { q: 'who configures the amazon tenant boundary manager for our org', owner: 'unknown', why: 'no such AWS product' },
  // an identity provider federated into an AWS service is context, not the product asked about
  { q: 'entra id is the identity source of our iam identity center: who decides which groups get which permission sets', owner: 'customer', why: 'Entra ID as the identity source' },
  { q: 'entra id conditional access policies, who configures them', owner: 'unknown', why: "a setting in Microsoft's tenant, no AWS service" },
  // one product noun in Title Case right after a service, in no name srm knows
  { q: 'who rotates the keys of the Amazon Kinesis Vault on our streams', owner: 'unknown', why: 'no such Kinesis feature' },
  { q: 'AWS Backup Vault Lock in compliance mode, who can delete the recovery points', owner: 'customer', why: 'a real Backup feature' },
  { q: 'does the lambda autopatch feature update our layers', owner: 'unknown', why: '"autopatch" names no Lambda feature' },
  { q: 'who patches oke node pools', owner: 'unknown', why: "Oracle's Kubernetes engine" },
  // whether a setting can be off states no setting
  { q: 'who rotates the aws/rds key, and can we turn its rotation off?', owner: 'aws', duty: 'kms-key-rotation', why: '"can we turn it off" asks, does not state' },
  // why it is asked, inside the question
  { q: 'the whole security picture of lambda for the soc 2 audit - is it all aws or split?', owner: 'shared', why: '"for the soc 2 audit" is the purpose' },
  // each side said as what something is
  { q: 'dynamodb: storage encryption is aws but iam policies are ours. whos responsible for securing it', owner: 'shared', why: 'both sides stated, then who owns it' },
  // another vendor named only after the question, which names an AWS service
  { q: 'who sets the retention of our aws backup plans? the old commvault box on prem is a separate story', owner: 'customer', duty: 'backup-plans', why: 'Commvault is told after the question' },
  // "docs" are documents
  { q: 'q business shows staff docs from a confluence space they cant open - whose setting is that', owner: 'customer', duty: 'amazon-q-business-access', why: '"docs" are documents' },
  // a noun only invented products are named with, within two words after the vendor's name
  { q: 'is the amazon audit sentinel enabled by default in new accounts', owner: 'unknown', why: 'no such AWS product' },
  { q: 'who keeps the aws document locker encrypted', owner: 'unknown', why: 'no such AWS product' },
  // an English word is not corrected by two edits into another word
  { q: 'pci scope: the checkout service on our ecs fargate tasks, who patches the container images', owner: 'customer', why: '"checkout" is not "checksum"' },
  // the last word of a Title-Case name after the vendor's is no typo of a word srm knows
  { q: 'does the AWS Host Integrity Attestor cover our ec2 fleet', owner: 'unknown', why: 'no such AWS product ("Attestor" is not "attests")' },
  { q: 'who reviews the reports from the AWS Nitro Attestor', owner: 'unknown', why: 'no such AWS product' },
  { q: 'who turns on the AWS Security Hub foundational best practices standard', owner: 'customer', why: 'a real standard, written in Title Case' },
  // a word between the vendor and "them" is what the vendor does
  { q: 'does aws yeets them automatically if our ec2 instances get compromised', owner: 'customer', why: '"yeets" is what AWS would do, not a product' },
  // two letters swapped in an English word, and a unit after a number, are no product names
  { q: 'who deletes stale iam acess keys after 2 yrs, asking for a freind', owner: 'customer', why: '"freind" is "friend", "yrs" years' },
  // a regulator's acronym is a word, not a product
  { q: 'for the DORA register: who destroys the disks that stored our data in aws facilities', owner: 'aws', why: 'DORA is a regulation' },
  // a place the question denies having is not where the thing runs
  { q: 'we have zero on prem servers, everything is in aws. who handles the physical security of the servers', owner: 'aws', why: '"zero on prem servers" denies the place' },
  // a determiner after "for" starts a purpose, not an engine's name
  { q: 'rds for our windows app - who patches the database engine', owner: 'aws', why: '"for our windows app" is what RDS is for' },
  // a service that reports on others is the messenger when it tells something
  { q: 'the aws health dashboard says our rds instance has a required os update pending, who applies it', owner: 'aws', duty: 'rds-required-maintenance', why: 'AWS Health only tells about RDS' },
  { q: 'aws health dashboard emailed a retirement notice for one of our ec2 instances - who moves the workload', owner: 'customer', why: 'AWS Health only tells about EC2' },
  // settings with different owners set side by side state neither
  { q: 'elasticache clusters: critical security updates versus the self service ones — whose are they?', owner: 'shared', duty: 'elasticache-service-updates', why: 'both kinds of update are asked about' },
  { q: 'documentdb: some engine patches are optional patches, some are required patches. who applies them?', owner: 'shared', duty: 'documentdb-patching', why: 'both kinds of patch are asked about' },
  // an auditor's "client" is the customer's side of a shared control
  { q: "awareness training: shared control or only the client's job? AWS trains its people, the client trains its staff", owner: 'shared', duty: 'general-awareness-training-control', why: 'both sides named, the control asked about' },
  // two English words run together before "cloud" or what it runs are a product's name
  { q: 'studentcenter cloud: who keeps the studentcenter app servers patched?', owner: 'unknown', why: 'not an AWS product' },
  // a regulator's requirements are compliance
  { q: "meeting our banking regulator's requirements (FFIEC guidance) for the warehouse: aws or us?", owner: 'shared', duty: 'general-compliance-shared', why: 'compliance under a regulator' },
  // "should've" is a word
  { q: "our rds db was left publicly accessible, aws should've blocked that right?", owner: 'customer', why: '"should\'ve" is no product' },
  // a generic noun after a service's name is that service's thing
  { q: 'lightsail instances from the wordpress blueprint - who patches wordpress and the os?', owner: 'customer', duty: 'lightsail-instance-patching', why: '"instances" are Lightsail\'s, not EC2\'s' },
  // "that control" about one part of a service that is AWS's alone is that part, not the model's control
  { q: 'the eks control plane - patching, ha across azs and replacing failed control plane instances: which party owns that control?', owner: 'aws', duty: 'eks-control-plane', why: 'the control plane is AWS\'s' },
  // a layer of an application before "tier" is no edition of the service
  { q: 'the amazon linux on our ec2 app tier - who keeps it patched? aws owns the hardware so i figured them', owner: 'customer', duty: 'ec2-guest-os-patching', why: '"app tier" is a layer of the application' },
  // endpoint management software at the customer's own office is not AWS's
  { q: 'we run sccm on a physical box in the branch office - who patches that server?', owner: 'unknown', why: 'on-premises Microsoft software' },
  // a service named only as what is not used ("not through bedrock") is not the one asked about
  { q: 'we call the cohere api straight from our code, not through bedrock: who protects our prompts there?', owner: 'unknown', why: "the model vendor's own API" },
  // keys and collections named after a service by words it does not know are no feature of it
  { q: 'opensearch serverless auto-purge collections - who maintains the purge rules', owner: 'unknown', why: 'no such OpenSearch Serverless feature' },
  { q: 'dynamodb shadow replica keys - who rotates them', owner: 'unknown', why: 'no such DynamoDB feature' },
  // "advanced security" is the name of Cognito's features, not security as a whole
  { q: 'cognito user pool threat protection, the thing formerly called advanced security: who switches it on and sets it to block?', owner: 'customer', why: 'a Cognito feature the customer turns on' },
  // a CI service hosted by its vendor is not AWS's
  { q: 'circleci stores our deploy keys in its contexts; who keeps them encrypted at rest', owner: 'unknown', why: "CircleCI's own storage" },
  // an engine AWS does not run, named after "for"
  { q: 'our vendor wants rds for quorbase, who applies the engine security patches', owner: 'unknown', why: 'RDS has no such engine' },
  { q: 'RDS for Meditech Expanse: who keeps that engine patched', owner: 'unknown', why: 'a capitalised name RDS does not run' },
  { q: 'who applies engine patches on rds for postgresql', owner: 'aws', why: 'an engine RDS runs' },
  { q: 'fsx for zettafs, who patches the file servers', owner: 'unknown', why: 'FSx has no such file system' },
  // an identity provider's own things are its vendor's, federated into AWS or not
  { q: "ping identity's own datacenter patching (we federate it into identity center), whose job", owner: 'unknown', why: "the IdP vendor's own infrastructure" },
  // a storage class of several words that S3 does not sell
  { q: 'we tier cold scans into the s3 glacier compliance vault storage class - who runs the fixity checks', owner: 'unknown', why: 'no such S3 storage class' },
  { q: 'who makes sure objects survive in the s3 glacier deep archive storage class', owner: 'aws', why: 'a real storage class: durability is AWS\'s' },
  // "custom images/bundles" of WorkSpaces are real things, not an edition
  { q: 'our custom workspaces images/bundles need the newest agent and windows patches baked in, whose job', owner: 'customer', why: 'custom WorkSpaces images are the customer\'s' },
  // a NAS appliance kept on premises
  { q: 'our qnap box in the office backs up to s3 - who patches the qnap firmware', owner: 'unknown', why: "another vendor's appliance on premises" },
  { q: 'rds enterprise ultra quantum grade edition - who patches it', owner: 'unknown', why: 'a long invented edition name' },
  // Kendra's editions are real editions
  { q: 'our kendra enterprise edition index - is keeping its infra redundant across azs on us?', owner: 'aws', why: 'Kendra Enterprise Edition is an edition Kendra sells' },
  // another vendor's own things, beside an AWS service it works with
  { q: "pagerduty's own servers get our cloudwatch alarms - who patches those servers", owner: 'unknown', why: "PagerDuty's own servers" },
  { q: "github's own runners infra behind our codepipeline source, who secures it", owner: 'unknown', why: "GitHub's own infrastructure" },
  // another cloud named in a sentence of its own, as what the customer knew before
  { q: 'azure functions patched everything silently. our lambdas sit on the auto runtime mode; who applies runtime security patches?', owner: 'aws', why: 'the Azure sentence is background: Lambda runtime updates in Auto mode are AWS\'s' },
  { q: 'dynamodb: who replicates the table data across azs? cosmos db did that for us', owner: 'aws', why: 'Cosmos DB in a sentence of its own after the question' },
  { q: 'we moved the api off our old heroku router. who patches the servers behind api gateway now?', owner: 'aws', duty: 'api-gateway-infrastructure', why: 'the customer left Heroku; the question is about API Gateway' },
  { q: 'on digitalocean we never thought about this. who patches the droplets?', owner: 'unknown', why: 'no AWS service is asked about: the droplets are the vendor\'s' },
  { q: 'mongodb atlas runs our orders db. who patches the database servers?', owner: 'unknown', why: 'the vendor\'s sentence names no AWS service and the question none either' },
  { q: 'our lambdas call mongodb atlas. who patches the atlas clusters?', owner: 'unknown', why: 'the vendor is named again in what is asked' },
  { q: 'we imported the cert into acm for the alb (it came from our old azure app gateway). who renews it?', owner: 'customer', why: 'an imported certificate, left from Azure: the customer renews it' },
  // Terraform's abbreviation is a word, not a service
  { q: 'our tf module never sets up etcd for eks, who keeps the eks control plane highly available', owner: 'aws', why: '"tf" is Terraform, no service' },
  // HashiCorp's hosted Terraform is another vendor's service
  { q: 'hcp terraform keeps our state files - who encrypts that state at rest, aws?', owner: 'unknown', why: "HCP Terraform is HashiCorp's SaaS" },
  { q: 'our plans run in terraform cloud: who patches the runners it executes them on', owner: 'unknown', why: "Terraform Cloud's own runners" },
  // a workload that runs on a service is no edition of it
  { q: 'patch management control for our ec2-based reporting tier - which side owns it', owner: 'shared', why: 'an EC2-based tier of the application, not a tier of EC2' },
  { q: 'the s3 hyperfrost tier - who makes it durable', owner: 'unknown', why: 'still no such S3 tier' },
  // keeping or erasing one's own data under a regime is narrower than compliance with it as a whole
  { q: 'retention and gdpr compliance for the call recordings we keep in s3 - aws or us?', owner: 'customer', why: 'how long the customer keeps its own data is its own' },
  // a colocation cage the customer rents is its own site
  { q: 'our outposts rack sits in a rented equinix cage. who controls who gets into the cage?', owner: 'customer', why: "the customer's own site, at a colocation provider" },
  // another vendor's cloud control plane
  { q: 'citrix cloud brokers our desktops next to appstream 2.0: who patches the citrix cloud control plane', owner: 'unknown', why: "Citrix Cloud is Citrix's service" },
  // a feature name coined as one hyphenated Title-Case compound
  { q: 'Audit Manager Auto-Certify — is control effectiveness signed off by aws once it is enabled?', owner: 'unknown', why: 'no such Audit Manager feature' },
  { q: 'S3 Object-Lock in compliance mode: who can delete the objects', owner: 'customer', why: 'a real S3 feature, written hyphenated' },
  // beside a directory, a DC is a domain controller, not a data centre
  { q: 'who keeps the dcs in our managed ad directory patched', owner: 'aws', why: 'AWS patches the domain controllers of AWS Managed Microsoft AD' },
  { q: 'who guards the physical dcs our ec2 instances run in', owner: 'aws', why: 'a DC with no directory named is a data centre' },
  // a sentence that only sets the scene of an audit is not the question
  { q: 'We are getting ready for our SOC 2 Type II audit and I am assigning an owner to each row of the risk register. Who sets the retention period on our CloudWatch log groups?', owner: 'customer', duty: 'cloudwatch-logs-retention', why: 'the audit sentence asks nothing; the second sentence does' },
  { q: 'Context: the SOC 2 auditors sampled this control and asked us for the named control owner, and the board wants the answer in writing. Who scopes the execution role of our Step Functions state machines to least privilege?', owner: 'customer', duty: 'step-functions-roles', why: 'the scene is not a question about audits' },
  { q: 'Context: our auditors sampled this control and asked for the named control owner. EKS with self-managed worker nodes on our own AMIs: who owns patching and hardening them?', owner: 'customer', why: '"this control" in the scene is not the model\'s patching control' },
  { q: 'For the statement of applicability I need to record whether this control is inherited or ours. On Fargate, who patches the libraries inside our container images?', owner: 'customer', duty: 'fargate-container-images', why: 'the scene sentence does not make it the patch-management control' },
  { q: 'Our auditor asked for the patch management control owner. Who owns it?', owner: 'shared', why: 'a scene sentence that names a control of the model is the question' },
  { q: 'The board wants the risk register updated. Who owns it for S3?', owner: 'unknown', why: 'without the scene sentence nothing would be asked, so it stays' },
  // what the answer is for, at the end
  { q: 'For our ISO 27001 statement of applicability I am mapping the physical controls for the estate on Amazon EC2. Please confirm who holds ownership of physical security of the data centres under our EC2 instances, so I can mark those controls as inherited in the risk register.', owner: 'aws', why: 'the purpose clause and the SoA name paperwork, not a task' },
  // a heading before the part asked about
  { q: 'Zone security: keeping prod and non-prod apart with transit gateway route tables - whose control?', owner: 'customer', why: 'the heading is not the VPC\'s security as a whole' },
  { q: 'EKS security: is it all on aws?', owner: 'shared', why: 'nothing narrower follows the heading' },
  // a control of the model with one service named, and a narrower act asked about
  { q: 'For the A.8.8 vulnerability management control: our lambdas run with the runtime update mode on Auto. Who applies the runtime security patches to them?', owner: 'aws', why: 'the Auto runtime update mode, not the control as a whole' },
  { q: 'vulnerability management control for our ec2-based billing tier - which side owns it', owner: 'shared', why: 'nothing is asked beyond the control itself' },
  // an article before a service's real edition is no edition
  { q: 'ddos protection for our cloudfront distributions - the free tier, shield standard - who runs it?', owner: 'aws', why: '"the" is no edition of CloudFront' },
  // region cities and shorthand for a sale are ordinary words
  { q: 'Our data sits in eu-south-1 (Milan) for GDPR. Who makes sure AWS does not move our content to another region?', owner: 'aws', why: '"Milan" is a region\'s city, not a service' },
  { q: 'resilience for bfcm as a whole, aws or us?', owner: 'shared', why: '"bfcm" is Black Friday / Cyber Monday' },
  // asked whether it counts as shared
  { q: 'config management: aws sets up its kit and we set up ours. does that count as a shared thing or is it all ours?', owner: 'shared', why: 'asks whether the control is shared as a whole' },
  // a setting the customer runs is not a system run off AWS
  { q: 'same setup, but with self-managed opt-outs switched on for the number: who answers the HELP and STOP texts now?', owner: 'customer', why: 'self-managed opt-outs are a setting, not an on-premises system' },
  // other vendors' products
  { q: 'our google maps api key leaked in the mobile app, who rotates it?', owner: 'unknown', why: 'Google Maps Platform is Google\'s' },
  { q: 'browserstack app live: after my session on a real iphone, who wipes the device?', owner: 'unknown', why: 'BrowserStack is another vendor\'s device cloud' },
  // a Title-Case name after "AWS" said to be turned on, naming nothing srm knows, even at a sentence's start
  { q: 'With AWS Leak Alert switched on, does AWS tell the regulator about our breach for us?', owner: 'unknown', why: 'no such AWS product' },
  { q: 'With Amazon GuardDuty Malware Protection turned on, who scans the volumes?', owner: 'aws', why: 'a real service and feature said to be turned on' },
  // a lower-case everyday word after "Amazon's" is what AWS owns, not a product
  { q: "Isn't resilience AWS's problem now that we're on the cloud? Our board thinks recovering our workloads after a disaster is entirely Amazon's lookout.", owner: 'shared', why: 'resilience as a whole; "lookout" is no Amazon Lookout service' },
  // a place the customer left, told in the past
  { q: 'who restricts which admins can change security groups and route tables? on-prem we had per-user command authorization on the firewalls', owner: 'customer', why: 'the on-premises setup is what they had, not what is asked' },
  // the whole stack, "hardware to app"
  { q: 'patch management for our ec2 fleet, hardware to app: aws, us, or both?', owner: 'shared', why: 'from AWS\'s layer to the customer\'s: the control as a whole' },
  // a question that points back at another vendor's product with "there"
  { q: 'A partner runs Google Cloud Backup and DR Service. Who configures the vault retention there?', owner: 'unknown', why: '"there" is the vendor\'s service' },
  // where AWS runs the database too, engine and OS are both AWS's
  { q: "In the risk register there is a line item for 'database engine and underlying OS patching' on Amazon DynamoDB, under technical vulnerability management. Who owns that patching for our tables?", owner: 'aws', why: 'DynamoDB runs both; not the shared control' },
  // "or both" after options that are not the sides
  { q: 'opensearch domain access: vpc only, public, or both - who decides that?', owner: 'customer', duty: 'opensearch-network-access', why: 'options of a setting, not owners' },
  { q: 'eks cluster endpoint: public, private or both, and which cidrs may reach it. whose decision', owner: 'customer', duty: 'eks-api-endpoint-access', why: 'options of a setting, not owners' },
  { q: 'guest os patching on our ec2 fleet: aws, us, or both?', owner: 'customer', why: '"or both" after the sides still asks for an owner' },
  // a name does not run across a sentence, nor into a product's own name
  { q: 'ddos on our cloudfront distro. the free shield standard layer 3/4 protection: is that automatic or do we switch it on', owner: 'aws', duty: 'shield-standard', why: 'Shield Standard is a product srm knows' },
  { q: 'cloudfront distro. baseline shield standard protection - on by default or ours to run', owner: 'aws', why: 'a sentence break ends the name after the service' },
  // everyday business systems are no services
  { q: 'found an old iam access key for the edi user in our ci. rotating user access keys, whose job', owner: 'customer', why: 'edi is an ordinary business word' },
  // a CamelCase identifier with a small word inside is a metric, not a feature name
  { q: 'partner-api-alb DaysToExpiry dropped to 5; the cert was imported into acm from our ca. who renews it', owner: 'customer', why: 'DaysToExpiry is an ACM metric' },
  // invented feature names in Title Case after the service
  { q: 'MSK Topic Vault snapshots - whose job to enable?', owner: 'unknown', why: 'no such MSK feature' },
  { q: 'who patches the EMR Shield Nodes in our cluster', owner: 'unknown', why: 'no such EMR feature' },
  { q: 'who turns on S3 Object Lock for our audit bucket?', owner: 'customer', why: 'a real S3 feature in Title Case' },
  // shared control, asked about its classification
  { q: 'Awareness and training: AWS trains its people and each customer trains its own workforce, so how is the control classified?', owner: 'shared', why: 'asks the classification of the control' },
  { q: 'each side trains its own staff, right? is security awareness training classified as a shared control', owner: 'shared', why: 'asks the classification of the control' },
  // "cw" for CloudWatch, before its logs and alarms
  { q: 'do we have to associate a kms key with the cw log group ourselves?', owner: 'customer', duty: 'cloudwatch-logs-kms-key-association', why: 'cw log group is CloudWatch Logs' },
  { q: 'cw alarms on the 5xx rate of the api: who sets them up', owner: 'customer', why: 'cw alarms are CloudWatch alarms' },
  // a department is no service
  { q: 'Our dept must report its carbon footprint. Sustainability of the workloads we run on AWS: whose job, AWS or ours, or shared?', owner: 'shared', duty: 'general-sustainability', why: 'dept is an ordinary word' },
  // a flavour of a service AWS names by what it is for
  { q: 'Amazon FSx for NSX: who configures the segments', owner: 'unknown', why: 'no FSx for NSX (NSX is a word srm knows, of Amazon EVS)' },
  { q: 'amazon fsx for netapp ontap: who takes the daily backups', owner: 'aws', why: 'a real FSx flavour, written with "amazon"' },
  { q: 'fsx for windows file server patching, aws or us', owner: 'aws', why: 'a real FSx flavour' },
  // VMware words beside the AWS service that runs them
  { q: 'on Amazon EVS, who patches ESXi and vCenter when a new VCF release comes out?', owner: 'customer', why: 'EVS is self-managed: the VCF lifecycle is yours' },
  { q: 'the tape gateway vm sits on our esxi cluster: who sizes the datastore and keeps the host up', owner: 'customer', why: 'the hypervisor host of an on-premises gateway is yours' },
  // what someone believes or asks of AWS is no statement of AWS's side
  { q: 'Case 881: managed platform updates are off on their Beanstalk environment, still on an old platform version. The customer assumed AWS patches it. Who applies platform updates?', owner: 'customer', why: 'a belief about AWS, not a premise of both sides' },
  { q: 'Customer on Fargate asks if AWS patches the old libraries in the images they push. Whose job?', owner: 'customer', why: 'a question about AWS, reported, is not AWS\'s side of a split' },
  { q: 'if aws handles the hypervisor and we handle the guest os, how is patch management split?', owner: 'shared', why: '"if" sets out both sides; it reports no belief' },
  // a person who "should" do something is no check title
  { q: 'one server in our outposts rack failed. we wonder if we should buy the part ourselves. who replaces it?', owner: 'aws', why: '"we should" is a question of a person, not a failing check' },
  // twenty-ninth round: accents, form labels, regimes after "for", names known of another service, vendors' keys and integrations
  { q: "Our hébergement checklist has a line for 'sécurité physique des centres de données': who guards the AWS data centers?", owner: 'aws', why: "a form's label in French names no product, and an accent is no break between words" },
  { q: "Our DORA register has a line for 'sécurité physique': who guards the buildings of eu-west-3?", owner: 'aws', why: "a form's label names no service" },
  { q: "our vendor form has field 'queueing infra patching' - for sqs whose?", owner: 'aws', why: "a form's field label is no feature's name" },
  { q: "the sqs questionnaire has an item called 'broker fleet hardening' - whose job for sqs", owner: 'aws', why: "a questionnaire item's label is no feature's name" },
  { q: 'rds mariadb for PCI: who turns on encryption at rest?', owner: 'customer', why: 'a regime after "for" is what the engine is used for, not an edition' },
  { q: 'does Glue Data Guard mask the PII in our ETL jobs, who configures it', owner: 'unknown', why: '"Data Guard" is an Oracle name srm knows of RDS, not of Glue' },
  { q: 'Kinesis Data Guard encrypts our streams, right? who configures it', owner: 'unknown', why: 'a known name is a feature of a service only when the service\'s own texts name it' },
  { q: 'who schedules the maintenance of Lambda Fleet Patch Manager', owner: 'unknown', why: '"Patch Manager" is Systems Manager\'s, not a name of Lambda' },
  { q: 'our mongodb atlas password is stored in secrets manager - who rotates it', owner: 'customer', why: "the customer's credential for another vendor, kept in an AWS service, is context" },
  { q: 'we will connect Commvault to our EVS environment for backups; who maintains that integration?', owner: 'customer', duty: 'evs-third-party-integrations', why: "another vendor's product joined to an AWS service: the integration is asked about" },
  { q: 'Klarna payments were down at peak, whose job to patch their servers, aws?', owner: 'unknown', why: '"their" points back at the vendor named before it, not at AWS named after' },
  { q: 'Exoscale SKS: who handles hypervisor patching there?', owner: 'unknown', why: "another provider's product named with capitals, and neither AWS nor an AWS service named" },
  { q: 'Hetzbox dedicated: who handles hypervisor patching there?', owner: 'unknown', why: 'an unknown product named with capitals, no AWS service: not the model\'s shared control' },
  { q: 'hyperpod: we did not set AutoPatchConfig on the worker group; who gets the security AMI onto the nodes?', owner: 'customer', why: 'a setting said not to have been set is not stated' },
  { q: 'Nakivo backup appliance, who applies its updates?', owner: 'unknown', why: "another vendor's backup product" },
  { q: 'Oracle Compute Cloud@Customer rack: who patches its hypervisor?', owner: 'unknown', why: "Oracle's cloud at the customer's site is another cloud" },
  { q: "control matrix row: 'Physical security -- S3 estate'. AWS or us?", owner: 'aws', why: "a control matrix row's label names no feature" },
  { q: "Config reported 'Unrestricted SSH access' on two security groups, is AWS fixing that or us?", owner: 'customer', why: "what a tool flagged or reported, quoted, is a check's title, not a feature" },
  { q: 'our datasync agent vm is running on our on-prem ESXi box, who patches that esxi host', owner: 'customer', why: "the host an AWS service's appliance runs on, at the customer's site, is the customer's" },
  { q: 'ecs (our GKE replacement, sort of) on fargate: who patches the host os under the tasks?', owner: 'aws', why: "another cloud's product named as what the AWS service replaces is context" },
  { q: 'cloudwatch logs, basically azure monitor for us now: who sets the retention on our log groups?', owner: 'customer', why: "another cloud's product the AWS service is likened to is context" },
  { q: "cloudtrail: who sets the retention of the org trail's s3 bucket (azure activity log kept 90 days by itself)", owner: 'customer', why: "another cloud's product in brackets after what is asked is an aside" },
  { q: 'sns (our pub/sub equivalent): who patches the servers that deliver messages?', owner: 'aws', why: "another cloud's product in brackets right after the AWS service's name is an aside" },
  { q: 'on google cloud run i never cared about who patched anything. on app runner, who patches the os under our service?', owner: 'aws', why: 'a sentence that only tells of a question about another cloud asks nothing' },
  { q: 'single-AZ aurora for Zentara Realty, is multi-az something aws enables for them?', owner: 'customer', why: "a client's company name is no product" },
  { q: 'the codebuild job uses aws/codebuild/amazonlinux as its image - who keeps that image patched', owner: 'aws', why: 'amazonlinux in an image name is Amazon Linux' },
  { q: 'Re Amazon EC2. Proposed clause: the Provider shall patch the guest operating system. Correct?', owner: 'customer', why: 'a capitalised word opening the next sentence is not part of the service name before it' },
  { q: 'configuration management: is it the aws side or ours?', owner: 'shared', why: 'one side offered against the other asks about the shared control as a whole' },
  { q: 'Heroku Postgres minor version patching — is that done like on RDS, aws handles it?', owner: 'unknown', why: "the AWS service named only as what another vendor's product is likened to" },
  { q: 'Linode LKE control plane upgrades: handled like EKS, by the provider?', owner: 'unknown', why: "the AWS service named only as what another vendor's product is likened to" },
  { q: 'bucket with customer PII went public through its bucket policy. AWS should have caught that, right? who owns it', owner: 'customer', why: "the customer's data is no party stating a side" },
  { q: "ec2 dedicated hosts: keeping our vms apart from other aws customers' vms on the same hardware. ours or aws's job?", owner: 'aws', why: "AWS's other customers are no AWS clause" },
  { q: 'GameLift fleets: configuration & vulnerability management of the fleet instances — which side?', owner: 'shared', why: "a generic noun beside a service named by name is that service's thing, not a second service" },
  { q: 'who configures Amazon S3 Intelligent-Tiering for the archive bucket', owner: 'customer', why: "a real feature's name (the catalogue) is no typo of another word nor an unknown product" },
  { q: 'does Amazon S3 Quick-Shred wipe the deleted objects for us?', owner: 'unknown', why: "a hyphenated name whose words the service's names have, but never together, is no feature of it" },
  { q: 'does aws patch the firmware on the upcoming graviton7 hosts', owner: 'unknown', why: 'a chip generation past the latest, even where its digits are read as a typo' },
  { q: 'who operates the AWS SOC 2 Evidence Vault for our audit', owner: 'unknown', why: 'a name written after "AWS" with a number in it, ending in a product noun, in no name srm knows' },
  { q: "lambda runtime update mode 'Turbo' - who applies runtime patches in it?", owner: 'unknown', why: "one quoted word named as a service's mode that is none of its modes" },
  { q: 'our ci builds OCI images and pushes them to ecr: who turns on scanning?', owner: 'customer', why: 'OCI images are the container format, not Oracle Cloud' },
  { q: 'kms customer managed key for the HRIS app: who rotates it?', owner: 'customer', why: "a business system's acronym names no service" },
  { q: 'iot sitewise warm tier for our plant telemetry: who configures its retention?', owner: 'customer', why: "a tier a service's real feature names name is no unknown edition" },
  { q: 'security of the cloud vs security in the cloud: which one is ours?', owner: 'customer', duty: 'general-security-in-the-cloud', why: 'both halves named, asked which one is whose' },
  { q: 'security OF the cloud or IN the cloud - which side is amazon\'s?', owner: 'aws', duty: 'general-security-of-the-cloud', why: 'both halves named, asked which one is whose' },
  { q: "'security OF the cloud' again - whose side, I always confuse of and in", owner: 'aws', duty: 'general-security-of-the-cloud', why: 'one half named by its name; "of and in" is a remark' },
  { q: 'security of the cloud and in the cloud, who owns it overall', owner: 'shared', duty: 'general-security-on-aws', why: 'both halves, no side asked: the whole' },
  { q: 'Inspector flagged CVEs on our EC2 SAP hosts, whose fix is that', owner: 'customer', duty: 'inspector-remediation', why: 'hosts named by what runs on them are the customer\'s machines, and the software no feature of EC2' },
  { q: 'who keeps the bastion hosts on ec2 patched', owner: 'customer', duty: 'ec2-guest-os-patching', why: 'hosts named by their role are instances' },
  { q: 'who patches the physical hosts under our ec2 instances', owner: 'aws', duty: 'ec2-host-maintenance', why: 'AWS\'s own hosts stay AWS\'s' },
  { q: 'we run IBM MQ on ec2. who patches it', owner: 'customer', why: "a software maker's product sharing a word with a service's name (IBM MQ) is no Amazon MQ" },
  { q: 'who patches the database engine of our Oracle RDS instances', owner: 'aws', why: 'a service sold for the maker\'s software stays the service (RDS for Oracle)' },
  { q: 'who configures the S3 CORS Rule Manager', owner: 'unknown', why: 'an acronym, then Title-Case words ending in a noun products are named with: one name, in none srm knows' },
  { q: 'who runs the CloudTrail API Replay Manager for us', owner: 'unknown', why: 'an acronym, then Title-Case words ending in a noun products are named with: one name, in none srm knows' },
  // industrial vendors' products
  { q: 'the schneider edge box on the line wants a firmware update, aws or us?', owner: 'unknown', why: "another vendor's industrial product" },
  { q: 'greengrass reads our siemens plc: who patches the greengrass core device os', owner: 'customer', why: 'the vendor is context beside Greengrass' },
];

describe('readings of context', () => {
  it.each(cases)('$q -> $owner ($why)', ({ q, owner, duty }) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe(owner);
    if (duty && a.owner !== 'unknown') expect(a.duty?.id).toBe(duty);
  });
});
