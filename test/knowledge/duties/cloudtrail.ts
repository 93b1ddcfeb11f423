import { ask, type DutyPhrasing } from './types.js';

export const cloudtrailPhrasings: DutyPhrasing[] = [
  ask('cloudtrail-event-history', 'aws', 'is cloudtrail event history on by default?'),
  ask('cloudtrail-event-history', 'aws', 'we never set up cloudtrail - does aws still record the last 90 days of api calls?'),
  ask('cloudtrail-trail-retention', 'customer', 'who has to keep cloudtrail logs for a year for our audit'),
  ask('cloudtrail-trail-retention', 'customer', 'who creates the trail so we have api logs older than 90 days'),
  ask('cloudtrail-trail-retention', 'customer', 'event history only goes back 90 days, who sets up logging beyond that'),
  ask('cloudtrail-multi-region', 'customer', 'who makes cloudtrail cover all regions including ones we dont use'),
  ask('cloudtrail-multi-region', 'customer', 'our trail only logs us-east-1, whose job is a multi region trail'),
  ask('cloudtrail-data-events', 'customer', 'who turns on cloudtrail data events for s3 object reads'),
  ask('cloudtrail-data-events', 'customer', 'why doesnt cloudtrail show who read the object, isnt aws logging that?'),
  ask('cloudtrail-log-file-validation', 'customer', 'who enables cloudtrail log file validation'),
  ask('cloudtrail-log-file-validation', 'customer', 'who proves our cloudtrail logs were not tampered with'),
  ask('cloudtrail-log-bucket-protection', 'customer', 'who protects the s3 bucket where cloudtrail logs are stored'),
  ask('cloudtrail-log-bucket-protection', 'customer', 'an admin deleted our cloudtrail logs from the bucket - wasnt aws protecting them?'),
  ask('cloudtrail-log-encryption', 'aws', 'are cloudtrail log files encrypted and by whom'),
  ask('cloudtrail-log-encryption', 'aws', 'who encrypts cloudtrail logs'),
  ask('cloudtrail-log-encryption', 'aws', 'with the default sse-s3 encryption who encrypts our trail logs', 'SSE-S3 (the default)'),
  ask('cloudtrail-log-encryption', 'shared', 'we encrypt cloudtrail logs with sse-kms, who handles the encryption', 'SSE-KMS with your KMS key'),
  ask('cloudtrail-service-resilience', 'aws', 'who keeps cloudtrail running and delivering log files if an az has problems'),
  ask('cloudtrail-service-resilience', 'aws', 'is cloudtrail log delivery highly available or do we need a backup logging service'),
];
