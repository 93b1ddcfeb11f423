import type { DutyInput } from '../schema.js';
import { generalDuties } from './general.js';
import { dynamodbDuties } from './dynamodb.js';
import { rdsDuties } from './rds.js';
import { cacheDuties } from './caches.js';
import { kmsDuties } from './kms.js';
import { acmDuties } from './acm.js';
import { identityDuties } from './identity.js';
import { secretsManagerDuties } from './secrets-manager.js';
import { systemsManagerDuties } from './systems-manager.js';
import { cloudtrailDuties } from './cloudtrail.js';
import { guarddutyDuties } from './guardduty.js';
import { cloudwatchDuties } from './cloudwatch.js';
import { searchWarehouseDuties } from './search-warehouse.js';
import { computeDuties } from './compute.js';
import { containerDuties } from './containers.js';
import { serverlessDuties } from './serverless.js';
import { premisesDuties } from './premises.js';
import { nosqlDuties } from './nosql.js';
import { streamingDuties } from './streaming.js';
import { s3Duties } from './s3.js';
import { blockFileDuties } from './block-file.js';
import { dataMovementDuties } from './data-movement.js';
import { analyticsDuties } from './analytics.js';
import { mlDuties } from './ml.js';
import { networkDuties } from './network.js';
import { edgeDuties } from './edge.js';
import { webProtectionDuties } from './web-protection.js';
import { apiDuties } from './apis.js';
import { messagingDuties } from './messaging.js';
import { directoryIdentityDuties } from './directory-identity.js';
import { hsmCaDuties } from './hsm-ca.js';
import { governanceDuties } from './governance.js';
import { findingsDuties } from './findings.js';
import { devtoolsDuties } from './devtools.js';
import { endUserDuties } from './end-user.js';
import { longTailDuties } from './long-tail.js';
import { storageDrDuties } from './storage-dr.js';
import { dataAppsDuties } from './data-apps.js';
import { researchPaymentsDuties } from './research-payments.js';
import { mediaDuties } from './media.js';
import { managedFlinkDuties } from './managed-flink.js';
import { mgnDuties } from './mgn.js';
import { healthDuties } from './health.js';

/** Every duty file, one line each (src/knowledge/duties/<family>.ts). */
export const dutyFiles: readonly (readonly DutyInput[])[] = [
  generalDuties,
  rdsDuties,
  dynamodbDuties,
  cacheDuties,
  kmsDuties,
  acmDuties,
  identityDuties,
  secretsManagerDuties,
  systemsManagerDuties,
  cloudtrailDuties,
  guarddutyDuties,
  cloudwatchDuties,
  searchWarehouseDuties,
  computeDuties,
  containerDuties,
  serverlessDuties,
  premisesDuties,
  nosqlDuties,
  streamingDuties,
  s3Duties,
  blockFileDuties,
  dataMovementDuties,
  analyticsDuties,
  mlDuties,
  networkDuties,
  edgeDuties,
  webProtectionDuties,
  apiDuties,
  messagingDuties,
  directoryIdentityDuties,
  hsmCaDuties,
  governanceDuties,
  findingsDuties,
  devtoolsDuties,
  endUserDuties,
  longTailDuties,
  storageDrDuties,
  dataAppsDuties,
  researchPaymentsDuties,
  mediaDuties,
  managedFlinkDuties,
  mgnDuties,
  healthDuties,
] as const;
