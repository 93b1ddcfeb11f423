import type { Check } from '../src/checks/define-check.js';
import { cloudtrailKmsEncryption } from './cloudtrail-kms-encryption.js';
import { cloudtrailLogFileValidation } from './cloudtrail-log-file-validation.js';
import { cloudtrailMultiRegionLogging } from './cloudtrail-multi-region-logging.js';
import { configRecorderEnabled } from './config-recorder-enabled.js';
import { ec2DefaultSecurityGroupClosed } from './ec2-default-security-group-closed.js';
import { ec2EbsDefaultEncryption } from './ec2-ebs-default-encryption.js';
import { ec2EbsSnapshotsNotPublic } from './ec2-ebs-snapshots-not-public.js';
import { ec2Imdsv2Required } from './ec2-imdsv2-required.js';
import { ec2NaclAdminPorts } from './ec2-nacl-admin-ports.js';
import { ec2SecurityGroupAdminPorts } from './ec2-security-group-admin-ports.js';
import { ec2VpcFlowLogs } from './ec2-vpc-flow-logs.js';
import { guarddutyEnabled } from './guardduty-enabled.js';
import { iamAccessKeysRotated } from './iam-access-keys-rotated.js';
import { iamConsoleUsersMfa } from './iam-console-users-mfa.js';
import { iamNoAdminPolicies } from './iam-no-admin-policies.js';
import { iamPasswordPolicy } from './iam-password-policy.js';
import { iamRootMfaEnabled } from './iam-root-mfa-enabled.js';
import { iamRootNoAccessKeys } from './iam-root-no-access-keys.js';
import { iamSupportRole } from './iam-support-role.js';
import { iamUnusedCredentials } from './iam-unused-credentials.js';
import { iamUserNoDirectPolicies } from './iam-user-no-direct-policies.js';
import { kmsKeyRotation } from './kms-key-rotation.js';
import { s3AccountPublicAccessBlock } from './s3-account-public-access-block.js';
import { s3BucketPublicAccessBlock } from './s3-bucket-public-access-block.js';

/** Every AWS check, one line each (checks/<id>.ts). */
export const checks: readonly Check[] = [
  cloudtrailKmsEncryption,
  cloudtrailLogFileValidation,
  cloudtrailMultiRegionLogging,
  configRecorderEnabled,
  ec2DefaultSecurityGroupClosed,
  ec2EbsDefaultEncryption,
  ec2EbsSnapshotsNotPublic,
  ec2Imdsv2Required,
  ec2NaclAdminPorts,
  ec2SecurityGroupAdminPorts,
  ec2VpcFlowLogs,
  guarddutyEnabled,
  iamAccessKeysRotated,
  iamConsoleUsersMfa,
  iamNoAdminPolicies,
  iamPasswordPolicy,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamSupportRole,
  iamUnusedCredentials,
  iamUserNoDirectPolicies,
  kmsKeyRotation,
  s3AccountPublicAccessBlock,
  s3BucketPublicAccessBlock,
] as const;
