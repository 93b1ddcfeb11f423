import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const iam = guide('https://docs.aws.amazon.com/IAM/latest/UserGuide', 'IAM User Guide');

const bestPractices = iam('Security best practices in IAM', 'best-practices');
const rootUser = iam('Root user best practices for your AWS account', 'root-user-best-practices');
const mfa = iam('AWS Multi-factor authentication in IAM', 'id_credentials_mfa');
const tempCredentials = iam('Temporary security credentials in IAM', 'id_credentials_temp');
const passwordPolicy = iam('Set an account password policy for IAM users', 'id_credentials_passwords_account-policy');
const credentialReport = iam('Generate credential reports for your AWS account', 'id_credentials_getting-report');
const accessAnalyzer = iam('What is IAM Access Analyzer?', 'what-is-access-analyzer');
const resilience = iam('Resilience in IAM', 'disaster-recovery-resiliency');
const revokeSessions = iam('Revoke IAM role temporary security credentials', 'id_roles_use_revoke-sessions');
const roles = iam('IAM roles', 'id_roles');

/**
 * Identity: the account root user, MFA and credential rotation (long-term
 * access keys vs role credentials AWS rotates) are duties of identity in
 * general (`services: []`); least privilege, the password policy, credential
 * reviews, IAM Access Analyzer, role trust and session revocation are IAM's
 * (and STS's); so is the IAM service's own resilience.
 */
export const identityDuties: DutyInput[] = [
  {
    id: 'general-root-user-protection',
    area: 'root-account',
    name: 'Protecting the account root user',
    owner: 'customer',
    why: 'The root user\'s email, password, MFA device and any root access keys are credentials you hold: AWS cannot restrict what the root user does, so locking it down (MFA, no access keys, used only for the few tasks that need it) is yours.',
    aws: 'Authenticates the root user, supports MFA devices and passkeys for it, and lets AWS Organizations remove root credentials from member accounts.',
    customer: 'Turn on MFA for the root user, delete root access keys, keep the root email and password in a secure place, use the root user only for root-only tasks, and alarm on root sign-ins.',
    tool: 'IAM root user MFA; AWS Organizations centralized root access; AWS Config root-account-mfa-enabled',
    misconception: 'AWS secures the sign-in service, not your root credentials: whoever holds the root password and MFA device controls the account.',
    phrases: ['root user', 'root account', 'protect the root user', 'secure the root account', 'root credentials', 'root access keys', 'root password', 'lock away the root user', 'root user mfa', 'root login'],
    source: rootUser,
  },
  {
    id: 'general-mfa-for-users',
    area: 'root-account',
    name: 'Requiring MFA for human users',
    owner: 'customer',
    why: 'AWS supports MFA (passkeys and security keys, virtual authenticator apps, hardware TOTP tokens), but registering devices and requiring MFA for your IAM users and console users is your configuration.',
    aws: 'Supports MFA devices and evaluates aws:MultiFactorAuthPresent in policies.',
    customer: 'Require MFA for every human user (IAM Identity Center or IAM policies with aws:MultiFactorAuthPresent) and check with AWS Config iam-user-mfa-enabled.',
    tool: 'AWS Config iam-user-mfa-enabled, mfa-enabled-for-iam-console-access',
    phrases: ['mfa', 'multi factor authentication', 'enforce mfa', 'require mfa', 'two factor', '2fa', 'mfa for iam users', 'mfa devices', 'security keys', 'passkeys', 'authenticator app'],
    source: mfa,
  },
  {
    id: 'iam-least-privilege',
    services: ['iam'],
    area: 'iam',
    name: 'Granting least-privilege permissions (IAM policies, users, roles)',
    owner: 'customer',
    why: 'Which principals exist in your account and what their policies allow is yours: AWS enforces the policies you write but cannot know what each user, role or workload needs.',
    aws: 'Evaluates every request against your policies and offers managed policies, IAM Access Analyzer policy generation and last-accessed data.',
    customer: 'Grant only the permissions each user, role and workload needs, prefer roles over users, review with last-accessed information and Access Analyzer, and use permissions boundaries and SCPs as guardrails.',
    tool: 'IAM Access Analyzer policy generation, IAM last accessed information',
    phrases: ['least privilege', 'iam policies', 'iam permissions', 'who has admin access', 'administratoraccess', 'overly permissive policies', 'iam users and roles', 'grant permissions', 'permission boundaries', 'wildcard permissions', 'remove unused permissions'],
    source: bestPractices,
  },
  {
    id: 'general-credential-rotation',
    area: 'access-key-rotation',
    name: 'Rotating AWS credentials (access keys vs role credentials)',
    owner: 'shared',
    why: 'Long-term access keys of IAM users (and the root user) never expire: rotating, deactivating and deleting them is yours. Temporary credentials of IAM roles (instance profiles, Lambda and ECS task roles, assumed roles, IAM Identity Center) expire by themselves and AWS issues fresh ones, so there is nothing for you to rotate.',
    aws: 'Issues temporary role credentials that expire (15 minutes to 36 hours) and rotates instance profile credentials automatically before they expire.',
    customer: 'Prefer roles and temporary credentials; where access keys are unavoidable rotate them (at most 90 days), keep at most one active key per user and delete unused ones.',
    tool: 'IAM credential report, AWS Config access-keys-rotated',
    misconception: 'AWS never rotates IAM user access keys; only role credentials are temporary and renewed automatically.',
    phrases: ['rotate access keys', 'access key rotation', 'rotate credentials', 'credential rotation', 'rotate iam keys', 'access keys', 'long term credentials', 'temporary credentials', 'role credentials', 'rotate role credentials', 'rotate credentials of iam roles', 'key age', 'stale access keys', 'rotate temporary credentials', 'temporary credentials expire', 'credentials expire', 'expiration of temporary credentials'],
    conditions: [
      { when: 'Long-term access keys of IAM users or the root user', owner: 'customer', cues: ['access key', 'access keys', 'iam user keys', 'iam user access keys', 'long term credentials', 'long lived credentials', 'long lived keys', 'long lived access keys', 'long term keys', 'iam user + keys', 'aws_secret_access_key', 'secret access key', 'programmatic keys'], detail: 'Access keys never expire: rotate, deactivate and delete them yourself.' },
      { when: 'Temporary credentials of IAM roles', owner: 'aws', cues: ['temporary credentials', 'temporary security credentials', 'iam role credentials', 'iam roles + rotate', 'instance profile', 'instance profile credentials', 'lambda execution role', 'execution role credentials', 'assumed role credentials', 'sts credentials', 'session credentials', 'roles credentials', 'temp credentials', 'temp creds', 'credentials of the role', 'role attached to our ec2', 'assumerole'], detail: 'The credentials expire on their own and AWS (STS, the instance metadata service, Lambda, ECS) supplies fresh ones.' },
    ],
    source: tempCredentials,
  },
  {
    id: 'iam-aws-managed-policies',
    services: ['iam'],
    area: 'iam',
    name: 'Maintaining AWS managed policies (ReadOnlyAccess, job-function policies)',
    owner: 'aws',
    why: 'AWS managed policies are created and administered by AWS: AWS updates their permissions (for example when new API actions are launched) and you cannot edit them; choosing which to attach, and scoping your own customer managed policies for least privilege, is yours.',
    aws: 'Creates, versions and updates AWS managed policies, and announces the changes.',
    customer: 'Choose which managed policies to attach, watch their updates, and prefer customer managed policies scoped to what you need.',
    tool: 'IAM policy versions, AWS managed policy update notifications',
    phrases: ['aws managed policies', 'aws managed policy', 'job function policies', 'maintains the aws managed policies', 'when new actions come out', 'updates the aws managed policy', 'readonlyaccess', 'readonlyaccess policy', 'viewonlyaccess', 'securityaudit policy', 'when aws launches a new service', 'new service launches', 'update the managed policy for new services'],
    source: iam('AWS managed policies', 'access_policies_managed-vs-inline'),
  },
  {
    id: 'iam-password-policy',
    services: ['iam'],
    area: 'iam',
    name: 'Setting the account password policy for IAM users',
    owner: 'customer',
    why: 'Without a custom policy AWS applies a default password policy to IAM users; length, complexity, expiry and reuse rules that meet your standards are yours to set.',
    aws: 'Enforces the password policy you set (or the default one) when IAM users set passwords.',
    customer: 'Set a custom password policy (length, complexity, reuse prevention, expiry as your standard requires), or avoid IAM user passwords by federating with IAM Identity Center.',
    tool: 'AWS Config iam-password-policy',
    phrases: ['password policy', 'password complexity', 'password length', 'password expiration', 'password reuse', 'iam user passwords', 'console passwords', 'password requirements'],
    source: passwordPolicy,
  },
  {
    id: 'iam-credential-review',
    services: ['iam'],
    area: 'iam',
    name: 'Reviewing and removing unused users, keys and passwords',
    owner: 'customer',
    why: 'IAM generates the credential report and last-used data on request, but reviewing them and removing unused users, passwords, access keys and roles is yours.',
    aws: 'Generates the credential report (at most every four hours) and records when credentials and roles were last used.',
    customer: 'Review the credential report and last-accessed data regularly, disable credentials unused for 45–90 days and delete unused users and roles.',
    tool: 'IAM credential report, IAM Access Analyzer unused access findings, AWS Config iam-user-unused-credentials-check',
    phrases: ['credential report', 'unused credentials', 'unused access keys', 'inactive users', 'last used', 'last accessed', 'stale users', 'audit iam users', 'review iam users', 'unused roles', 'clean up unused roles', 'remove unused credentials', 'old credentials', 'delete unused iam users'],
    source: credentialReport,
  },
  {
    id: 'iam-access-analyzer',
    services: ['iam'],
    area: 'iam',
    name: 'Finding external and unused access (IAM Access Analyzer)',
    owner: 'customer',
    why: 'IAM Access Analyzer is a tool AWS provides: creating analyzers for your account or organization and acting on their findings (resources shared outside your zone of trust, unused access) is yours.',
    aws: 'Analyzes resource policies with automated reasoning and reports findings once you create an analyzer.',
    customer: 'Create an organization analyzer (external and unused access), review findings, archive the intended ones and fix the rest; validate policies before deploying them.',
    tool: 'IAM Access Analyzer',
    phrases: ['access analyzer', 'iam access analyzer', 'external access findings', 'resources shared outside the account', 'unused access findings', 'policy validation', 'zone of trust', 'analyze resource policies'],
    source: accessAnalyzer,
  },
  {
    id: 'iam-role-trust-policies',
    services: ['iam', 'sts'],
    area: 'iam',
    name: 'Deciding who can assume a role (trust policies)',
    owner: 'customer',
    why: 'A role\'s trust policy, which you write, decides which accounts, services and identity providers may assume it; AWS evaluates it but cannot know which third parties you intend to trust.',
    aws: 'Evaluates trust policies and condition keys (sts:ExternalId, aws:SourceArn, aws:SourceAccount) on every AssumeRole call.',
    customer: 'Trust only the principals that need the role, require an external ID for third parties and source conditions for services (confused deputy), and review cross-account roles with Access Analyzer.',
    tool: 'IAM Access Analyzer',
    phrases: ['trust policy', 'role trust policy', 'who can assume the role', 'cross account role', 'external id', 'confused deputy', 'third party access role', 'assume role permissions'],
    source: roles,
  },
  {
    id: 'iam-revoke-role-sessions',
    services: ['iam', 'sts'],
    area: 'iam',
    name: 'Revoking role sessions after credentials are exposed',
    owner: 'customer',
    why: 'Temporary credentials stay valid until they expire; when role credentials are exposed, revoking the active sessions (and fixing the cause) is yours to do.',
    aws: 'Offers "Revoke active sessions", which adds a deny for sessions issued before that time.',
    customer: 'Revoke the role\'s active sessions, rotate or remove the exposed credentials, and investigate with CloudTrail and GuardDuty.',
    tool: 'IAM Revoke active sessions (AWSRevokeOlderSessions)',
    phrases: ['revoke sessions', 'revoke active sessions', 'exposed temporary credentials', 'kill role sessions', 'invalidate credentials', 'compromised role', 'leaked temporary credentials', 'credentials leaked', 'role session leaked', 'revoke older sessions'],
    source: revokeSessions,
  },
  {
    id: 'sts-temporary-credential-expiry',
    services: ['sts', 'iam'],
    area: 'access-key-rotation',
    name: 'Expiry of STS temporary credentials',
    owner: 'aws',
    why: 'Temporary security credentials that AWS STS issues (AssumeRole, federation, GetSessionToken) have a limited lifetime and expire automatically, so you do not have to rotate them or explicitly revoke them when they are no longer needed; the session duration you request is yours to keep short.',
    aws: 'Issues credentials that stop working at expiry (15 minutes to 36 hours) and refuses them afterwards.',
    customer: 'Request short sessions (maximum session duration on the role), refresh credentials in the SDK, and revoke sessions if they leak.',
    phrases: ['temporary credentials expire', 'sts credentials expire', 'rotate temporary credentials', 'rotate sts credentials', 'assumerole credentials', 'session token expiry', 'temp credentials expire', 'rotate assumed role credentials'],
    source: tempCredentials,
  },
  {
    id: 'iam-service-resilience',
    services: ['iam', 'sts'],
    area: 'managed-infrastructure',
    name: 'Availability and security of the IAM and STS services themselves',
    owner: 'aws',
    why: 'IAM and STS are AWS services: AWS runs, secures and replicates them (the IAM control plane in one Region, its data plane and STS in every Region) as part of the AWS global infrastructure.',
    aws: 'Operates, patches and secures IAM and STS and keeps authentication available across Regions.',
    customer: 'Use Regional STS endpoints and design break-glass access; the service itself is not yours to run.',
    phrases: ['iam service availability', 'iam outage', 'is iam highly available', 'who runs iam', 'sts availability', 'security of the iam service', 'iam infrastructure', 'iam control plane'],
    source: resilience,
  },
  {
    id: 'iam-access-key-exposure',
    services: ['iam'],
    area: 'access-key-rotation',
    name: 'Keeping access keys from leaking (and AWS\'s exposed-key quarantine)',
    owner: 'shared',
    why: 'Protecting access keys is yours: never embed them in code or share them, prefer temporary credentials, and rotate or delete keys that leak. AWS helps as a backstop: when it finds an account\'s access key exposed publicly (for example in a public code repository) it notifies you and attaches the AWSCompromisedKeyQuarantineV2 managed policy to the IAM user to limit misuse; removing the exposed key and investigating its use is still yours.',
    aws: 'Scans public sources for exposed AWS access keys, notifies the account (AWS Health, email, support case) and applies the AWSCompromisedKeyQuarantineV2 policy.',
    customer: 'Keep keys out of code and repositories (use roles, IAM Identity Center, Secrets Manager), scan commits for secrets, and deactivate, delete and investigate any exposed key.',
    tool: 'IAM credential report, Amazon CodeGuru Reviewer / git-secrets, AWS Health, AWSCompromisedKeyQuarantineV2',
    misconception: 'AWS detecting a leaked key does not revoke it: the key stays valid until you deactivate or delete it.',
    phrases: ['leaked access keys', 'exposed access keys', 'access keys in a public repo', 'keys committed to github', 'keys pasted publicly', 'protect access keys from leaking', 'compromised access key', 'awscompromisedkeyquarantine', 'quarantine policy', 'secret in source code', 'keys leaked online'],
    source: iam('Manage access keys for IAM users', 'id_credentials_access-keys'),
  },
];
