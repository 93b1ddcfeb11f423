import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { cloudtrailLogFileValidation } from '../../checks/cloudtrail-log-file-validation.js';
import { trail } from './cloudtrail-fixture.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

describe('cloudtrail-log-file-validation', () => {
  it('passes trails with validation and fails those without, one result per trail', async () => {
    const clients = testClients();
    const ct = mockClient(clients.cloudtrail);
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('good', { LogFileValidationEnabled: true }), trail('bad')] });
    expect(brief(await run(cloudtrailLogFileValidation, clients))).toEqual([
      { resource: trail('good').TrailARN, status: 'pass', region: 'us-east-1' },
      { resource: trail('bad').TrailARN, status: 'fail', region: 'us-east-1' },
    ]);
    expect(ct.commandCalls(DescribeTrailsCommand)[0]?.args[0].input).toEqual({ includeShadowTrails: false });
  });

  it('passes the account when no trail lives in the region', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).resolves({ trailList: [] });
    const [r] = await run(cloudtrailLogFileValidation, clients);
    expect(r).toMatchObject({ status: 'pass', resource: account, detail: 'no trail has its home in us-east-1' });
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).rejects(accessDenied('cloudtrail:DescribeTrails'));
    const [r] = await run(cloudtrailLogFileValidation, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission cloudtrail:DescribeTrails' });
  });
});
