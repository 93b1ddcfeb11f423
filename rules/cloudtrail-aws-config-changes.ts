import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.9 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailAwsConfigChanges = defineRule({
  id: 'cloudtrail-aws-config-changes',
  title: 'AWS Config recording changed',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'configuration-compliance',
  controls: ['CloudWatch.9', 'cis-aws-1.2.0:3.9', 'cis-aws-1.4.0:4.9', 'cis-aws-3.0.0:4.9'],
  attack: ['T1562.008', 'T1562.001'],
  guardduty: ['DefenseEvasion:IAMUser/AnomalousBehavior'],
  falsePositives: ['Recorder and delivery-channel set-up by the team that manages AWS Config (PutConfigurationRecorder, PutDeliveryChannel).'],
  tuning: 'suppressions (by rule and actor or account)',
  pattern: '{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-9'],
  description:
    "The AWS Config recorder or delivery channel changed. AWS runs Config; keeping configuration history recorded is the customer's side.",
  customerAction: "Confirm the change; if the recorder was stopped or the channel deleted, restore recording so configuration history has no gap.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'configurationRecorderName') ?? getString(e.requestParameters, 'deliveryChannelName') ?? null,
  cases: [
    {
      name: 'StopConfigurationRecorder fires',
      fires: true,
      event: exampleEvent({ eventSource: 'config.amazonaws.com', eventName: 'StopConfigurationRecorder', requestParameters: { configurationRecorderName: 'default' } }),
    },
    {
      name: 'read-only DescribeConfigurationRecorders does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'config.amazonaws.com', eventName: 'DescribeConfigurationRecorders', readOnly: true, requestParameters: {} }),
    },
    {
      name: 'StopConfigurationRecorder from another event source does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'StopConfigurationRecorder', requestParameters: {} }),
    },
  ],
});
