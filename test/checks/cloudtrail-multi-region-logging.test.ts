import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { cloudtrailMultiRegionLogging, logsAllManagementEvents } from '../../checks/cloudtrail-multi-region-logging.js';
import { trail } from './cloudtrail-fixture.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const allManagement = { EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true, DataResources: [] }] };

describe('cloudtrail-multi-region-logging', () => {
  it('passes when a multi-region trail is logging all management events', async () => {
    const clients = testClients();
    const ct = mockClient(clients.cloudtrail);
    const main = trail('management-events', { IsMultiRegionTrail: true });
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('local-only'), main] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves(allManagement);
    const results = await run(cloudtrailMultiRegionLogging, clients);
    expect(brief(results)).toEqual([{ resource: account, status: 'pass', region: 'us-east-1' }]);
    expect(results[0]?.detail).toContain(main.TrailARN);
    expect(ct.commandCalls(DescribeTrailsCommand)[0]?.args[0].input).toEqual({ includeShadowTrails: true });
  });

  it('fails when the multi-region trail is stopped or logs writes only', async () => {
    const clients = testClients();
    const ct = mockClient(clients.cloudtrail);
    ct.on(DescribeTrailsCommand).resolves({
      trailList: [trail('stopped', { IsMultiRegionTrail: true }), trail('writes', { IsMultiRegionTrail: true })],
    });
    ct.on(GetTrailStatusCommand, { Name: trail('stopped').TrailARN }).resolves({ IsLogging: false });
    ct.on(GetTrailStatusCommand, { Name: trail('writes').TrailARN }).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] });
    const [r] = await run(cloudtrailMultiRegionLogging, clients);
    expect(r?.status).toBe('fail');
    expect(r?.detail).toContain('trail/stopped is not logging');
    expect(r?.detail).toContain('trail/writes does not log all read and write management events');
  });

  it('fails when there is no trail at all', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).resolves({ trailList: [] });
    const [r] = await run(cloudtrailMultiRegionLogging, clients);
    expect(r).toMatchObject({ status: 'fail', resource: account, detail: 'no CloudTrail trail covers us-east-1' });
  });

  it('is an error, not a fail, when GetTrailStatus is denied and nothing else qualifies', async () => {
    const clients = testClients();
    const ct = mockClient(clients.cloudtrail);
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('org', { IsMultiRegionTrail: true })] });
    ct.on(GetTrailStatusCommand).rejects(accessDenied('cloudtrail:GetTrailStatus'));
    ct.on(GetEventSelectorsCommand).resolves(allManagement);
    const [r] = await run(cloudtrailMultiRegionLogging, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission cloudtrail:GetTrailStatus' });
  });

  it('is an error when DescribeTrails is denied', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).rejects(accessDenied('cloudtrail:DescribeTrails'));
    const [r] = await run(cloudtrailMultiRegionLogging, clients);
    expect(r).toMatchObject({ status: 'error', resource: account });
    expect(r?.detail).toContain('cloudtrail:DescribeTrails');
  });

  it('reads advanced event selectors: management without a readOnly filter', () => {
    const mgmt = { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] };
    expect(logsAllManagementEvents({ AdvancedEventSelectors: [mgmt] })).toBe(true);
    expect(
      logsAllManagementEvents({ AdvancedEventSelectors: [{ ...mgmt, FieldSelectors: [...mgmt.FieldSelectors, { Field: 'readOnly', Equals: ['false'] }] }] }),
    ).toBe(false);
    expect(logsAllManagementEvents({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }] })).toBe(false);
  });
});
