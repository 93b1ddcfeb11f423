import { dynamodbPhrasings } from './dynamodb.js';
import { rdsPhrasings } from './rds.js';
import { generalPhrasings } from './general.js';
import type { DutyPhrasing } from './types.js';
import { cachePhrasings } from './caches.js';
import { kmsPhrasings } from './kms.js';
import { acmPhrasings } from './acm.js';
import { identityPhrasings } from './identity.js';
import { secretsManagerPhrasings } from './secrets-manager.js';
import { systemsManagerPhrasings } from './systems-manager.js';
import { cloudtrailPhrasings } from './cloudtrail.js';
import { guarddutyPhrasings } from './guardduty.js';
import { cloudwatchPhrasings } from './cloudwatch.js';
import { searchWarehousePhrasings } from './search-warehouse.js';
import { nosqlPhrasings } from './nosql.js';
import { streamingPhrasings } from './streaming.js';
import { s3Phrasings } from './s3.js';
import { blockFilePhrasings } from './block-file.js';
import { computePhrasings } from './compute.js';
import { containerPhrasings } from './containers.js';
import { serverlessPhrasings } from './serverless.js';
import { premisesPhrasings } from './premises.js';
import { dataMovementPhrasings } from './data-movement.js';
import { analyticsPhrasings } from './analytics.js';
import { mlPhrasings } from './ml.js';
import { networkPhrasings } from './network.js';
import { edgePhrasings } from './edge.js';
import { webProtectionPhrasings } from './web-protection.js';
import { apiPhrasings } from './apis.js';
import { messagingPhrasings } from './messaging.js';
import { directoryIdentityPhrasings } from './directory-identity.js';
import { hsmCaPhrasings } from './hsm-ca.js';
import { governancePhrasings } from './governance.js';
import { findingsPhrasings } from './findings.js';
import { devtoolsPhrasings } from './devtools.js';
import { endUserPhrasings } from './end-user.js';
import { longTailPhrasings } from './long-tail.js';
import { storageDrPhrasings } from './storage-dr.js';
import { dataAppsPhrasings } from './data-apps.js';
import { researchPaymentsPhrasings } from './research-payments.js';
import { mediaPhrasings } from './media.js';
import { managedFlinkPhrasings } from './managed-flink.js';
import { mgnPhrasings } from './mgn.js';
import { healthPhrasings } from './health.js';

/** Every duty file's phrasings, one line each (test/knowledge/duties/<family>.ts beside src/knowledge/duties/<family>.ts). */
export const dutyPhrasings: readonly DutyPhrasing[] = [
  ...generalPhrasings,
  ...rdsPhrasings,
  ...dynamodbPhrasings,
  ...cachePhrasings,
  ...kmsPhrasings,
  ...acmPhrasings,
  ...identityPhrasings,
  ...secretsManagerPhrasings,
  ...systemsManagerPhrasings,
  ...cloudtrailPhrasings,
  ...guarddutyPhrasings,
  ...cloudwatchPhrasings,
  ...searchWarehousePhrasings,
  ...nosqlPhrasings,
  ...streamingPhrasings,
  ...s3Phrasings,
  ...blockFilePhrasings,
  ...computePhrasings,
  ...containerPhrasings,
  ...serverlessPhrasings,
  ...premisesPhrasings,
  ...dataMovementPhrasings,
  ...analyticsPhrasings,
  ...mlPhrasings,
  ...networkPhrasings,
  ...edgePhrasings,
  ...webProtectionPhrasings,
  ...apiPhrasings,
  ...messagingPhrasings,
  ...directoryIdentityPhrasings,
  ...hsmCaPhrasings,
  ...governancePhrasings,
  ...findingsPhrasings,
  ...devtoolsPhrasings,
  ...endUserPhrasings,
  ...longTailPhrasings,
  ...storageDrPhrasings,
  ...dataAppsPhrasings,
  ...researchPaymentsPhrasings,
  ...mediaPhrasings,
  ...managedFlinkPhrasings,
  ...mgnPhrasings,
  ...healthPhrasings,
];
