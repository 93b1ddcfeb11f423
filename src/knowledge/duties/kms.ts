import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const kms = guide('https://docs.aws.amazon.com/kms/latest/developerguide', 'AWS KMS Developer Guide');

const rotation = kms('Rotate AWS KMS keys', 'rotate-keys');
const dataProtection = kms('Data protection in AWS Key Management Service', 'data-protection');
const customKeyStores = kms('Custom key stores', 'custom-key-store-overview');
const importConsiderations = kms('Special considerations for imported key material', 'importing-keys-considerations');
const keyPolicies = kms('Key policies in AWS KMS', 'key-policies');
const deletion = kms('Schedule key deletion', 'deleting-keys-scheduling-key-deletion');

/**
 * AWS Key Management Service: key rotation by key type, the HSMs behind the
 * default key store vs custom key stores, durability of generated vs imported
 * key material, key policies and grants, and key deletion.
 */
export const kmsDuties: DutyInput[] = [
  {
    id: 'kms-key-rotation',
    services: ['kms'],
    area: 'key-management',
    name: 'Rotating KMS key material',
    owner: 'shared',
    why: 'AWS KMS always rotates the key material of AWS managed keys every year and you cannot change that; a customer managed key is rotated automatically only once you have set automatic rotation on it (then on your rotation period, yearly by default), and keys with imported material or in a custom key store can only be rotated by you, manually.',
    aws: 'Rotates AWS managed keys every year; for customer managed keys with automatic rotation, generates new key material on schedule and keeps old material to decrypt existing data.',
    customer: 'Enable automatic rotation on every symmetric customer managed key (AWS Config cmk-backing-key-rotation-enabled), and rotate imported, asymmetric, HMAC and custom key store keys manually (create a new key and move the alias).',
    tool: 'KMS EnableKeyRotation; AWS Config cmk-backing-key-rotation-enabled',
    misconception: 'Only AWS managed keys rotate on their own: a customer managed key keeps the same key material until automatic rotation is set on it.',
    phrases: ['key rotation', 'rotate kms keys', 'rotate the key material', 'kms key rotation', 'automatic key rotation', 'rotate encryption keys', 'yearly key rotation', 'rotate cmk', 'key material rotation', 'who rotates the keys', 'enable key rotation', 'rotation period', 'rotate aws managed keys', 'do customer managed keys rotate', 'rotate automatically', 'aws owned keys rotation', 'turn on key rotation', 'rotate cmks'],
    conditions: [
      { when: 'Customer managed key, automatic rotation off (the default for new keys)', owner: 'customer', cues: ['customer managed key', 'customer managed keys', 'cmk', 'cmks', 'rotation disabled', 'rotation off', 'without automatic rotation', 'never rotated', 'enable key rotation', 'enable automatic rotation', 'enable automatic key rotation', 'enable rotation'], detail: 'Nothing rotates until you enable automatic rotation (or rotate manually).' },
      { when: 'AWS managed key (aws/<service>)', owner: 'aws', cues: ['aws managed key', 'aws managed keys', 'aws managed kms key', 'aws managed kms keys', 'aws ebs key', 'aws s3 key', 'aws rds key', 'aws lambda key', 'aws dynamodb key', 'aws sqs key', 'aws sns key', 'aws secretsmanager key', 'aws acm key', 'default key', 'default kms key', 'default encryption key', 'service default key'], detail: 'AWS KMS rotates the key material every year; you cannot enable, disable or change it.' },
      { when: 'AWS owned key (used by a service in its own account)', owner: 'aws', cues: ['aws owned key', 'aws owned keys', 'aws owned kms key', 'aws owned kms keys'], detail: 'The AWS service that owns the key decides its rotation; you cannot view or manage it.' },
      { when: 'Customer managed key with automatic rotation set', owner: 'aws', cues: ['automatic rotation enabled', 'automatic rotation is enabled', 'rotation already enabled', 'turned on automatic rotation', 'with automatic rotation'], detail: 'KMS generates new key material on your rotation period (365 days by default); you chose to enable it and can change the period.' },
      { when: 'Imported key material, asymmetric/HMAC key or custom key store', owner: 'customer', cues: ['imported key material', 'import key material', 'imported keys', 'byok', 'bring your own key', 'custom key store', 'cloudhsm key store', 'external key store', 'xks', 'asymmetric key', 'hmac key'], detail: 'Automatic rotation is not supported: rotate manually with a new key and alias.' },
    ],
    source: rotation,
  },
  {
    id: 'kms-hsm-operation',
    services: ['kms'],
    area: 'managed-infrastructure',
    name: 'Operating and securing the HSMs that hold KMS key material',
    owner: 'aws',
    why: 'In the default key store, AWS KMS generates and protects key material in FIPS 140-3 Security Level 3 validated hardware security modules that AWS operates; plaintext key material never leaves the HSMs, and HSM administration needs several Amazon employees with quorum-based access. With a custom key store the HSMs or external key manager are yours to run.',
    aws: 'Runs, patches and secures the KMS HSM fleet, keeps key material encrypted outside HSM memory and stores it durably.',
    customer: 'Nothing to operate for the default key store; cite the FIPS 140-3 certificate and AWS Artifact reports. With a custom key store, run the CloudHSM cluster or external key manager yourself.',
    tool: 'AWS Artifact (FIPS and SOC reports)',
    phrases: ['hsms behind kms', 'kms hsms', 'hardware security modules', 'fips 140 validated hsm', 'fips 140-3', 'who runs the hsm', 'hsm hardware', 'where key material is stored', 'plaintext key material', 'can aws employees see our keys', 'kms key store', 'secure the hsms', 'protect the hsms', 'hsms that hold kms keys', 'aws employees retrieve plaintext keys'],
    conditions: [
      { when: 'Default AWS KMS key store', owner: 'aws', default: true, cues: ['default key store', 'standard kms key', 'kms generated key material'], detail: 'AWS operates the HSMs that generate and protect the key material.' },
      { when: 'AWS CloudHSM key store', owner: 'shared', cues: ['cloudhsm key store', 'cloudhsm cluster', 'backed by cloudhsm', 'custom key store + cloudhsm'], detail: 'AWS provides the CloudHSM hardware; you own the cluster, its HSM users and capacity, and the availability of the keys.' },
      { when: 'External key store (XKS)', owner: 'customer', cues: ['external key store', 'xks', 'external key manager', 'our own hsm outside aws', 'keys outside aws'], detail: 'Your external key manager holds the key material and performs the cryptography: its availability, durability and security are yours.' },
    ],
    source: dataProtection,
  },
  {
    id: 'kms-key-material-durability',
    services: ['kms'],
    area: 'key-management',
    name: 'Durability and availability of key material',
    owner: 'aws',
    why: 'Key material that AWS KMS generates is stored encrypted in storage designed for 99.999999999% durability; for imported key material KMS does not keep the same durability, so keeping a copy and re-importing it is yours, and custom key stores make you responsible for the keys\' availability and durability.',
    aws: 'Keeps KMS-generated key material highly durable and available across Availability Zones.',
    customer: 'For imported key material keep a secure copy outside AWS to re-import; for custom key stores keep enough HSMs (or your external key manager) available.',
    phrases: ['key durability', 'lose the key material', 'key material durability', 'key availability', 'keep a copy of the key', 'key material lost'],
    conditions: [
      { when: 'Key material generated by AWS KMS (the default)', owner: 'aws', default: true, cues: ['kms generated key material', 'generated by kms', 'key material generated by aws', 'default key store'], detail: 'AWS KMS keeps the key material durable; there is nothing to back up.' },
      { when: 'Imported key material (BYOK)', owner: 'customer', cues: ['imported key material', 'import key material', 'imported keys', 'byok', 'bring your own key'], detail: 'KMS does not keep imported material at the same durability: keep your own copy to re-import.' },
      { when: 'Custom key store (CloudHSM or external)', owner: 'customer', cues: ['custom key store', 'cloudhsm key store', 'external key store', 'xks'], detail: 'The HSMs or external key manager hold the keys: their availability and durability are yours.' },
    ],
    source: customKeyStores,
  },
  {
    id: 'kms-imported-key-material',
    services: ['kms'],
    area: 'key-management',
    name: 'Generating, expiring and re-importing imported key material',
    owner: 'customer',
    why: 'With imported key material you generate it from a source of randomness that meets your requirements, choose whether and when it expires (KMS deletes it at expiry, making the key unusable) and re-import the same material to restore the key.',
    aws: 'Provides the wrapping public key and import token, stores the imported material and deletes it at the expiry you set.',
    customer: 'Generate the key material securely, keep a copy, track its expiry (ValidTo) and re-import before it expires.',
    tool: 'KMS GetParametersForImport / ImportKeyMaterial',
    phrases: ['imported key material', 'import key material', 'byok', 'bring your own key', 're-import the key', 'key material expiration', 'expired key material', 'generate our own key material', 'key material expiry'],
    source: importConsiderations,
  },
  {
    id: 'kms-key-policies',
    services: ['kms'],
    area: 'key-management',
    name: 'Key policies, grants and who may use or manage keys',
    owner: 'customer',
    why: 'Every KMS key has exactly one key policy; no principal, not even the account root user, has access unless a key policy, IAM policy or grant you write allows it. Deciding key administrators and key users is yours.',
    aws: 'Evaluates key policies, IAM policies and grants on every request and logs KMS API calls to CloudTrail.',
    customer: 'Write least-privilege key policies, separate key administrators from key users, limit grants, and review key access (IAM Access Analyzer finds keys shared outside your account).',
    tool: 'IAM Access Analyzer, AWS CloudTrail',
    phrases: ['key policy', 'key policies', 'kms grants', 'who can use the key', 'manage kms keys', 'kms key administration', 'key administrators', 'key users', 'kms permissions', 'access to kms keys', 'share a kms key with another account', 'kms key access'],
    source: keyPolicies,
  },
  {
    id: 'kms-key-deletion',
    services: ['kms'],
    area: 'key-management',
    name: 'Deleting KMS keys (pending deletion waiting period)',
    owner: 'customer',
    why: 'Deleting a KMS key is your decision and is irreversible once the waiting period (7–30 days, 30 by default) ends: data encrypted under it becomes unrecoverable. AWS enforces the waiting period; cancelling a mistaken deletion or disabling the key instead is yours.',
    aws: 'Enforces a 7–30 day waiting period in the PendingDeletion state, logs the scheduling and the deletion in CloudTrail, and deletes the key material at the end.',
    customer: 'Prefer disabling keys, restrict kms:ScheduleKeyDeletion, alarm on keys pending deletion and cancel mistakes within the window.',
    tool: 'KMS CancelKeyDeletion; CloudWatch alarm on use of a key pending deletion',
    phrases: ['delete a kms key', 'key deletion', 'pending deletion', 'schedule key deletion', 'waiting period', 'cancel key deletion', 'crypto shredding', 'disable a key', 'deleted key recovery'],
    source: deletion,
  },
];
