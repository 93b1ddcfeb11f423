/**
 * IAM actions srm needs besides the checks' own (each check declares those):
 * the CloudTrail and GuardDuty pollers, the SQS consumer, and the CLI's
 * account and region discovery. docs/iam-policy.json grants exactly the
 * union of these and every check's `permissions` (a test keeps it so).
 */
export const pollerPermissions = [
  'cloudtrail:LookupEvents',
  'guardduty:ListDetectors',
  'guardduty:ListFindings',
  'guardduty:GetFindings',
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sts:GetCallerIdentity',
  'ec2:DescribeRegions',
] as const;
