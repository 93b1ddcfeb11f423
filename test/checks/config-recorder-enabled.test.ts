import { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { configRecorderEnabled } from '../../checks/config-recorder-enabled.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const recorderArn = `arn:aws:config:us-east-1:${account}:config-recorder/default`;
const recorder = { name: 'default', roleARN: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } };

describe('config-recorder-enabled', () => {
  it('passes a recording recorder of all resource types', async () => {
    const clients = testClients();
    const cfg = mockClient(clients.config);
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [recorder] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
    expect(brief(await run(configRecorderEnabled, clients))).toEqual([{ resource: recorderArn, status: 'pass', region: 'us-east-1' }]);
  });

  it('fails a stopped recorder, a partial one, and a region without one', async () => {
    const clients = testClients();
    const cfg = mockClient(clients.config);
    cfg.on(DescribeConfigurationRecordersCommand)
      .resolvesOnce({ ConfigurationRecorders: [recorder] })
      .resolvesOnce({ ConfigurationRecorders: [{ ...recorder, recordingGroup: { allSupported: false, resourceTypes: ['AWS::S3::Bucket'] } }] })
      .resolvesOnce({ ConfigurationRecorders: [] });
    cfg.on(DescribeConfigurationRecorderStatusCommand)
      .resolvesOnce({ ConfigurationRecordersStatus: [{ name: 'default', recording: false }] })
      .resolvesOnce({ ConfigurationRecordersStatus: [{ name: 'default', recording: true }] })
      .resolvesOnce({ ConfigurationRecordersStatus: [] });
    expect((await run(configRecorderEnabled, clients))[0]).toMatchObject({ status: 'fail', detail: 'recorder default is not recording' });
    expect((await run(configRecorderEnabled, clients))[0]).toMatchObject({ status: 'fail', detail: 'recorder default records only some resource types' });
    expect((await run(configRecorderEnabled, clients))[0]).toMatchObject({ status: 'fail', resource: account, detail: 'no AWS Config recorder in us-east-1' });
  });

  it('is an error when the status call is denied even though recorders were listed', async () => {
    const clients = testClients();
    const cfg = mockClient(clients.config);
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [recorder] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).rejects(Object.assign(accessDenied('config:DescribeConfigurationRecorderStatus'), { name: 'AccessDeniedException' }));
    const [r] = await run(configRecorderEnabled, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDeniedException; missing permission config:DescribeConfigurationRecorderStatus' });
  });
});
