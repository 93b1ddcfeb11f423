import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.5 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailTrailConfigChanges = defineRule({
  id: 'cloudtrail-trail-config-changes',
  title: 'CloudTrail configuration changed',
  source: 'cloudtrail',
  severity: 'high',
  area: 'api-logging',
  controls: ['CloudWatch.5', 'cis-aws-1.2.0:3.5', 'cis-aws-1.4.0:4.5', 'cis-aws-3.0.0:4.5'],
  attack: ['T1562.008'],
  guardduty: ['Stealth:IAMUser/CloudTrailLoggingDisabled', 'DefenseEvasion:IAMUser/AnomalousBehavior'],
  falsePositives: ['Trail creation and updates by the team or pipeline that manages logging.'],
  tuning: 'suppressions (by rule and actor or account)',
  pattern: '{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-5'],
  description:
    "A trail was created, changed, deleted, started or stopped. AWS records API activity; keeping the trail on and complete is the customer's side.",
  customerAction: "Confirm the change was intended; if logging was stopped or a trail deleted, restore it and investigate what happened while it was off.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'name') ?? null,
  cases: [
    {
      name: 'StopLogging fires',
      fires: true,
      event: exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events' } }),
    },
    {
      name: 'read-only DescribeTrails does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DescribeTrails', readOnly: true, requestParameters: { trailNameList: [] } }),
    },
  ],
});
