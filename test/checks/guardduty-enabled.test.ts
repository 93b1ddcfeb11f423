import { GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { guarddutyEnabled } from '../../checks/guardduty-enabled.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const arn = (id: string, r = 'us-east-1'): string => `arn:aws:guardduty:${r}:${account}:detector/${id}`;

describe('guardduty-enabled', () => {
  it('reads every page of detectors and judges each by its status', async () => {
    const clients = testClients('eu-west-1');
    const gd = mockClient(clients.guardduty);
    gd.on(ListDetectorsCommand, {}).resolves({ DetectorIds: ['12abc34d567e8fa901bc2d34eexample'], NextToken: 'page2' });
    gd.on(ListDetectorsCommand, { NextToken: 'page2' }).resolves({ DetectorIds: ['98zyx76w543v2ut109sr8q76pexample'] });
    gd.on(GetDetectorCommand, { DetectorId: '12abc34d567e8fa901bc2d34eexample' }).resolves({ Status: 'ENABLED', ServiceRole: 'x' });
    gd.on(GetDetectorCommand, { DetectorId: '98zyx76w543v2ut109sr8q76pexample' }).resolves({ Status: 'DISABLED', ServiceRole: 'x' });
    const results = await run(guarddutyEnabled, clients, 'eu-west-1');
    expect(gd.commandCalls(ListDetectorsCommand)).toHaveLength(2);
    expect(brief(results)).toEqual([
      { resource: arn('12abc34d567e8fa901bc2d34eexample', 'eu-west-1'), status: 'pass', region: 'eu-west-1' },
      { resource: arn('98zyx76w543v2ut109sr8q76pexample', 'eu-west-1'), status: 'fail', region: 'eu-west-1' },
    ]);
  });

  it('fails the account when the region has no detector', async () => {
    const clients = testClients();
    mockClient(clients.guardduty).on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const [r] = await run(guarddutyEnabled, clients);
    expect(r).toMatchObject({ status: 'fail', resource: account, detail: 'no GuardDuty detector in us-east-1' });
  });

  it('is an error per detector when GetDetector is denied, an account error when ListDetectors is', async () => {
    const clients = testClients();
    const gd = mockClient(clients.guardduty);
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['12abc34d567e8fa901bc2d34eexample'] });
    gd.on(GetDetectorCommand).rejects(Object.assign(accessDenied('guardduty:GetDetector'), { name: 'AccessDeniedException' }));
    const [r] = await run(guarddutyEnabled, clients);
    expect(r).toMatchObject({ status: 'error', resource: arn('12abc34d567e8fa901bc2d34eexample') });
    expect(r?.detail).toBe('could not check: AccessDeniedException; missing permission guardduty:GetDetector');
    gd.on(ListDetectorsCommand).rejects(Object.assign(accessDenied('guardduty:ListDetectors'), { name: 'AccessDeniedException' }));
    const [r2] = await run(guarddutyEnabled, clients);
    expect(r2).toMatchObject({ status: 'error', resource: account });
    expect(r2?.detail).toContain('guardduty:ListDetectors');
  });
});
