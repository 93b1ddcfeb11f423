import { dynamodbPhrasings } from './dynamodb.js';
import { rdsPhrasings } from './rds.js';
import type { DutyPhrasing } from './types.js';
import { cachePhrasings } from './caches.js';
import { kmsPhrasings } from './kms.js';
import { acmPhrasings } from './acm.js';
import { identityPhrasings } from './identity.js';
import { searchWarehousePhrasings } from './search-warehouse.js';
import { nosqlPhrasings } from './nosql.js';
import { streamingPhrasings } from './streaming.js';
import { s3Phrasings } from './s3.js';
import { blockFilePhrasings } from './block-file.js';
import { computePhrasings } from './compute.js';
import { dataMovementPhrasings } from './data-movement.js';

/** Every duty file's phrasings, one line each (test/knowledge/duties/<family>.ts beside src/knowledge/duties/<family>.ts). */
export const dutyPhrasings: readonly DutyPhrasing[] = [
  ...rdsPhrasings,
  ...dynamodbPhrasings,
  ...cachePhrasings,
  ...kmsPhrasings,
  ...acmPhrasings,
  ...identityPhrasings,
  ...searchWarehousePhrasings,
  ...nosqlPhrasings,
  ...streamingPhrasings,
  ...s3Phrasings,
  ...blockFilePhrasings,
  ...computePhrasings,
  ...dataMovementPhrasings,
];
