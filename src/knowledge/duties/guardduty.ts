import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const gd = guide('https://docs.aws.amazon.com/guardduty/latest/ug', 'Amazon GuardDuty User Guide');

const gettingStarted = gd('Getting started with GuardDuty', 'guardduty_settingup');
const protectionPlans = gd('Features of GuardDuty (protection plans)', 'guardduty-features-activation-model');
const dataSources = gd('GuardDuty foundational data sources', 'guardduty_data-sources');
const whatIs = gd('What is Amazon GuardDuty?', 'what-is-guardduty');
const remediate = gd('Remediating security issues based on GuardDuty findings', 'guardduty_remediate');
const suppression = gd('Suppression rules', 'findings_suppression-rule');

/**
 * Amazon GuardDuty: turning it on per account and Region and per protection
 * plan, the foundational data GuardDuty collects itself (no flow logs to
 * enable), AWS's detection models and threat intelligence, acting on
 * findings and suppression rules.
 */
export const guarddutyDuties: DutyInput[] = [
  {
    id: 'guardduty-enable',
    services: ['guardduty'],
    area: 'threat-detection',
    name: 'Turning GuardDuty on in every account and Region',
    owner: 'customer',
    why: 'GuardDuty is a Regional service that monitors nothing until you enable it: turning it on in each account and each Region (ideally for the whole organization through a delegated administrator) is yours.',
    aws: 'Runs the GuardDuty detectors you enable and, with auto-enable, turns it on for new organization member accounts.',
    customer: 'Enable GuardDuty in every account and Region, including Regions you do not use, with a delegated administrator and auto-enable for new accounts.',
    tool: 'GuardDuty delegated administrator and auto-enable; AWS Config guardduty-enabled-centralized',
    misconception: 'GuardDuty is not on by default: an account or Region where nobody enabled it has no threat detection at all.',
    phrases: ['enable guardduty', 'turn on guardduty', 'who turns on guardduty', 'enable threat detection', 'guardduty in every region', 'is guardduty on by default', 'activate guardduty', 'guardduty for all accounts', 'guardduty delegated administrator', 'set up guardduty', 'guardduty not enabled in an account', 'accounts without guardduty', 'guardduty missing in an acct', 'auto enable guardduty for new accounts', 'guardduty is off in that account', 'enable detectors', 'detectors in other regions', 'detector in each region', 'only enabled in one region', 'other regions we use'],
    source: gettingStarted,
  },
  {
    id: 'guardduty-protection-plans',
    services: ['guardduty', 's3', 'eks', 'ecs', 'ec2', 'rds', 'aurora', 'lambda'],
    area: 'threat-detection',
    name: 'Choosing GuardDuty protection plans',
    owner: 'customer',
    why: 'Beyond the foundational detection, each protection plan (S3 Protection, EKS Protection, Runtime Monitoring, Malware Protection for EC2 and S3, RDS Protection, Lambda Protection) is configured separately: choosing and enabling the ones your workloads need is yours.',
    aws: 'Runs the protection plans you enable (and manages the Runtime Monitoring agent when you choose automated agent configuration).',
    customer: 'Enable the protection plans that match your workloads in every account and Region, and keep them on for new accounts.',
    tool: 'GuardDuty organization auto-enable per protection plan',
    phrases: ['protection plans', 's3 protection', 'eks protection', 'runtime monitoring', 'malware protection', 'rds protection', 'lambda protection', 'guardduty features', 'extended threat detection', 'enable runtime monitoring', 'turn on runtime monitoring', 'enable a protection plan', 'runtime monitoring for our clusters'],
    source: protectionPlans,
  },
  {
    id: 'guardduty-security-agent',
    services: ['guardduty'],
    area: 'threat-detection',
    name: 'Installing and updating the Runtime Monitoring security agent',
    owner: 'shared',
    why: 'Runtime Monitoring needs the GuardDuty security agent on the resource: with automated agent configuration GuardDuty installs and updates it for you (for Amazon ECS on Fargate it is the only way); when you manage the agent manually, updating it for your account is yours.',
    aws: 'Installs, updates and removes the security agent (EKS add-on, ECS sidecar, EC2 agent) when automated agent configuration is on.',
    customer: 'Choose automated agent configuration, or install the agent and update it before its version reaches end of standard support (subscribe to the agent release feed).',
    phrases: ['guardduty agent', 'security agent', 'update the guardduty agent', 'runtime monitoring agent', 'aws-guardduty-agent add-on', 'agent version end of support', 'install the guardduty agent', 'guardduty eks add-on', 'eks addon', 'agent version eol', 'bump the agent version'],
    conditions: [
      { when: 'Automated agent configuration', owner: 'aws', cues: ['automated agent configuration', 'automated agent config', 'automated agent', 'guardduty manages the agent', 'fargate'], detail: 'GuardDuty deploys and updates the agent.' },
      { when: 'Agent managed manually', owner: 'customer', cues: ['manage the agent manually', 'manually managed agent', 'manual agent', 'installed the agent ourselves', 'self managed agent', 'installed manually', 'manually installed', 'installed + manually', 'add-on manually', 'addon manually', 'manual install'], detail: 'You install the agent and update it for your account.' },
    ],
    source: gd('Updating security agent manually for Amazon EKS resources', 'eksrunmon-update-security-agent'),
  },
  {
    id: 'guardduty-foundational-data',
    services: ['guardduty', 'vpc', 'route53'],
    area: 'threat-detection',
    name: 'Collecting the logs GuardDuty analyzes (flow logs, DNS, CloudTrail)',
    owner: 'aws',
    why: 'GuardDuty pulls VPC flow logs, DNS query logs and CloudTrail management events itself through independent, duplicate streams: it needs no VPC Flow Logs, Route 53 query logging or trail of yours, and your own log configuration is not changed.',
    aws: 'Collects and analyzes the foundational data sources directly from the services, without storing them in your account.',
    customer: 'Nothing to collect for GuardDuty itself; keep your own flow logs, query logs and trails only if you need the logs for your own investigations.',
    misconception: 'GuardDuty does not need your VPC Flow Logs or trails: it reads its own copy of the data, so flow logs created "for GuardDuty" add nothing.',
    phrases: ['guardduty data sources', 'does guardduty need vpc flow logs', 'flow logs for guardduty', 'flow logs for guardduty to work', 'need vpc flow logs for guardduty', 'guardduty without flow logs', 'guardduty dns logs', 'guardduty cloudtrail', 'foundational data sources', 'what logs guardduty uses', 'independent stream of logs', 'flow logs in every vpc for guardduty', 'so guardduty can see the traffic', 'flow logs and resolver query logging in every vpc', 'resolver query logging for guardduty'],
    source: dataSources,
  },
  {
    id: 'guardduty-detection-intelligence',
    services: ['guardduty'],
    area: 'threat-detection',
    name: 'Maintaining GuardDuty\'s intelligence feeds and machine learning models',
    owner: 'aws',
    why: 'GuardDuty\'s threat intelligence feeds (malicious IPs and domains, file hashes) and machine learning models are built and updated by AWS; you only add your own trusted IP and threat lists if you want.',
    aws: 'Maintains and updates threat intelligence, anomaly models and finding types.',
    customer: 'Optionally add trusted IP lists and threat lists of your own.',
    phrases: ['threat intelligence', 'threat intelligence feeds', 'guardduty ml models', 'machine learning models', 'update guardduty rules', 'malicious ip lists', 'finding types', 'threat lists', 'anomaly models'],
    source: whatIs,
  },
  {
    id: 'guardduty-findings-response',
    services: ['guardduty'],
    area: 'incident-response',
    name: 'Investigating and remediating GuardDuty findings',
    owner: 'customer',
    why: 'GuardDuty reports findings; it neither blocks attacks nor fixes resources. Triage, containment and remediation of what a finding describes (a compromised instance, exposed credentials, an unusual API caller) are yours.',
    aws: 'Generates findings with severity and details and publishes them to EventBridge and Security Hub.',
    customer: 'Route findings to responders (EventBridge, Security Hub), triage by severity, contain (isolate instances, revoke credentials) and remediate, with runbooks and automation.',
    tool: 'Amazon EventBridge, AWS Security Hub, Amazon Detective',
    misconception: 'A GuardDuty finding is a notice, not a fix: nothing is blocked or remediated unless you act on it.',
    phrases: ['guardduty findings', 'respond to guardduty findings', 'remediate findings', 'act on findings', 'guardduty alert', 'triage findings', 'does guardduty block attacks', 'guardduty remediation', 'isolate the instance automatically', 'automatically quarantine', 'auto isolate', 'does guardduty stop the threat', 'guardduty auto remediation', 'does aws quarantine it', 'quarantine the instance', 'who quarantines a compromised host', 'quarantine or respond ourselves', 'does guardduty quarantine', 'quarantine a compromised instance', 'quarantine it for us', 'crypto mining on a build server', 'compromised ci runner', 'block the source ip', 'will guardduty block', 'revoke the stolen session', 'stolen credentials used outside aws', 'finding on one of our instances', 'crypto miner on our instance', 'kill the cryptominer', 'cryptocurrency mining finding', 'miner found on a worker', 'terminate the mining process', 'clean up a compromised worker'],
    source: remediate,
  },
  {
    id: 'guardduty-automated-response',
    services: ['guardduty', 'eventbridge'],
    area: 'incident-response',
    name: 'Automating responses to GuardDuty findings with EventBridge',
    owner: 'customer',
    why: 'GuardDuty publishes every finding as an event to Amazon EventBridge; any automatic response (notifying responders, isolating an instance, disabling credentials) exists only as the EventBridge rules and targets you create, in every Region where GuardDuty runs, and keeping them enabled, permitted and tested is yours.',
    aws: 'Publishes findings and their updates to the default event bus of the Region and delivers matching events to the targets of your rules.',
    customer: 'Create the EventBridge rules and targets (Lambda, Step Functions, SNS, Systems Manager Automation) for the findings you act on, in each Region, keep them enabled, give their roles the permissions they need, alert when a rule is disabled or deleted, and test the automation.',
    tool: 'Amazon EventBridge, AWS Lambda, AWS Systems Manager Automation',
    misconception: 'GuardDuty has no built-in remediation: if the EventBridge rule that drives your automation is disabled, findings simply pile up unanswered.',
    phrases: ['eventbridge rule for guardduty findings', 'automated response to findings', 'auto remediation lambda', 'finding triggers a lambda', 'automated isolation of instances', 'remediation automation for findings', 'rule that routes findings', 'findings to eventbridge', 'disabled the remediation rule', 'keep the response automation running'],
    source: gd('Creating custom responses to GuardDuty findings with Amazon EventBridge', 'guardduty_findings_eventbridge'),
  },
  {
    id: 'guardduty-suppression-rules',
    services: ['guardduty'],
    area: 'threat-detection',
    name: 'Tuning findings with suppression rules and trusted lists',
    owner: 'customer',
    why: 'Suppression rules archive findings that match criteria you define (expected activity such as vulnerability scanners); deciding what is expected in your environment, and not hiding real threats, is yours.',
    aws: 'Applies your suppression rules, archiving matching findings automatically.',
    customer: 'Create narrow suppression rules for known benign activity and review them regularly.',
    phrases: ['suppression rules', 'suppress findings', 'false positives', 'archive findings', 'noisy findings', 'auto archive', 'tune guardduty', 'filter findings'],
    source: suppression,
  },
  {
    id: 'guardduty-malware-scan-snapshots',
    services: ['guardduty'],
    area: 'threat-detection',
    name: 'Cleaning up the EBS snapshots a Malware Protection for EC2 scan creates',
    owner: 'aws',
    why: 'Malware Protection for EC2 scans an instance by taking snapshots of its EBS volumes and scanning replica volumes made from them; with snapshot retention off (the default) GuardDuty deletes those snapshots and replica volumes after the scan. With snapshot retention on, GuardDuty keeps the snapshots of volumes where malware was detected in your account, and they are then yours to manage and delete.',
    aws: 'Creates the snapshots and replica volumes for the scan and, with snapshot retention off, deletes them when the scan ends.',
    customer: 'Choose the snapshot retention setting; with retention on, review, keep as evidence or delete the retained snapshots (and pay for their storage).',
    tool: 'GuardDuty Malware Protection for EC2 snapshot retention setting',
    phrases: ['malware scan snapshots', 'snapshots created by the malware scan', 'delete the scan snapshots', 'replica volumes of the scan', 'snapshot retention', 'leftover snapshots after a malware scan', 'clean up malware scan snapshots', 'guardduty snapshots'],
    conditions: [
      { when: 'Snapshot retention off (the default)', owner: 'aws', default: true, cues: ['snapshot retention off', 'snapshots retention off', 'retention turned off', 'retention disabled', 'without snapshot retention', 'no snapshot retention', 'default snapshot settings'], detail: 'GuardDuty deletes the snapshots and replica volumes it created once the scan completes.' },
      { when: 'Snapshot retention on', owner: 'customer', cues: ['snapshot retention on', 'snapshots retention on', 'snapshot retention enabled', 'enabled snapshot retention', 'turned on snapshot retention', 'retain the snapshots', 'retained snapshots', 'retain snapshots', 'retention with finding'], detail: 'GuardDuty keeps the snapshots of volumes where malware was found in your account; managing and deleting them is yours.' },
    ],
    source: gd('How GuardDuty scans EBS volumes for malware detection', 'guardduty_malware_protection-ebs-volume-data'),
  },
  {
    id: 'guardduty-findings-retention',
    services: ['guardduty', 's3'],
    area: 'threat-detection',
    name: 'Keeping GuardDuty findings longer than 90 days (exporting them to S3)',
    owner: 'customer',
    why: 'GuardDuty keeps generated findings for 90 days; to keep them longer, you configure GuardDuty to export findings to an S3 bucket of yours (encrypted with a KMS key), for each Region where GuardDuty runs. The bucket, its retention and access are yours.',
    aws: 'Stores findings for 90 days and, once you set up a publishing destination, exports new and updated findings to your S3 bucket.',
    customer: 'Configure the S3 export destination (bucket, KMS key, permissions) in every Region, set the bucket\'s lifecycle and retention to your evidence requirements, and control who can read it.',
    tool: 'GuardDuty findings export (publishing destination), S3 Lifecycle / Object Lock',
    misconception: 'GuardDuty is not a findings archive: after 90 days a finding is gone unless you exported it.',
    phrases: ['guardduty findings retention', 'keep guardduty findings longer', 'guardduty findings 90 days', 'export guardduty findings to s3', 'guardduty findings older than 90 days', 'archive guardduty findings in s3', 'findings disappear after 90 days', 'publishing destination', 'retain findings for a year', 'guardduty findings history'],
    source: gd('Exporting generated findings to Amazon S3', 'guardduty_exportfindings'),
  },
];
