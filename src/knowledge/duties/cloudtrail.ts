import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const ct = guide('https://docs.aws.amazon.com/awscloudtrail/latest/userguide', 'AWS CloudTrail User Guide');

const eventHistory = ct('Working with CloudTrail event history', 'view-cloudtrail-events');
const whatIs = ct('What is AWS CloudTrail?', 'cloudtrail-user-guide');
const multiRegion = ct('Using the create-trail command to create a trail', 'cloudtrail-create-and-update-a-trail-by-using-the-aws-cli-create-trail');
const dataEvents = ct('Logging data events', 'logging-data-events-with-cloudtrail');
const bestPractices = ct('Security best practices in AWS CloudTrail', 'best-practices-security');
const validation = ct('Validating CloudTrail log file integrity', 'cloudtrail-log-file-validation-intro');
const encryption = ct('Encrypting CloudTrail log files, digest files, and event data stores with AWS KMS keys (SSE-KMS)', 'encrypting-cloudtrail-log-files-with-aws-kms');

/**
 * AWS CloudTrail: the 90-day event history AWS records by default, trails
 * for longer retention and all Regions, data events, log file validation,
 * protecting and encrypting the log bucket.
 */
export const cloudtrailDuties: DutyInput[] = [
  {
    id: 'cloudtrail-event-history',
    services: ['cloudtrail'],
    area: 'api-logging',
    name: 'Recording the 90-day event history of management events',
    owner: 'aws',
    why: 'CloudTrail is active in every AWS account from creation: AWS records management events in each Region\'s event history, an immutable, searchable record of the last 90 days, without any trail and at no charge.',
    aws: 'Records management events for 90 days per Region in event history, which you can view, search and download.',
    customer: 'Nothing to turn on for the 90 days; create a trail or event data store if you need more than 90 days, data events or a copy you control.',
    phrases: ['event history', 'cloudtrail event history', 'is cloudtrail on by default', 'last 90 days of api calls', '90 days of events', 'default cloudtrail logging', 'lookup events', 'cloudtrail without a trail', 'recording api activity', 'before anyone creates a trail', 'nobody set up cloudtrail', 'api activity recorded by default', 'is anything recording'],
    source: eventHistory,
  },
  {
    id: 'cloudtrail-trail-retention',
    services: ['cloudtrail'],
    area: 'api-logging',
    name: 'Creating trails to keep logs beyond 90 days',
    owner: 'customer',
    why: 'Event history keeps only 90 days; an ongoing record you can retain for audits exists only if you create a trail (or a CloudTrail Lake event data store) and decide how long its S3 objects are kept.',
    aws: 'Delivers log files to the S3 bucket of every trail you create.',
    customer: 'Create an organization or account trail to a dedicated S3 bucket, set lifecycle and retention to your audit requirements (S3 Object Lock for immutability), and keep it logging.',
    tool: 'AWS CloudTrail trails, CloudTrail Lake, AWS Config cloudtrail-enabled',
    phrases: ['turn on cloudtrail logging', 'enable cloudtrail logging', 'set up cloudtrail', 'enable cloudtrail in our account', 'create a trail', 'cloudtrail trail', 'enable cloudtrail logging', 'turn on cloudtrail', 'set up cloudtrail logging', 'cloudtrail logging', 'keep cloudtrail logs for a year', 'log retention', 'retain audit logs', 'logs older than 90 days', 'long term retention of api logs', 'organization trail', 'cloudtrail lake', 'logging beyond 90 days', 'more than 90 days of logs', 'beyond the event history', 'longer than the event history'],
    source: whatIs,
  },
  {
    id: 'cloudtrail-multi-region',
    services: ['cloudtrail'],
    area: 'api-logging',
    name: 'Covering every Region (multi-Region trails)',
    owner: 'customer',
    why: 'A trail created from the CLI or API logs only its own Region unless you make it multi-Region; AWS recommends a multi-Region trail so activity in Regions you do not use is recorded too.',
    aws: 'Delivers events from all enabled Regions to a multi-Region trail, including Regions enabled later.',
    customer: 'Make your trails multi-Region (or use an organization trail) and include global service events.',
    tool: 'AWS Config multi-region-cloudtrail-enabled',
    phrases: ['multi region trail', 'all regions', 'cloudtrail in every region', 'unused regions', 'regions we dont use', 'global service events', 'single region trail'],
    source: multiRegion,
  },
  {
    id: 'cloudtrail-data-events',
    services: ['cloudtrail', 's3', 'lambda', 'dynamodb'],
    area: 'api-logging',
    name: 'Logging data events (S3 object access, Lambda invocations)',
    owner: 'customer',
    why: 'Trails and event data stores log management events by default but not data events; recording S3 object-level access, Lambda invocations or DynamoDB item activity is an option you add (and pay for).',
    aws: 'Records the data events your trails or event data stores select.',
    customer: 'Add data event selectors for sensitive buckets, functions and tables, scoped with advanced event selectors to control cost.',
    tool: 'CloudTrail advanced event selectors; AWS Config cloudtrail-s3-dataevents-enabled',
    phrases: ['data events', 'object level logging', 's3 object access logging', 'getobject logging', 'log s3 reads', 'lambda invoke logging', 'data plane events', 'who read the object', 'enable data events', 's3 data events', 'data events not logged by default', 'log data events'],
    source: dataEvents,
  },
  {
    id: 'cloudtrail-log-file-validation',
    services: ['cloudtrail'],
    area: 'api-logging',
    name: 'Log file integrity validation',
    owner: 'customer',
    why: 'Log file integrity validation (hourly signed digest files) is a trail setting you turn on, and validating the logs when you need proof that they were not modified is yours.',
    aws: 'Creates SHA-256 hashes and RSA-signed digest files for the log files of trails with validation enabled.',
    customer: 'Enable log file validation on every trail and validate with aws cloudtrail validate-logs when you investigate or an auditor asks.',
    tool: 'aws cloudtrail validate-logs; AWS Config cloud-trail-log-file-validation-enabled',
    phrases: ['log file validation', 'log integrity', 'digest files', 'tamper proof logs', 'prove logs were not modified', 'validate cloudtrail logs', 'log file integrity'],
    source: validation,
  },
  {
    id: 'cloudtrail-log-bucket-protection',
    services: ['cloudtrail', 's3'],
    area: 'api-logging',
    name: 'Protecting the S3 bucket that holds trail logs',
    owner: 'customer',
    why: 'Trail logs land in an S3 bucket you own: keeping it private, limiting who can delete or change logs (MFA delete, Object Lock, a separate logging account) and alarming on changes are yours.',
    aws: 'Writes log files to the bucket under the bucket policy you grant CloudTrail.',
    customer: 'Use a dedicated bucket (ideally in a log archive account), block public access, restrict deletion, enable versioning or Object Lock, and monitor policy changes.',
    tool: 'S3 Block Public Access, S3 Object Lock, AWS Control Tower log archive',
    misconception: 'CloudTrail does not protect the logs it has delivered: anyone who can write to the bucket can delete the evidence.',
    phrases: ['cloudtrail bucket', 'protect the log bucket', 'trail s3 bucket', 'bucket where cloudtrail logs are stored', 'who can delete cloudtrail logs', 'deleted cloudtrail logs', 'log archive account', 'public cloudtrail bucket', 'mfa delete on the log bucket'],
    source: bestPractices,
  },
  {
    id: 'cloudtrail-log-encryption',
    services: ['cloudtrail', 's3'],
    area: 'api-logging',
    name: 'Encrypting trail log files',
    owner: 'aws',
    why: 'By default CloudTrail log files are encrypted with S3 server-side encryption (SSE-S3); using your own KMS key (SSE-KMS) for stronger control is an option you configure, and its key policy is then yours.',
    aws: 'Encrypts delivered log and digest files with SSE-S3, or with the KMS key you configure.',
    customer: 'Configure SSE-KMS with a customer managed key for trails that hold sensitive activity, and allow only log readers to decrypt.',
    phrases: ['encrypt cloudtrail logs', 'cloudtrail log encryption', 'trail encryption', 'sse kms for cloudtrail', 'encrypted audit logs', 'encryption of trail log files', 'encrypt trail logs with kms', 'cloudtrail logs encrypted by default'],
    conditions: [
      { when: 'SSE-S3 (the default)', owner: 'aws', default: true, cues: ['sse s3', 's3 managed keys', 'default encryption'], detail: 'CloudTrail log files are encrypted with Amazon S3 managed keys.' },
      { when: 'SSE-KMS with your KMS key', owner: 'shared', cues: ['sse kms', 'kms key', 'customer managed key', 'cmk'], detail: 'CloudTrail encrypts with your key; the key policy, rotation and who can decrypt are yours.' },
    ],
    source: encryption,
  },
  {
    id: 'cloudtrail-service-resilience',
    services: ['cloudtrail'],
    area: 'managed-infrastructure',
    name: 'Running CloudTrail and delivering its logs',
    owner: 'aws',
    why: 'CloudTrail is a managed service built on the AWS global infrastructure of Regions and Availability Zones: recording events and delivering log files to your trail\'s bucket is AWS\'s to keep running; the bucket and trail settings you choose stay yours.',
    aws: 'Runs CloudTrail across Availability Zones, records events and delivers log files (typically within about 5 minutes of an API call).',
    customer: 'Keep the destination bucket and its policy working, and alarm on delivery errors (CloudWatch and the trail\'s LatestDeliveryError).',
    phrases: ['cloudtrail availability', 'log delivery', 'cloudtrail service resilience', 'cloudtrail infrastructure', 'is cloudtrail highly available', 'deliver log files', 'cloudtrail outage'],
    source: ct('Resilience in AWS CloudTrail', 'disaster-recovery-resiliency'),
  },
];
