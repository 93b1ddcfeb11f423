import type { AnyRemediation } from '../src/remediations/define-remediation.js';
import { cloudtrailStartLogging } from './cloudtrail-start-logging.js';
import { ec2EnableEbsEncryptionByDefault } from './ec2-enable-ebs-encryption-by-default.js';
import { ec2RevokeOpenIngress } from './ec2-revoke-open-ingress.js';
import { guarddutyArchiveFinding } from './guardduty-archive-finding.js';
import { guarddutyEnableDetector } from './guardduty-enable-detector.js';
import { iamDeactivateAccessKey } from './iam-deactivate-access-key.js';
import { s3BlockPublicAccess } from './s3-block-public-access.js';

/** Every remediation, one line each (remediations/<id>.ts). */
export const remediations: readonly AnyRemediation[] = [
  cloudtrailStartLogging,
  ec2EnableEbsEncryptionByDefault,
  ec2RevokeOpenIngress,
  guarddutyArchiveFinding,
  guarddutyEnableDetector,
  iamDeactivateAccessKey,
  s3BlockPublicAccess,
] as const;
