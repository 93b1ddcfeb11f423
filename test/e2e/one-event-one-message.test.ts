import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../src/rules/engine.js';
import { cloudTrailRecord, exampleEvent, identities } from '../../src/remediations/examples.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { validateMessage } from '../../src/slack/block-limits.js';
import { until } from '../helpers/until.js';
import { startAlertApp, type AlertApp } from '../slack/listeners/alert-app.js';

/**
 * Issue 10's reproduction, end to end (evaluate-event -> post-alert -> the
 * local Slack API): each of these events matched two or more rules and used
 * to produce one top-level post per rule. Now: one post, listing every rule.
 */
let app: AlertApp;

beforeAll(async () => {
  app = await startAlertApp(import.meta.url, {});
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const events: Array<[string, IngestedRecord]> = [
  [
    'a root console sign-in',
    cloudTrailRecord(
      exampleEvent({
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        eventType: 'AwsConsoleSignIn',
        userIdentity: { ...identities.root },
        responseElements: { ConsoleLogin: 'Success' },
        additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
      }),
    ),
  ],
  [
    'PutUserPolicy with an admin policy',
    cloudTrailRecord(
      exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'PutUserPolicy',
        requestParameters: { userName: 'mallory', policyName: 'all', policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' },
      }),
    ),
  ],
  [
    'an ingress rule open to 0.0.0.0/0',
    cloudTrailRecord(
      exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
        responseElements: { _return: true },
      }),
    ),
  ],
  ['StopLogging', cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'management-events' } }))],
];

describe('one event, one message', () => {
  it.each(events)('%s: exactly one top-level post listing every rule it matched', async (_name, record) => {
    const matched = createRuleEngine().evaluate(record).map((a) => a.rule);
    expect(matched.length, 'the event matches several rules (what made it post several times before)').toBeGreaterThanOrEqual(2);
    const postsBefore = app.slack.okCallsTo('chat.postMessage').filter((c) => !c.body.thread_ts).length;
    const alert = await app.ingest(record);
    // the same event again (an overlapping poll, an SQS redelivery, another replica): nothing more
    const again = await app.runtime.enqueue(evaluateEvent, { record }, { jobId: `again-${alert.ref}` });
    await until(async () => (await app.producer.queue('ingest').getJob(again.id!))?.isCompleted() ?? false);
    expect((await app.producer.queue('ingest').getJob(again.id!))?.returnvalue).toMatchObject({ published: 0, duplicates: 1 });
    await new Promise((r) => setTimeout(r, 200));
    const posts = app.slack.okCallsTo('chat.postMessage').filter((c) => !c.body.thread_ts).slice(postsBefore);
    expect(posts).toHaveLength(1);
    const text = JSON.stringify(posts[0]!.body.blocks);
    for (const rule of matched) expect(text).toContain(rule);
    expect(text).toContain(`Matched ${matched.length} rules`);
    expect(alert.alert.rules.map((r) => r.rule).sort()).toEqual([...matched].sort());
    expect(validateMessage(posts[0]!.body)).toEqual([]);
  }, 60_000);
});
