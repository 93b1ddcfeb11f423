import type { Trail } from '@aws-sdk/client-cloudtrail';
import { account } from './helpers.js';

export function trail(name: string, over: Partial<Trail> = {}): Trail {
  return {
    Name: name,
    TrailARN: `arn:aws:cloudtrail:us-east-1:${account}:trail/${name}`,
    S3BucketName: `aws-cloudtrail-logs-${account}-example`,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: false,
    HomeRegion: 'us-east-1',
    LogFileValidationEnabled: false,
    HasCustomEventSelectors: false,
    HasInsightSelectors: false,
    IsOrganizationTrail: false,
    ...over,
  };
}
