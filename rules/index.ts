import type { Rule } from '../src/rules/define-rule.js';
import { cloudtrailAmiShared } from './cloudtrail-ami-shared.js';
import { cloudtrailAwsConfigChanges } from './cloudtrail-aws-config-changes.js';
import { cloudtrailBedrockModelAccessEnabled } from './cloudtrail-bedrock-model-access-enabled.js';
import { cloudtrailCmkDisabledOrDeleted } from './cloudtrail-cmk-disabled-or-deleted.js';
import { cloudtrailConsoleAuthFailures } from './cloudtrail-console-auth-failures.js';
import { cloudtrailConsoleSigninWithoutMfa } from './cloudtrail-console-signin-without-mfa.js';
import { cloudtrailEbsSnapshotShared } from './cloudtrail-ebs-snapshot-shared.js';
import { cloudtrailEc2InstanceConnectKeySent } from './cloudtrail-ec2-instance-connect-key-sent.js';
import { cloudtrailEc2InstanceCredentialsNewIp } from './cloudtrail-ec2-instance-credentials-new-ip.js';
import { cloudtrailEc2InstanceCredentialsUserIp } from './cloudtrail-ec2-instance-credentials-user-ip.js';
import { cloudtrailEc2PasswordDataRetrieved } from './cloudtrail-ec2-password-data-retrieved.js';
import { cloudtrailEc2SerialConsoleEnabled } from './cloudtrail-ec2-serial-console-enabled.js';
import { cloudtrailEc2UnusualInstanceType } from './cloudtrail-ec2-unusual-instance-type.js';
import { cloudtrailEc2UserDataModified } from './cloudtrail-ec2-user-data-modified.js';
import { cloudtrailEc2UserDataRead } from './cloudtrail-ec2-user-data-read.js';
import { cloudtrailEventSelectorsReduced } from './cloudtrail-event-selectors-reduced.js';
import { cloudtrailGuarddutyDisabled } from './cloudtrail-guardduty-disabled.js';
import { cloudtrailIamAccessKeyCreated } from './cloudtrail-iam-access-key-created.js';
import { cloudtrailIamAdminPolicyGranted } from './cloudtrail-iam-admin-policy-granted.js';
import { cloudtrailIamLoginProfileChanged } from './cloudtrail-iam-login-profile-changed.js';
import { cloudtrailIamPolicyChanges } from './cloudtrail-iam-policy-changes.js';
import { cloudtrailIamRoleTrustExternal } from './cloudtrail-iam-role-trust-external.js';
import { cloudtrailIamUserCreated } from './cloudtrail-iam-user-created.js';
import { cloudtrailKmsKeyPolicyPublic } from './cloudtrail-kms-key-policy-public.js';
import { cloudtrailLambdaCodeUpdated } from './cloudtrail-lambda-code-updated.js';
import { cloudtrailLambdaLayerAdded } from './cloudtrail-lambda-layer-added.js';
import { cloudtrailLambdaPermissionExternal } from './cloudtrail-lambda-permission-external.js';
import { cloudtrailLoggingStopped } from './cloudtrail-logging-stopped.js';
import { cloudtrailMfaDeviceRemoved } from './cloudtrail-mfa-device-removed.js';
import { cloudtrailNaclChanges } from './cloudtrail-nacl-changes.js';
import { cloudtrailNetworkGatewayChanges } from './cloudtrail-network-gateway-changes.js';
import { cloudtrailOrganizationLeft } from './cloudtrail-organization-left.js';
import { cloudtrailOrganizationsChanges } from './cloudtrail-organizations-changes.js';
import { cloudtrailRdsSnapshotShared } from './cloudtrail-rds-snapshot-shared.js';
import { cloudtrailRolesanywhereTrustAnchor } from './cloudtrail-rolesanywhere-trust-anchor.js';
import { cloudtrailRootAccessKeyCreated } from './cloudtrail-root-access-key-created.js';
import { cloudtrailRootAccessKeyUsed } from './cloudtrail-root-access-key-used.js';
import { cloudtrailRootAccountUsage } from './cloudtrail-root-account-usage.js';
import { cloudtrailRootConsoleLogin } from './cloudtrail-root-console-login.js';
import { cloudtrailRouteTableChanges } from './cloudtrail-route-table-changes.js';
import { cloudtrailRoute53ResolverQueryLoggingDeleted } from './cloudtrail-route53-resolver-query-logging-deleted.js';
import { cloudtrailS3BlockPublicAccessRemoved } from './cloudtrail-s3-block-public-access-removed.js';
import { cloudtrailS3BucketMadePublic } from './cloudtrail-s3-bucket-made-public.js';
import { cloudtrailS3BucketPolicyChanges } from './cloudtrail-s3-bucket-policy-changes.js';
import { cloudtrailSecretsBatchRetrievedByFilter } from './cloudtrail-secrets-batch-retrieved-by-filter.js';
import { cloudtrailSecretsBulkRetrieved } from './cloudtrail-secrets-bulk-retrieved.js';
import { cloudtrailSecurityGroupChanges } from './cloudtrail-security-group-changes.js';
import { cloudtrailSecurityGroupOpenToWorld } from './cloudtrail-security-group-open-to-world.js';
import { cloudtrailSsmParametersBulkDecrypted } from './cloudtrail-ssm-parameters-bulk-decrypted.js';
import { cloudtrailSsmSendCommand } from './cloudtrail-ssm-send-command.js';
import { cloudtrailSsmStartSession } from './cloudtrail-ssm-start-session.js';
import { cloudtrailStsFederationToken } from './cloudtrail-sts-federation-token.js';
import { cloudtrailTrailConfigChanges } from './cloudtrail-trail-config-changes.js';
import { cloudtrailUnauthorizedApiCalls } from './cloudtrail-unauthorized-api-calls.js';
import { cloudtrailVpcChanges } from './cloudtrail-vpc-changes.js';
import { cloudtrailVpcFlowLogsDeleted } from './cloudtrail-vpc-flow-logs-deleted.js';
import { guarddutyFinding } from './guardduty-finding.js';

/** Every detection rule, one line each (rules/<id>.ts). CIS CloudWatch.1-14 and CIS 4.15 first. */
export const rules: readonly Rule[] = [
  cloudtrailRootAccountUsage,
  cloudtrailUnauthorizedApiCalls,
  cloudtrailConsoleSigninWithoutMfa,
  cloudtrailIamPolicyChanges,
  cloudtrailTrailConfigChanges,
  cloudtrailConsoleAuthFailures,
  cloudtrailCmkDisabledOrDeleted,
  cloudtrailS3BucketPolicyChanges,
  cloudtrailAwsConfigChanges,
  cloudtrailSecurityGroupChanges,
  cloudtrailNaclChanges,
  cloudtrailNetworkGatewayChanges,
  cloudtrailRouteTableChanges,
  cloudtrailVpcChanges,
  cloudtrailOrganizationsChanges,
  cloudtrailRootAccessKeyCreated,
  cloudtrailRootAccessKeyUsed,
  cloudtrailRootConsoleLogin,
  cloudtrailIamUserCreated,
  cloudtrailIamAccessKeyCreated,
  cloudtrailIamLoginProfileChanged,
  cloudtrailIamAdminPolicyGranted,
  cloudtrailIamRoleTrustExternal,
  cloudtrailMfaDeviceRemoved,
  cloudtrailGuarddutyDisabled,
  cloudtrailS3BlockPublicAccessRemoved,
  cloudtrailS3BucketMadePublic,
  cloudtrailEbsSnapshotShared,
  cloudtrailAmiShared,
  cloudtrailRdsSnapshotShared,
  cloudtrailLoggingStopped,
  cloudtrailEventSelectorsReduced,
  cloudtrailSecurityGroupOpenToWorld,
  cloudtrailKmsKeyPolicyPublic,
  cloudtrailOrganizationLeft,
  cloudtrailVpcFlowLogsDeleted,
  // Beyond CIS: one rule per Stratus Red Team technique (docs/rules.md, coverage table).
  cloudtrailEc2PasswordDataRetrieved,
  cloudtrailEc2InstanceCredentialsNewIp,
  cloudtrailEc2InstanceCredentialsUserIp,
  cloudtrailSecretsBulkRetrieved,
  cloudtrailSecretsBatchRetrievedByFilter,
  cloudtrailSsmParametersBulkDecrypted,
  cloudtrailRoute53ResolverQueryLoggingDeleted,
  cloudtrailEc2UserDataRead,
  cloudtrailEc2UnusualInstanceType,
  cloudtrailEc2UserDataModified,
  cloudtrailSsmSendCommand,
  cloudtrailSsmStartSession,
  cloudtrailEc2InstanceConnectKeySent,
  cloudtrailEc2SerialConsoleEnabled,
  cloudtrailLambdaPermissionExternal,
  cloudtrailLambdaLayerAdded,
  cloudtrailLambdaCodeUpdated,
  cloudtrailRolesanywhereTrustAnchor,
  cloudtrailStsFederationToken,
  cloudtrailBedrockModelAccessEnabled,
  guarddutyFinding,
] as const;
