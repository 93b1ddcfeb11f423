import { z } from 'zod';
import { call } from '../src/checks/define-check.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { cloudTrailRecord, exampleEvent } from '../src/remediations/examples.js';
import { eventAccount, parseArn, successfulCall } from '../src/remediations/records.js';
import { getString } from '../src/rules/event-fields.js';

const trailName = /^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/;
const paramsSchema = z.strictObject({
  /** The trail as StopLogging named it: its name (called in its home region) or its ARN. */
  trail: z.union([
    z.string().regex(trailName, 'expected a trail name'),
    z.string().regex(/^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/, 'expected a trail ARN'),
  ]),
});
type Params = z.infer<typeof paramsSchema>;

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const e = successfulCall(record, 'cloudtrail.amazonaws.com', ['StopLogging']);
  const trail = e && getString(e.requestParameters, 'name');
  if (!e || !trail) return undefined;
  const arn = parseArn(trail);
  if (arn) return { account: arn.account, region: arn.region, resource: trail, params: { trail } };
  // A name is only valid in the trail's home region, which is where StopLogging was called.
  const account = eventAccount(e);
  if (!account || !e.awsRegion) return undefined;
  return { account, region: e.awsRegion, resource: `arn:aws:cloudtrail:${e.awsRegion}:${account}:trail/${trail}`, params: { trail } };
}

export const cloudtrailStartLogging = defineRemediation({
  id: 'cloudtrail-start-logging',
  title: 'Start CloudTrail logging again on the trail',
  call: 'cloudtrail:StartLogging',
  permissions: ['cloudtrail:GetTrailStatus', 'cloudtrail:StartLogging'],
  approval: 'single',
  undo: 'cloudtrail:StopLogging on the same trail (aws cloudtrail stop-logging --name <trail>); nothing else changes.',
  impact: 'Log delivery to the trail\'s bucket (and CloudWatch Logs, if set) resumes, with its storage costs. Events from the gap are not delivered: look them up in Event history (LookupEvents, 90 days).',
  sources: { events: ['cloudtrail.amazonaws.com:StopLogging'] },
  notOffered: ['DeleteTrail: the trail is gone, so there is nothing to start; recreate it.'],
  paramsSchema,
  fromRecord,
  preview: (t) => `cloudtrail:StartLogging Name=${t.params.trail} (region ${t.region})`,
  async run(ctx, t) {
    const { GetTrailStatusCommand, StartLoggingCommand } = await import('@aws-sdk/client-cloudtrail');
    const name = t.params.trail;
    const status = await call('cloudtrail:GetTrailStatus', () => ctx.clients.cloudtrail.send(new GetTrailStatusCommand({ Name: name }), { abortSignal: ctx.signal }));
    if (status.IsLogging === true) return { summary: `Trail ${name} was already logging`, alreadyDone: true };
    await call('cloudtrail:StartLogging', () => ctx.clients.cloudtrail.send(new StartLoggingCommand({ Name: name }), { abortSignal: ctx.signal }));
    return { summary: `Started logging on trail ${name}` };
  },
  cases: [
    {
      name: 'StopLogging by name: the trail in the event\'s region',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', awsRegion: 'eu-west-1', requestParameters: { name: 'management-events' } })),
      expected: { account: '123456789012', region: 'eu-west-1', resource: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/management-events', params: { trail: 'management-events' } },
    },
    {
      name: 'StopLogging by ARN: the ARN\'s account and region',
      record: cloudTrailRecord(
        exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail' } }),
      ),
      expected: {
        account: '123456789012',
        region: 'us-west-2',
        resource: 'arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail',
        params: { trail: 'arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail' },
      },
    },
    { name: 'DeleteTrail: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail', requestParameters: { name: 'management-events' } })), expected: undefined },
    {
      name: 'a StopLogging that failed: none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', errorCode: 'TrailNotFoundException', requestParameters: { name: 'management-events' } })),
      expected: undefined,
    },
    { name: 'StartLogging: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StartLogging', requestParameters: { name: 'management-events' } })), expected: undefined },
  ],
});
