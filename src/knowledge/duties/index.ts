import type { DutyInput } from '../schema.js';
import { generalDuties } from './general.js';
import { dynamodbDuties } from './dynamodb.js';
import { rdsDuties } from './rds.js';
import { cacheDuties } from './caches.js';
import { kmsDuties } from './kms.js';
import { acmDuties } from './acm.js';
import { identityDuties } from './identity.js';
import { searchWarehouseDuties } from './search-warehouse.js';
import { computeDuties } from './compute.js';
import { nosqlDuties } from './nosql.js';
import { streamingDuties } from './streaming.js';
import { s3Duties } from './s3.js';
import { blockFileDuties } from './block-file.js';
import { dataMovementDuties } from './data-movement.js';

/** Every duty file, one line each (src/knowledge/duties/<family>.ts). */
export const dutyFiles: readonly (readonly DutyInput[])[] = [
  generalDuties,
  rdsDuties,
  dynamodbDuties,
  cacheDuties,
  kmsDuties,
  acmDuties,
  identityDuties,
  searchWarehouseDuties,
  computeDuties,
  nosqlDuties,
  streamingDuties,
  s3Duties,
  blockFileDuties,
  dataMovementDuties,
] as const;
