import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const sm = guide('https://docs.aws.amazon.com/secretsmanager/latest/userguide', 'AWS Secrets Manager User Guide');

const managedRotation = sm('Managed rotation for AWS Secrets Manager secrets', 'rotate-secrets_managed');
const rotationFunctions = sm('Lambda rotation functions', 'rotate-secrets_lambda-functions');
const encryption = sm('Secret encryption and decryption in AWS Secrets Manager', 'security-encryption');
const accessControl = sm('Resource-based policies', 'auth-and-access_resource-policies');
const hardcoded = sm('Move hardcoded secrets to AWS Secrets Manager', 'hardcoded');
const rotateNow = sm('Rotate an AWS Secrets Manager secret immediately', 'rotate-secrets_now');
const replication = sm('Replicate AWS Secrets Manager secrets across Regions', 'create-manage-multi-region-secrets');

/**
 * AWS Secrets Manager: turning rotation on (managed rotation by RDS, Aurora,
 * Redshift and DocumentDB vs a Lambda rotation function vs none), writing
 * and patching rotation functions, encryption of stored secrets, access
 * policies, hard-coded credentials and cross-Region replicas.
 */
export const secretsManagerDuties: DutyInput[] = [
  {
    id: 'secrets-manager-rotation',
    services: ['secrets-manager', 'rds', 'aurora', 'redshift', 'documentdb'],
    area: 'secrets-management',
    name: 'Rotating secrets (turning rotation on, the schedule)',
    owner: 'customer',
    why: 'A secret you create in Secrets Manager is not rotated until you turn rotation on and choose a schedule. Secrets that RDS, Aurora, Redshift or DocumentDB manage for their master user get managed rotation (every 7 days by default for RDS); other secrets rotate through a Lambda rotation function that you deploy.',
    aws: 'Runs the rotation schedule you set and invokes the rotation function; for managed secrets the owning service rotates the credentials itself.',
    customer: 'Turn on rotation with a schedule for every secret, use managed rotation (ManageMasterUserPassword) for database master users, and watch rotation failures in CloudTrail/EventBridge.',
    tool: 'Secrets Manager rotation schedules; AWS Config secretsmanager-rotation-enabled-check',
    misconception: 'Storing a secret in Secrets Manager does not rotate it: rotation is off until you configure it (only secrets managed by RDS, Aurora, Redshift or DocumentDB rotate on their own).',
    phrases: ['rotate secrets', 'secret rotation', 'rotation schedule', 'rotate database credentials', 'rotate the database password', 'automatic rotation', 'rotate passwords in secrets manager', 'turn on rotation', 'rotate db password', 'rotate the master user password', 'master password rotation', 'managed rotation', 'rotation by lambda function', 'rotates a secret', 'rotate on its own', 'rotates them by itself', 'does secrets manager rotate', 'secret never changed'],
    conditions: [
      { when: 'Secret you created, rotation not configured (the default)', owner: 'customer', default: true, cues: ['rotation not configured', 'rotation isnt configured', 'rotation is not configured', 'rotation not enabled', 'rotation disabled', 'without rotation', 'never rotated', 'no rotation', 'rotation off', 'rotation schedule + rotation function', 'schedule + rotation lambda', 'schedule + rotation function', 'deploy the rotation lambda', 'deploy the rotation function', 'set up + rotation lambda', 'set up + rotation function', 'wire up + rotation lambda', 'wire up + rotation function', 'hook up + rotation lambda', 'regular secret', 'normal secret', 'plain secret', 'ordinary secret', 'secret we created ourselves', 'regular secret + rotation lambda', 'normal secret + rotation lambda', 'do we + rotation lambda', 'do we + rotation function', 'regular secret + not rds managed', 'normal secret + not rds managed', 'not rds managed + wire up + rotation lambda', 'not rds managed + set up + rotation lambda', 'not rds managed + do we + rotation lambda', 'not rds managed + by default', 'not rds managed + something we set', 'isnt rds managed + by default', 'not a managed secret + by default'], detail: 'Nothing rotates the secret until you configure rotation.' },
      { when: 'Managed rotation (secret managed by RDS, Aurora, Redshift or DocumentDB)', owner: 'aws', cues: ['managemasteruserpassword', 'manage master user password', 'manages the master user password', 'rds managed', 'master user secret', 'managed master password', 'secret created by rds', 'secret created by aurora', 'secret created by redshift', 'with managed rotation', 'uses managed rotation', 'using managed rotation', 'says managed rotation', 'shows managed rotation', 'set to managed rotation', 'on managed rotation', 'rds manages the secret', 'aurora manages the secret', 'redshift manages the secret', 'documentdb manages the secret', 'managed by rds itself', 'managed by aurora itself', 'managed by redshift itself', 'managed by documentdb + master', 'master credentials + managed in secrets manager', 'master credentials + managed in aws secrets manager', 'rotation managed by rds', 'rds managed rotation', 'rds rotates the master', 'aurora rotates the master', 'master + managed by secrets manager', 'admin + manage in secrets manager', 'admin + managed in secrets manager', 'admin credentials + secrets manager', 'managemasterpassword', 'manageadminpassword', 'managed admin password', 'managed admin credentials', 'managed master user password', 'managed master user credentials', 'managed master credentials', 'managed rotation'], detail: 'The managing service rotates the master user credentials on its schedule (7 days by default for RDS); you can change the schedule.' },
      { when: 'Rotation by a Lambda rotation function', owner: 'shared', cues: ['lambda rotation function', 'rotation lambda', 'rotation function', 'rotation template', 'not rds managed', 'isnt rds managed', 'not an rds managed', 'non rds managed', 'not a managed secret', 'isnt a managed secret'], detail: 'Secrets Manager invokes the function on your schedule; the function in your account, and whether it works, is yours.' },
      { when: 'Rotation by a custom Lambda function you wrote (no Secrets Manager template)', owner: 'customer', cues: ['custom rotation', 'custom rotation lambda', 'custom rotation function', 'our own rotation lambda', 'our own rotation function', 'rotation lambda we wrote', 'rotation function we wrote', 'hand written rotation'], detail: 'For a custom secret type you create and configure the rotation function yourself: its code, permissions, network access and failures are yours; Secrets Manager only calls it on your schedule.' },
    ],
    source: managedRotation,
  },
  {
    id: 'secrets-manager-rotate-exposed-secret',
    services: ['secrets-manager'],
    area: 'secrets-management',
    name: 'Rotating a secret at once after it was exposed or read by someone who should not have it',
    owner: 'customer',
    why: 'Rotate an AWS Secrets Manager secret immediately: besides its schedule, a secret with rotation configured can be rotated on demand (Rotate secret immediately in the console, or rotate-secret / RotateSecret), which you do when the value may be compromised; a secret without rotation configured must first have rotation set up, or its credential changed by hand at its source. Noticing the exposure (CloudTrail GetSecretValue events) and starting the rotation are yours: Secrets Manager does not rotate a secret because someone read it.',
    aws: 'Runs the rotation you start (invoking the rotation function or the managing service) and records GetSecretValue and RotateSecret calls in CloudTrail.',
    customer: 'Rotate the exposed secret immediately (RotateSecret), confirm applications picked up the new version, revoke the access that let it be read, and review CloudTrail for who called GetSecretValue.',
    tool: 'Secrets Manager RotateSecret (Rotate secret immediately), AWS CloudTrail',
    misconception: 'A rotation schedule does not react to a leak: the next scheduled rotation may be weeks away, so an exposed secret is yours to rotate now.',
    phrases: ['rotate it now', 'rotate immediately', 'rotate the secret immediately', 'rotate secret immediately', 'rotatesecret', 'rotate a compromised secret', 'compromised secret', 'exposed secret', 'leaked secret', 'secret was leaked', 'secret was read by an attacker', 'attacker read the secret', 'attacker called getsecretvalue', 'getsecretvalue by an attacker', 'secret value was stolen', 'unauthorized getsecretvalue', 'secret value read by the attacker', 'rotate after a leak', 'who rotates the leaked secret'],
    source: rotateNow,
  },
  {
    id: 'secrets-manager-rotation-function',
    services: ['secrets-manager'],
    area: 'secrets-management',
    name: 'Writing and patching the code of a rotation function',
    owner: 'customer',
    why: 'A rotation function runs in your account: when Secrets Manager has no template for your secret type you write it, and AWS says plainly that you are responsible for patching and updating the external binaries and libraries it uses.',
    aws: 'Publishes rotation function templates and invokes the function with the four rotation steps.',
    customer: 'Deploy the function from a template or write your own, keep its runtime, libraries and network access (VPC endpoints) current, and keep secrets out of its logs.',
    tool: 'Secrets Manager rotation function templates',
    phrases: ['custom rotation function', 'write the rotation function', 'write the rotation lambda', 'patch the rotation function', 'rotation function libraries', 'rotation function code', 'rotation function runtime', 'rotation function dependencies', 'writes and maintains the rotation lambda', 'rotation lambda for a third party api key', 'rotate a third party api key', 'rotation for a non database secret', 'maintains the rotation function', 'builds the rotation function', 'responsible for the rotation lambda', 'who codes the rotation lambda', 'responsible for the rotation lambda function', 'builds and maintains the rotation function', 'rotation function when rds or redshift does not manage it'],
    source: rotationFunctions,
  },
  {
    id: 'secrets-manager-encryption',
    services: ['secrets-manager'],
    area: 'secrets-management',
    name: 'Encrypting secret values at rest in Secrets Manager',
    owner: 'aws',
    why: 'Secrets Manager always encrypts secret values with envelope encryption under a KMS key, with the AWS managed key aws/secretsmanager unless you choose a customer managed key; with your own key, its policy and rotation are yours.',
    aws: 'Encrypts every secret version with a new data key under the KMS key and decrypts only for authorized callers.',
    customer: 'Choose a customer managed key where you need control over who can decrypt (and for cross-account access).',
    tool: 'AWS KMS',
    phrases: ['encrypt secrets', 'secrets encrypted at rest', 'secret encryption', 'encryption of secret values', 'aws/secretsmanager', 'are secrets encrypted', 'envelope encryption of secrets'],
    conditions: [
      { when: 'Customer managed KMS key', owner: 'shared', cues: ['customer managed key', 'cmk', 'cmks'], detail: 'Secrets Manager encrypts with your key; who may use it, its rotation and its deletion are yours.' },
      { when: 'AWS managed key aws/secretsmanager (the default)', owner: 'aws', default: true, cues: ['aws managed key', 'default key', 'default kms key', 'secretsmanager key'], detail: 'Secrets Manager encrypts with the AWS managed key; there is nothing to manage.' },
    ],
    source: encryption,
  },
  {
    id: 'secrets-manager-access-policies',
    services: ['secrets-manager'],
    area: 'secrets-management',
    name: 'Controlling who can read secrets (IAM and resource policies)',
    owner: 'customer',
    why: 'Which users, roles and accounts may call GetSecretValue is decided by the IAM policies and secret resource policies you write.',
    aws: 'Evaluates IAM and resource policies on every call, blocks broad resource policies when you ask it to, and logs access to CloudTrail.',
    customer: 'Grant GetSecretValue only to the workloads that need each secret, validate resource policies (BlockPublicPolicy) and review access with Access Analyzer and CloudTrail.',
    tool: 'Secrets Manager BlockPublicPolicy, IAM Access Analyzer',
    phrases: ['who can read the secret', 'secret resource policy', 'getsecretvalue permissions', 'access to secrets', 'share a secret with another account', 'secret permissions', 'restrict access to secrets', 'which roles can getsecretvalue', 'who can call getsecretvalue', 'which roles can get secret value', 'roles that can call get secret value', 'who can call get secret value', 'get secret value permissions', 'get secret value on the secret', 'allowed to get secret value', 'get secret value access', 'roles allowed to read the secret', 'which principals can read the secret', 'read access to a secret', 'who may fetch the secret', 'permission to retrieve the secret'],
    source: accessControl,
  },
  {
    id: 'secrets-manager-security-shared',
    services: ['secrets-manager'],
    area: 'secrets-management',
    name: 'Security of secrets in Secrets Manager as a whole',
    owner: 'shared',
    why: 'Security in AWS Secrets Manager is a shared responsibility: AWS protects the infrastructure that runs Secrets Manager (security of the cloud); who may read each secret (IAM and resource policies), turning rotation on, the KMS key you choose, replication, retrieving secrets safely in your code and monitoring access are yours (security in the cloud).',
    aws: 'Runs and secures the Secrets Manager service and answers only authorized callers, over TLS.',
    customer: 'Write least-privilege IAM and resource policies, turn on rotation, choose and protect the KMS key, keep secrets out of code and logs, and monitor GetSecretValue calls in CloudTrail.',
    tool: 'IAM Access Analyzer, AWS CloudTrail, AWS Config secretsmanager rules',
    misconception: 'Putting a secret in Secrets Manager does not make its security AWS\'s alone: who can read it and whether it rotates are yours.',
    phrases: ['security of our secrets', 'secrets manager security', 'security in secrets manager', 'secrets manager shared responsibility', 'secrets entirely aws job', 'our side of secrets manager', 'are our secrets safe in secrets manager', 'secrets manager responsibilities'],
    source: sm('Security in AWS Secrets Manager', 'security'),
  },
  {
    id: 'secrets-manager-infrastructure',
    services: ['secrets-manager'],
    area: 'managed-infrastructure',
    name: 'The Secrets Manager service fleet that stores and serves secrets',
    owner: 'aws',
    why: 'Infrastructure security in AWS Secrets Manager: as a managed service, Secrets Manager is protected by the AWS global network security, and under the shared responsibility model AWS protects the infrastructure that runs it. The servers, storage and network that store and serve secrets are run, patched and hardened by AWS; you reach the service only through its TLS APIs.',
    aws: 'Runs, patches, hardens and scales the hosts, storage and network of the Secrets Manager service in each Region.',
    customer: 'Nothing to patch in the service; control access to secrets (IAM and resource policies, VPC endpoints) and keep rotation and the KMS key in order.',
    misconception: 'Secrets Manager is not software you host: there is no server of yours behind it to patch, unlike a rotation Lambda function, which is yours.',
    phrases: ['secrets manager fleet', 'secrets manager service fleet', 'patch secrets manager', 'patches secrets manager', 'secrets manager infrastructure', 'servers secrets manager runs on', 'infrastructure behind secrets manager', 'secrets manager servers', 'secrets manager backend', 'secrets manager service itself', 'hosts behind secrets manager'],
    source: sm('Infrastructure security in AWS Secrets Manager', 'infrastructure-security'),
  },
  {
    id: 'general-hardcoded-credentials',
    area: 'secrets-management',
    name: 'Removing hard-coded credentials from code and configuration',
    owner: 'customer',
    why: 'Secrets in source code, images or plain environment variables are put there by you: replacing them with calls to Secrets Manager (and rotating anything already exposed) is yours.',
    aws: 'Provides the APIs, SDK caching clients and CodeGuru Reviewer detection of hard-coded secrets.',
    customer: 'Move hard-coded credentials into Secrets Manager, retrieve them at runtime, rotate the exposed ones and scan repositories for secrets.',
    tool: 'Amazon CodeGuru Reviewer secrets detector',
    phrases: ['hardcoded credentials', 'hard coded passwords', 'secrets in code', 'passwords in source code', 'credentials in environment variables', 'api keys in environment variables', 'secrets in git', 'api keys in code', 'plaintext passwords in config'],
    source: hardcoded,
  },
  {
    id: 'secrets-manager-replication',
    services: ['secrets-manager'],
    area: 'high-availability',
    name: 'Replicating secrets to other Regions',
    owner: 'customer',
    why: 'A secret lives in one Region unless you replicate it; choosing replica Regions for multi-Region applications and disaster recovery is yours, after which Secrets Manager keeps the replicas in sync.',
    aws: 'Keeps replica secrets synchronized with the primary, including rotated values.',
    customer: 'Replicate secrets that multi-Region or DR workloads need and promote a replica if the primary Region fails.',
    phrases: ['replicate secrets', 'multi region secrets', 'secret replicas', 'secrets in another region', 'secrets disaster recovery', 'promote a replica secret', 'region goes down', 'available in another region', 'regional outage'],
    source: replication,
  },
];
