import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';
import { src } from '../sources.js';

const ssm = guide('https://docs.aws.amazon.com/systems-manager/latest/userguide', 'AWS Systems Manager User Guide');

const patchManager = src.patchManager;
const baselines = ssm('Predefined and custom patch baselines', 'patch-manager-predefined-and-custom-patch-baselines');
const agentUpdates = ssm('Automating updates to SSM Agent', 'ssm-agent-automatic-updates');
const sessionLogging = ssm('Logging session activity', 'session-manager-logging');
const parameterEncryption = ssm('AWS KMS encryption for AWS Systems Manager Parameter Store SecureString parameters', 'secure-string-parameter-kms-encryption');

/**
 * AWS Systems Manager: Patch Manager is AWS's tool, patching with it stays
 * the customer's (and AWS does not test the patches), patch baselines, major
 * OS upgrades, SSM Agent updates (auto-update on vs off), Session Manager
 * logging and Parameter Store SecureString.
 */
export const systemsManagerDuties: DutyInput[] = [
  {
    id: 'ssm-patch-manager-patching',
    services: ['systems-manager', 'ec2'],
    area: 'guest-os-patching',
    name: 'Patching managed instances with Patch Manager',
    owner: 'customer',
    why: 'Patch Manager is a tool AWS provides; deciding which nodes to patch, when (maintenance windows or patch policies), with which baseline, and checking that they end up patched stays yours for EC2 instances, edge devices and on-premises servers.',
    aws: 'Provides Patch Manager, predefined patch baselines and compliance reporting, and runs the patching operations you schedule.',
    customer: 'Create patch policies or maintenance windows that scan and install patches on every managed node, and act on non-compliant nodes.',
    tool: 'AWS Systems Manager Patch Manager (patch policies, Quick Setup), maintenance windows',
    misconception: 'Using Patch Manager does not make patching AWS\'s job: AWS provides the tool, you configure it, schedule it and own the result.',
    phrases: ['patch manager', 'patch our instances with patch manager', 'patch policies', 'patch the fleet', 'patch compliance', 'patching managed nodes', 'scan and install patches', 'automated patching', 'ssm patching', 'patch ec2 with systems manager', 'schedule patching', 'patching schedule', 'when patches get installed', 'does aws schedule the patching'],
    source: patchManager,
  },
  {
    id: 'ssm-patch-testing',
    services: ['systems-manager', 'ec2'],
    area: 'guest-os-patching',
    name: 'Testing patches before Patch Manager installs them',
    owner: 'customer',
    why: 'AWS states that it doesn\'t test patches before making them available in Patch Manager: testing them against your applications (and delaying production with auto-approval rules) is yours.',
    aws: 'Makes the publishers\' patches available in Patch Manager without testing them.',
    customer: 'Patch a test environment first, use auto-approval delays or approval dates in production baselines, and keep a rollback (AMIs, snapshots).',
    tool: 'Patch baselines (auto-approval delay, approved patches list)',
    misconception: 'AWS does not test operating system patches before Patch Manager offers them: a patch that breaks your application is caught only by your own tests.',
    phrases: ['test patches', 'tested patches', 'patch testing', 'does aws test patches', 'bad patch broke the server', 'validate patches before production', 'staging patches', 'patch approval delay'],
    source: patchManager,
  },
  {
    id: 'ssm-patch-baselines',
    services: ['systems-manager'],
    area: 'guest-os-patching',
    name: 'Choosing patch baselines and approval rules',
    owner: 'customer',
    why: 'Patch Manager ships a predefined (read-only) patch baseline per operating system; choosing it or creating custom baselines with your approval rules, exceptions and patch groups is yours.',
    aws: 'Publishes and maintains the predefined patch baselines.',
    customer: 'Pick or create a baseline per OS with classification, severity and auto-approval rules, and assign it to your nodes.',
    phrases: ['patch baseline', 'patch baselines', 'custom patch baseline', 'approval rules', 'patch groups', 'which patches get approved', 'choose a baseline', 'define the patch baselines', 'create a patch baseline', 'our custom baseline', 'custom baseline', 'baseline excludes', 'rejected patches', 'excluded patches', 'patch exclusions', 'approved patches list', 'baseline rules', 'rules in our baseline', 'patches skipped by the baseline', 'kernel patches excluded', 'patch baselines for our hosts', 'baseline for the bastion hosts', 'patch baselines for our servers'],
    source: baselines,
  },
  {
    id: 'ssm-predefined-patch-baselines',
    services: ['systems-manager'],
    area: 'guest-os-patching',
    name: 'Maintaining the predefined patch baselines (AWS-DefaultPatchBaseline and others)',
    owner: 'aws',
    why: 'Predefined and custom patch baselines: Patch Manager provides predefined baselines for each supported operating system (such as AWS-DefaultPatchBaseline and AWS-AmazonLinux2DefaultPatchBaseline) whose approval rules AWS writes and maintains; you cannot modify them, and to change approval rules you create a custom baseline, which is then yours.',
    aws: 'Writes and keeps current the approval rules of the predefined patch baselines.',
    customer: 'Use a predefined baseline as is, or copy it into a custom baseline with your own approval rules, exceptions and delays and set it as your default.',
    misconception: 'You cannot tweak a predefined baseline: changing approval rules means a custom baseline you own.',
    phrases: ['aws defaultpatchbaseline', 'defaultpatchbaseline', 'predefined patch baseline', 'predefined baseline', 'default patch baseline', 'aws managed patch baseline', 'predefined baseline approval rules'],
    source: baselines,
  },
  {
    id: 'ssm-session-manager-encryption-in-transit',
    services: ['systems-manager'],
    area: 'encryption-in-transit',
    name: 'Encrypting Session Manager session traffic in transit',
    owner: 'aws',
    why: 'Turn on KMS key encryption of session data: by default Session Manager encrypts the session data sent between your users\' machines and your managed nodes with TLS 1.2; encrypting it additionally with a KMS key you choose is an optional session preference, and that key is then yours to manage.',
    aws: 'Encrypts all session data in transit with TLS 1.2 by default.',
    customer: 'Optionally turn on KMS encryption of session data in Session Manager preferences and allow the users and instance profiles to use the key.',
    phrases: ['session manager encryption', 'session traffic encrypted', 'shell traffic encrypted', 'session data encrypted in transit', 'session manager tls', 'kms encryption for sessions', 'session preferences'],
    conditions: [
      { when: 'Default session preferences (TLS 1.2)', owner: 'aws', default: true, cues: ['default preferences', 'default prefs', 'no kms key', 'no kms key set', 'without a kms key', 'by default'], detail: 'Session Manager encrypts the session with TLS 1.2; nothing to set.' },
      { when: 'KMS encryption of session data turned on', owner: 'customer', cues: ['kms encryption of session data', 'enabled kms encryption', 'our kms key for sessions', 'kms key in session preferences'], detail: 'Session data is also encrypted with your KMS key; its policy and availability are yours.' },
    ],
    source: ssm('Turn on KMS key encryption of session data', 'session-preferences-enable-encryption'),
  },
  {
    id: 'ssm-service-infrastructure',
    services: ['systems-manager'],
    area: 'managed-infrastructure',
    name: 'Security and resilience of the Systems Manager service itself',
    owner: 'aws',
    why: 'Infrastructure security and resilience in AWS Systems Manager: the service is protected by AWS global network security and built on Regions and Availability Zones; its own servers, firewalls, patching and disaster recovery are AWS\'s, while your managed nodes, their SSM Agent and your documents are yours.',
    aws: 'Runs, patches, firewalls and recovers the Systems Manager service endpoints and back end across Availability Zones.',
    customer: 'Secure the managed nodes, their agents, instance profiles and your documents; reach the service over TLS (or VPC endpoints).',
    phrases: ['systems manager service itself', 'ssm infrastructure', 'ssm service firewall', 'ssm disaster recovery', 'ssm service resilience', 'not our nodes'],
    source: ssm('Infrastructure security in AWS Systems Manager', 'infrastructure-security'),
  },
  {
    id: 'ssm-os-major-upgrades',
    services: ['systems-manager', 'ec2'],
    area: 'guest-os-patching',
    name: 'Upgrading instances to a new major OS version',
    owner: 'customer',
    why: 'Patch Manager doesn\'t support upgrading major versions of operating systems (Windows Server 2016 to 2019, SLES 12 to 15): planning and running major OS upgrades or replacing the instances is yours.',
    aws: 'Installs updates within a major version only.',
    customer: 'Plan major OS upgrades: build new AMIs on the new version and replace instances, or run the vendor\'s in-place upgrade after taking snapshots.',
    tool: 'EC2 Image Builder, AWS Systems Manager Automation',
    phrases: ['major os upgrade', 'upgrade windows server 2016 to 2019', 'can patch manager upgrade the os version', 'patch manager major version upgrade', 'upgrade the os version', 'os version upgrade', 'end of life operating system', 'new major version of the os', 'in place os upgrade'],
    source: patchManager,
  },
  {
    id: 'ssm-agent-updates',
    services: ['systems-manager', 'ec2'],
    area: 'guest-os-patching',
    name: 'Keeping SSM Agent up to date',
    owner: 'customer',
    why: 'SSM Agent runs on your nodes: it is updated only if you update it (Run Command, a State Manager association) or turn on "Auto update SSM Agent", after which Systems Manager checks every two weeks and updates it.',
    aws: 'Releases new SSM Agent versions and, with auto-update on, updates the agent on your managed nodes.',
    customer: 'Turn on Auto update SSM Agent in Fleet Manager settings, or update the agent yourself after subscribing to release notifications.',
    tool: 'Fleet Manager "Auto update SSM Agent" (AWS-UpdateSSMAgent)',
    phrases: ['update ssm agent', 'ssm agent version', 'ssm agent updates', 'upgrade the ssm agent', 'outdated ssm agent', 'systems manager agent', 'amazon ssm agent'],
    conditions: [
      { when: 'Auto update SSM Agent turned off (the default)', owner: 'customer', default: true, cues: ['auto update off', 'auto update disabled', 'without auto update', 'no auto update', 'update the agent manually', 'manually update'], detail: 'The agent stays at its version until you update it.' },
      { when: 'Auto update SSM Agent turned on', owner: 'aws', cues: ['auto update enabled', 'auto update turned on', 'auto update ssm agent turned on', 'auto update ssm agent enabled', 'agent auto update enabled'], detail: 'Systems Manager checks for a new version every two weeks and updates the agent on your managed nodes.' },
    ],
    source: agentUpdates,
  },
  {
    id: 'ssm-session-logging',
    services: ['systems-manager', 'ec2'],
    area: 'api-logging',
    name: 'Logging Session Manager session activity',
    owner: 'customer',
    why: 'CloudTrail records that a session started, but the commands typed in a session are logged only if you configure Session Manager preferences to stream or send session output to CloudWatch Logs or S3.',
    aws: 'Records StartSession and TerminateSession in CloudTrail and delivers session logs where you configure them.',
    customer: 'Turn on session logging to an encrypted S3 bucket or CloudWatch Logs group, restrict who can start sessions, and keep the logs as long as your policy requires.',
    tool: 'Session Manager preferences (CloudWatch Logs / S3 logging)',
    phrases: ['session manager logging', 'log session commands', 'session logs', 'record ssm sessions', 'who ran what in session manager', 'session activity logging', 'audit shell sessions'],
    source: sessionLogging,
  },
  {
    id: 'ssm-parameter-store-encryption',
    services: ['systems-manager'],
    area: 'secrets-management',
    name: 'Encrypting values in Parameter Store',
    owner: 'customer',
    why: 'Parameter Store encrypts only SecureString parameters (with AWS KMS); String and StringList parameters are stored as plain text, so choosing SecureString for secrets is yours.',
    aws: 'Encrypts SecureString values with the KMS key you choose (aws/ssm by default) and decrypts them only for callers allowed to use the key.',
    customer: 'Store every secret as a SecureString, restrict ssm:GetParameter and kms:Decrypt, and move secrets that need rotation to Secrets Manager.',
    tool: 'Parameter Store SecureString, AWS KMS',
    phrases: ['parameter store', 'securestring', 'secure string parameter', 'encrypt parameters', 'ssm parameters', 'plain text parameters', 'store secrets in parameter store'],
    conditions: [
      { when: 'String or StringList parameter (the default type)', owner: 'customer', default: true, cues: ['string parameter', 'stringlist', 'plain text parameter', 'plaintext parameter', 'not securestring'], detail: 'The value is not encrypted: use SecureString for anything sensitive.' },
      { when: 'SecureString parameter', owner: 'aws', cues: ['securestring', 'secure string', 'securestring parameter', 'securestring parameters', 'secure string parameter', 'secure string parameters'], detail: 'Parameter Store encrypts the value with AWS KMS; access to the key and parameter stays yours to restrict.' },
    ],
    source: parameterEncryption,
  },
];
