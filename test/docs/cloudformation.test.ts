import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pollerPermissions } from '../../src/aws/permissions.js';
import { cloudTrailDetailTypes, guardDutyDetailType } from '../../src/ingest/schemas.js';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

// CloudFormation's short-form tags, kept as { "!Tag": value } so the template parses as plain YAML.
const scalarTags = ['!Ref', '!Sub', '!GetAtt', '!Condition'].map((tag) => ({ tag, resolve: (s: string) => ({ [tag]: s }) }));
const seqTags = ['!Equals', '!Not', '!And', '!If'].map((tag) => ({ tag, collection: 'seq' as const, resolve: (s: unknown) => ({ [tag]: s }) }));

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
}
const template = parse(read('docs/cloudformation.yaml'), { customTags: [...scalarTags, ...seqTags] }) as { Resources: Record<string, Resource> };
const resources = template.Resources;
const pattern = JSON.parse(read('docs/eventbridge-pattern.json')) as { $or: Array<Record<string, unknown>> };
const sqsPermissions = pollerPermissions.filter((p) => p.startsWith('sqs:')).sort();

describe('docs/cloudformation.yaml and docs/eventbridge-pattern.json', () => {
  it('the rule (and the forwarding rule) deploy the shipped pattern, which asks only for detail types the consumer reads', () => {
    expect(resources.SrmEventsRule!.Properties.EventPattern).toEqual(pattern);
    expect(resources.ForwardingRule!.Properties.EventPattern).toEqual(pattern);
    const detailTypes = pattern.$or.flatMap((p) => p['detail-type'] as string[]);
    for (const d of detailTypes) expect(cloudTrailDetailTypes.has(d) || d === guardDutyDetailType).toBe(true);
    expect(resources.SrmEventsRule!.Properties.Targets).toEqual([expect.objectContaining({ Arn: { '!GetAtt': 'SrmEventsQueue.Arn' } })]);
  });

  it('the queue long-polls and redrives unreadable messages to its dead-letter queue, which raises an alarm', () => {
    const queue = resources.SrmEventsQueue!.Properties;
    expect(queue.ReceiveMessageWaitTimeSeconds).toBe(20);
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(30);
    expect(queue.RedrivePolicy).toEqual({ deadLetterTargetArn: { '!GetAtt': 'SrmEventsDeadLetterQueue.Arn' }, maxReceiveCount: 5 });
    // The DLQ keeps a message longer than the queue, so what was moved there can be read.
    expect(resources.SrmEventsDeadLetterQueue!.Properties.MessageRetentionPeriod).toBeGreaterThan(queue.MessageRetentionPeriod as number);
    const alarm = resources.SrmEventsDeadLetterAlarm!.Properties;
    expect(alarm).toMatchObject({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    expect(alarm.Dimensions).toEqual([{ Name: 'QueueName', Value: { '!GetAtt': 'SrmEventsDeadLetterQueue.QueueName' } }]);
  });

  it('only the rule may send to the queue, over TLS', () => {
    const statements = (resources.SrmEventsQueuePolicy!.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement;
    const allow = statements.filter((s) => s.Effect === 'Allow');
    expect(allow).toEqual([
      expect.objectContaining({ Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Condition: { ArnEquals: { 'aws:SourceArn': { '!GetAtt': 'SrmEventsRule.Arn' } } } }),
    ]);
    expect(statements.find((s) => s.Effect === 'Deny')).toMatchObject({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('the consumer policy grants exactly the SQS actions srm calls, on the queue only (as docs/iam-policy.json does)', () => {
    const statement = (resources.SrmConsumerPolicy!.Properties.PolicyDocument as { Statement: Array<{ Action: string[]; Resource: unknown }> }).Statement[0]!;
    expect([...statement.Action].sort()).toEqual(sqsPermissions);
    expect(statement.Resource).toEqual({ '!GetAtt': 'SrmEventsQueue.Arn' });
    const policy = JSON.parse(read('docs/iam-policy.json')) as { Statement: Array<{ Sid?: string; Action: string[]; Resource: string }> };
    const queueStatement = policy.Statement.find((s) => s.Action.some((a) => a.startsWith('sqs:')))!;
    expect([...queueStatement.Action].sort()).toEqual(sqsPermissions);
    expect(queueStatement.Resource).toBe('arn:aws:sqs:*:*:srm-events');
  });

  it('docs/deploy.md shows the rule pattern as shipped', () => {
    const blocks = [...read('docs/deploy.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.some((b) => b.trim().startsWith('{') && JSON.stringify(JSON.parse(b)) === JSON.stringify(pattern))).toBe(true);
  });
});
