import { ask, type DutyPhrasing } from './types.js';

export const cloudwatchPhrasings: DutyPhrasing[] = [
  ask('cloudwatch-logs-retention', 'customer', 'who sets how long cloudwatch logs are kept'),
  ask('cloudwatch-logs-retention', 'customer', 'our cloudwatch log groups never expire and cost a fortune, whose setting is that?'),
  ask('cloudwatch-logs-encryption', 'aws', 'are cloudwatch logs encrypted at rest or do we have to do it'),
  ask('cloudwatch-logs-encryption', 'aws', 'who encrypts log data in cloudwatch logs'),
  ask('cloudwatch-logs-encryption', 'aws', 'with default encryption who protects our cloudwatch log data at rest', 'Default server-side encryption'),
  ask('cloudwatch-logs-encryption', 'shared', 'we associated a kms key with our cloudwatch log group, who handles encryption now', 'Log group associated with your KMS key'),
  ask('cloudwatch-alarms', 'customer', 'who creates cloudwatch alarms for our workloads'),
  ask('cloudwatch-alarms', 'customer', 'isnt aws supposed to alert us when our app is down?'),
  ask('cloudwatch-metrics-collection', 'shared', 'who collects cloudwatch metrics for our ec2 instances'),
  ask('cloudwatch-metrics-collection', 'shared', 'does aws send instance metrics to cloudwatch or do we'),
  ask('cloudwatch-metrics-collection', 'aws', 'who publishes cpu utilization metrics for ec2 to cloudwatch', 'Metrics the AWS service publishes itself (for example EC2 CPU)'),
  ask('cloudwatch-metrics-collection', 'customer', 'why is there no memory usage metric for our ec2 instance in cloudwatch, whose job is that', 'Metrics and logs from inside the instance (memory, disk, application logs)'),
  ask('cloudwatch-service-resilience', 'aws', 'who makes sure amazon cloudwatch itself stays available'),
  ask('cloudwatch-service-resilience', 'aws', 'do we have to patch or run anything for the cloudwatch service'),
  ask('x-ray-encryption-at-rest', 'aws', 'do we have to turn on encryption for x-ray traces or is it on by default', 'Default encryption (keys AWS manages)'),
  ask('x-ray-encryption-at-rest', 'shared', 'x-ray encrypts our traces with our own customer managed key, who handles that encryption', 'Customer managed KMS key'),
  ask('x-ray-encryption-at-rest', 'aws', 'who encrypts x ray trace data at rest'),
];
