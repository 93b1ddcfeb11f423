import { call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const configRecorderEnabled = defineCheck({
  id: 'config-recorder-enabled',
  title: 'AWS Config records all resource types in the region',
  area: 'configuration-compliance',
  owner: 'customer',
  severity: 'medium',
  controls: ['Config.1', 'cis-aws-1.4.0:3.5', 'cis-aws-3.0.0:3.3'],
  why: 'AWS Config records configuration history only where the customer sets up a recorder; that history is the customer\'s compliance evidence.',
  remediation: 'Create a configuration recorder that records all supported resource types (with global resources in one region), a delivery channel, and start it (aws configservice start-configuration-recorder).',
  permissions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
  async collect(ctx) {
    const { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } = await import('@aws-sdk/client-config-service');
    const cfg = ctx.clients.config;
    const recorders = await call('config:DescribeConfigurationRecorders', () =>
      cfg.send(new DescribeConfigurationRecordersCommand({}), { abortSignal: ctx.signal }),
    );
    const statuses = await call('config:DescribeConfigurationRecorderStatus', () =>
      cfg.send(new DescribeConfigurationRecorderStatusCommand({}), { abortSignal: ctx.signal }),
    );
    return {
      recorders: (recorders.ConfigurationRecorders ?? []).map((r) => {
        const status = (statuses.ConfigurationRecordersStatus ?? []).find((s) => s.name === r.name);
        const group = r.recordingGroup;
        const allResources =
          group === undefined || group.allSupported === true || group.recordingStrategy?.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
        return {
          name: r.name ?? 'default',
          arn: r.arn ?? `arn:aws:config:${ctx.region}:${ctx.account}:config-recorder/${r.name ?? 'default'}`,
          recording: status?.recording === true,
          lastStatus: status?.lastStatus ?? null,
          allResources,
        };
      }),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.recorders.length === 0) return [fail(ctx.account, `no AWS Config recorder in ${ctx.region}`)];
    return snapshot.recorders.map((r): Finding => {
      if (!r.recording) return fail(r.arn, `recorder ${r.name} is not recording`);
      if (!r.allResources) return fail(r.arn, `recorder ${r.name} records only some resource types`);
      if (r.lastStatus === 'Failure') return fail(r.arn, `recorder ${r.name} is recording but its last delivery failed`);
      return pass(r.arn, `recorder ${r.name} records all resource types`);
    });
  },
});
