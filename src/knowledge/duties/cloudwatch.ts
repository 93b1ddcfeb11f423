import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const logs = guide('https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs', 'Amazon CloudWatch Logs User Guide');
const cw = guide('https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring', 'Amazon CloudWatch User Guide');

const retention = logs('Working with log groups and log streams: change log data retention', 'Working-with-log-groups-and-streams');
const logEncryption = logs('Encrypt log data in CloudWatch Logs using AWS Key Management Service', 'encrypt-log-data-kms');
const alarms = cw('Using Amazon CloudWatch alarms', 'CloudWatch_Alarms');
const agent = cw('Collect metrics, logs, and traces using the CloudWatch agent', 'Install-CloudWatch-Agent');

/**
 * Amazon CloudWatch: log retention (never expire by default), log encryption
 * (always server-side, optionally your KMS key), alarms, and which metrics
 * AWS publishes vs what needs the CloudWatch agent.
 */
export const cloudwatchDuties: DutyInput[] = [
  {
    id: 'cloudwatch-logs-retention',
    services: ['cloudwatch'],
    area: 'monitoring',
    name: 'Setting CloudWatch Logs retention',
    owner: 'customer',
    why: 'By default CloudWatch Logs keeps log data indefinitely; how long each log group keeps its events (to meet audit requirements, or to delete data you must not keep) is a setting you choose.',
    aws: 'Stores log events durably and deletes them after the retention period you set.',
    customer: 'Set a retention period on every log group that matches your retention policy, and export logs to S3 (with lifecycle rules) for long-term archives.',
    tool: 'CloudWatch Logs PutRetentionPolicy; AWS Config cw-loggroup-retention-period-check',
    phrases: ['log group retention', 'cloudwatch logs retention', 'how long cloudwatch keeps logs', 'never expire', 'log retention period', 'retention of application logs', 'delete old logs', 'keep logs for a year in cloudwatch', 'log group set to never expire', 'retention on our log groups', 'set retention on log groups', 'never expire retention', 'log groups never expire', 'who sets log retention', 'logs kept forever', 'retention left at never expire', 'retention: never expire', 'putretentionpolicy', 'retention policy on the log group', 'how long log events are kept'],
    source: retention,
  },
  {
    id: 'cloudwatch-logs-encryption',
    services: ['cloudwatch', 'kms'],
    area: 'encryption-at-rest',
    name: 'Encrypting log data in CloudWatch Logs',
    owner: 'aws',
    why: 'Log group data is always encrypted in CloudWatch Logs with server-side encryption; associating your own KMS key with a log group is optional, and then that key\'s policy and availability are yours.',
    aws: 'Encrypts all log data at rest; with a KMS key associated, encrypts and decrypts with that key.',
    customer: 'Associate a customer managed KMS key with log groups that hold sensitive data and keep CloudWatch Logs allowed in the key policy.',
    tool: 'AWS Config cloudwatch-log-group-encrypted',
    phrases: ['encrypt cloudwatch logs', 'cloudwatch logs encryption', 'are cloudwatch logs encrypted', 'who handles the encryption', 'cloudwatch logs encrypted at rest', 'log data encrypted at rest', 'log group encryption', 'kms key for log group', 'encrypted log data'],
    conditions: [
      { when: 'Default server-side encryption', owner: 'aws', default: true, cues: ['default encryption', 'by default', 'without a kms key', 'no kms key', 'never set a kms key', 'never associated a kms key', 'no kms key set', 'dont attach a kms key', 'do not attach a kms key', 'didnt attach a kms key', 'did not attach a kms key', 'no kms key attached', 'without attaching a kms key', 'dont associate a kms key', 'do not associate a kms key', 'never associate a kms key', 'without associating a kms key', 'no kms key associated'], detail: 'CloudWatch Logs encrypts the data with its own keys.' },
      { when: 'Log group associated with your KMS key', owner: 'shared', cues: ['kms key', 'customer managed key', 'cmk', 'associate a kms key', 'our kms key'], detail: 'CloudWatch Logs encrypts with your key; its key policy, rotation and deletion are yours (a disabled key makes the logs unreadable).' },
    ],
    source: logEncryption,
  },
  {
    id: 'cloudwatch-logs-kms-key-association',
    services: ['cloudwatch', 'kms'],
    area: 'encryption-at-rest',
    name: 'Putting your own customer managed key on a log group',
    owner: 'customer',
    why: 'Using your own KMS key for a log group is opt-in: you pick a symmetric customer managed key, allow the CloudWatch Logs service principal in its key policy, and associate it with the log group (at creation or later with associate-kms-key); only log events ingested afterwards use your key.',
    aws: 'Uses the key you set for new log events and for authorized reads of them.',
    customer: 'Create a symmetric customer managed key, allow logs.<region>.amazonaws.com in its key policy, associate it with the log group (associate-kms-key or at creation), and keep the key enabled.',
    tool: 'CloudWatch Logs AssociateKmsKey; AWS Config cloudwatch-log-group-encrypted',
    phrases: ['who associates the key', 'associate-kms-key', 'our key instead of the default', 'put our cmk on the log group', 'associate a kms key with the log group', 'kms key on the log group', 'associates a kms key', 'no kms key on our log groups', 'kms encryption for log groups', 'kms encryption of logs', 'log group kms encryption', 'set up kms encryption on log groups', 'encrypt log groups with kms', 'enable kms encryption for cloudwatch logs', 'kms key configuration of log groups', 'log group settings retention and kms key', 'log group not kms encrypted', 'log group isnt encrypted with kms', 'attach a kms key to the log group'],
    source: logEncryption,
  },
  {
    id: 'cloudwatch-logs-data-protection',
    services: ['cloudwatch'],
    area: 'client-side-data',
    name: 'Protecting the data in the logs you send to CloudWatch Logs',
    owner: 'shared',
    why: 'Data protection in Amazon CloudWatch Logs follows the shared responsibility model: AWS protects the infrastructure and encrypts log data at rest and in transit, while what your applications write into logs, masking sensitive data with data protection policies, who may read or unmask it (IAM), retention and optional KMS keys are yours.',
    aws: 'Encrypts log data at rest and in transit and runs the service that stores it.',
    customer: 'Keep secrets and personal data out of logs or mask them with log group data protection policies, restrict logs:GetLogEvents and logs:Unmask with IAM, set retention, and use a KMS key where needed.',
    tool: 'CloudWatch Logs data protection policies (masking), IAM',
    phrases: ['data protection for logs', 'protect log data', 'sensitive data in logs', 'mask sensitive log data', 'data protection policy', 'pii in logs', 'app logs we ship', 'logs:unmask'],
    source: logs('Help protect sensitive log data with masking', 'mask-sensitive-log-data'),
  },
  {
    id: 'cloudwatch-ec2-basic-monitoring',
    services: ['ec2'],
    area: 'monitoring',
    name: 'EC2 basic monitoring (5-minute metrics) vs detailed monitoring',
    owner: 'aws',
    why: 'Basic and detailed monitoring: with basic monitoring, the default, Amazon EC2 sends metric data (CPU utilization, network, disk I/O, status checks) to CloudWatch in 5-minute periods automatically and at no charge, without any agent; detailed monitoring (1-minute periods) is a setting you turn on.',
    aws: 'Publishes the instance metrics to CloudWatch every 5 minutes (every minute with detailed monitoring).',
    customer: 'Turn on detailed monitoring where you need 1-minute data, and install the CloudWatch agent for memory, disk space and logs, which EC2 does not publish.',
    phrases: ['basic monitoring', '5 minute metrics', 'five minute metrics', '5 minute graphs', 'detailed monitoring', '1 minute metrics', 'metrics without an agent'],
    conditions: [
      { when: 'Basic monitoring (the default, 5-minute periods)', owner: 'aws', default: true, cues: ['basic monitoring', '5 minute', 'five minute', 'without an agent'], detail: 'EC2 publishes the metrics every 5 minutes; nothing to set up.' },
      { when: 'Detailed monitoring (1-minute periods)', owner: 'customer', cues: ['detailed monitoring', '1 minute', 'one minute', 'enable detailed monitoring'], detail: 'You turn detailed monitoring on per instance (charged); EC2 then publishes every minute.' },
    ],
    source: { title: 'Manage detailed monitoring for your EC2 instances (Amazon EC2 User Guide)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html' },
  },
  {
    id: 'cloudwatch-alarms',
    services: ['cloudwatch'],
    area: 'monitoring',
    name: 'Creating alarms and acting on them',
    owner: 'customer',
    why: 'CloudWatch evaluates the alarms you create; deciding what to alarm on, the thresholds, who is notified and what happens next is yours.',
    aws: 'Evaluates alarms on metrics and sends notifications or runs the actions you configure.',
    customer: 'Create alarms for the metrics and log metric filters that matter (security events included), route them to on-call through SNS, and respond.',
    tool: 'CloudWatch alarms, metric filters, Amazon SNS',
    phrases: ['cloudwatch alarms', 'create alarms', 'set up alerts', 'alarm thresholds', 'alerting', 'metric filters', 'get notified', 'who gets paged', 'alarms on security events', 'alert us when the app is down', 'downtime alerts', 'set up cloudwatch alarms', 'alarms for cpu', 'alarms on 5xx', 'alarm on errors'],
    source: alarms,
  },
  {
    id: 'cloudwatch-metrics-collection',
    services: ['cloudwatch', 'ec2'],
    area: 'monitoring',
    name: 'Collecting metrics and logs (service metrics vs the CloudWatch agent)',
    owner: 'shared',
    why: 'AWS services publish their own metrics to CloudWatch automatically (EC2 CPU, network, status checks), but memory, disk usage, processes and OS or application log files inside an instance are collected only if you install and configure the CloudWatch agent.',
    aws: 'Publishes service metrics to CloudWatch without any setup.',
    customer: 'Install and configure the CloudWatch agent (through Systems Manager) to collect memory, disk and application logs from instances and servers.',
    tool: 'CloudWatch agent, Systems Manager',
    phrases: ['cloudwatch metrics', 'collect metrics', 'memory metrics', 'disk usage metrics', 'cloudwatch agent', 'ship application logs', 'os logs to cloudwatch', 'instance metrics'],
    conditions: [
      { when: 'Metrics the AWS service publishes itself (for example EC2 CPU)', owner: 'aws', cues: ['cpu utilization', 'cpu metrics', 'service metrics', 'default metrics', 'basic monitoring', 'status check metrics', 'network metrics'], detail: 'The service publishes them to CloudWatch automatically.' },
      { when: 'Metrics and logs from inside the instance (memory, disk, application logs)', owner: 'customer', cues: ['memory', 'memory usage', 'disk usage', 'disk space', 'application logs', 'os logs', 'log files', 'cloudwatch agent', 'custom metrics'], detail: 'Install and configure the CloudWatch agent; nothing is collected otherwise.' },
    ],
    source: agent,
  },
  {
    id: 'cloudwatch-service-resilience',
    services: ['cloudwatch'],
    area: 'managed-infrastructure',
    name: 'Running CloudWatch itself',
    owner: 'aws',
    why: 'CloudWatch is a managed service built on the AWS global infrastructure of Regions and Availability Zones, protected by AWS global network security: keeping the metrics, alarms and logs service available and patched is AWS\'s.',
    aws: 'Runs, patches and replicates the CloudWatch service across Availability Zones.',
    customer: 'Nothing to run; set up the alarms, dashboards and cross-Region copies your monitoring needs.',
    phrases: ['cloudwatch availability', 'cloudwatch service itself', 'cloudwatch outage', 'is cloudwatch highly available', 'cloudwatch infrastructure', 'patch cloudwatch', 'cloudwatch resilience', 'cloudwatch itself', 'cloudwatch stays available', 'cloudwatch metrics storage', 'metrics storage infrastructure', 'stores cloudwatch metrics', 'where metrics are stored', 'cloudwatch service availability', 'keeps cloudwatch running', 'cloudwatch backend', 'cloudwatch service backend', 'metrics ingestion', 'metric ingestion', 'ingesting metrics', 'ingestion pipeline', 'ingestion backend', 'cloudwatch ingestion', 'keeps cloudwatch up', 'cloudwatch uptime', 'backend that receives our metrics'],
    source: cw('Resilience in Amazon CloudWatch', 'disaster-recovery-resiliency'),
  },

  {
    id: 'x-ray-encryption-at-rest',
    services: ['x-ray'],
    area: 'encryption-at-rest',
    name: 'Encryption at rest of X-Ray traces',
    owner: 'aws',
    why: 'AWS X-Ray always encrypts traces and related data at rest; by default with keys AWS manages, and with a KMS key you choose if you configure one.',
    aws: 'Encrypts all trace data at rest by default.',
    customer: 'Optionally configure a KMS key (AWS managed or customer managed) and, with a customer managed key, manage its policy.',
    phrases: ['encrypt traces', 'traces encrypted at rest', 'x ray encryption', 'trace data encryption', 'encrypted out of the box'],
    conditions: [
      { when: 'Default encryption (keys AWS manages)', owner: 'aws', default: true, cues: ['by default', 'out of the box', 'default encryption'], detail: 'X-Ray encrypts trace data with keys AWS manages.' },
      { when: 'Customer managed KMS key', owner: 'shared', cues: ['customer managed key', 'cmk', 'our own kms key'], detail: 'X-Ray encrypts with your key; its policy and availability are yours.' },
    ],
    source: { title: 'Data protection in AWS X-Ray', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-console-encryption.html' },
  },
];
