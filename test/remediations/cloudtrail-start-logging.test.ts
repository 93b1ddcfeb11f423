import { describe, expect, it } from 'vitest';
import { cloudtrailStartLogging } from '../../remediations/cloudtrail-start-logging.js';
import { cloudTrailRecord, exampleEvent } from '../../src/remediations/examples.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const region = 'eu-west-1';
const arnOf = (acct: string, name = 'management-events') => `arn:aws:cloudtrail:${region}:${acct}:trail/${name}`;

const stopLogging = (acct: string, name: string) =>
  cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', awsRegion: region, recipientAccountId: acct, requestParameters: { name } }));

function withTrail(server: AwsServer, acct: string, logging: boolean): void {
  server.trails.clear();
  server.trails.set(arnOf(acct), { logging });
}

describe('cloudtrail-start-logging against CloudTrail (JSON 1.1)', () => {
  const aws = useLocalAws();

  it('starts logging on the trail StopLogging named, in the trail\'s home region', async () => {
    const server = aws.server();
    withTrail(server, account, false);
    const offer = offerFor(cloudtrailStartLogging, stopLogging(account, 'management-events'));
    expect(cloudtrailStartLogging.preview(offer.target as never)).toBe(`cloudtrail:StartLogging Name=management-events (region ${region})`);

    expect(await run(offer)).toEqual({ ok: true, alreadyDone: false, summary: 'Started logging on trail management-events' });
    expect(calls(server)).toEqual([
      { service: 'cloudtrail', operation: 'GetTrailStatus', account, region, body: { Name: 'management-events' } },
      { service: 'cloudtrail', operation: 'StartLogging', account, region, body: { Name: 'management-events' } },
    ]);
    expect(server.trails.get(arnOf(account))?.logging).toBe(true);
  });

  it('takes a trail ARN as written, with its region', async () => {
    const server = aws.server();
    withTrail(server, account, false);
    const offer = offerFor(cloudtrailStartLogging, cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: arnOf(account) } })));
    expect(offer.target.region).toBe(region);
    expect(await run(offer)).toMatchObject({ ok: true, alreadyDone: false });
    expect(server.calls('StartLogging')).toMatchObject([{ region, body: { Name: arnOf(account) } }]);
  });

  it('a trail already logging is reported alreadyDone, without StartLogging', async () => {
    const server = aws.server();
    withTrail(server, account, true);
    expect(await run(offerFor(cloudtrailStartLogging, stopLogging(account, 'management-events')))).toEqual({ ok: true, alreadyDone: true, summary: 'Trail management-events was already logging' });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'GetTrailStatus']);
  });

  it('a trail deleted since is not-found in plain words', async () => {
    const server = aws.server();
    server.trails.clear();
    const result = await run(offerFor(cloudtrailStartLogging, stopLogging(account, 'management-events')));
    expect(result).toMatchObject({ ok: false, code: 'not-found', retryable: false, message: expect.stringMatching(/^TrailNotFoundException: arn:aws:cloudtrail:eu-west-1:123456789012:trail\/management-events .* it may have been deleted already$/) });
  });

  itHandlesFailuresAndRoles(aws, {
    definition: cloudtrailStartLogging,
    operation: 'StartLogging',
    accessDenied: { type: 'AccessDeniedException', status: 400 },
    arrange(server, acct) {
      withTrail(server, acct, false);
      return offerFor(cloudtrailStartLogging, stopLogging(acct, 'management-events'));
    },
  });
});
