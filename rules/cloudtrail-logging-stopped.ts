import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailLoggingStopped = defineRule({
  id: 'cloudtrail-logging-stopped',
  title: 'CloudTrail logging stopped or trail deleted',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'api-logging',
  controls: ['CloudTrail.1', 'cis-aws-1.4.0:3.1', 'cis-aws-3.0.0:3.1'],
  attack: ['T1562.008'],
  guardduty: ['Stealth:IAMUser/CloudTrailLoggingDisabled'],
  falsePositives: ['A trail replaced by an organization trail, or removed when an account is closed.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: logging stops only if the call succeeded (failed attempts still fire CloudWatch.5).
  when: { eventSource: 'cloudtrail.amazonaws.com', eventName: ['StopLogging', 'DeleteTrail'], success: true },
  description:
    "A trail stopped recording API activity. AWS delivers the logs it is asked to; keeping the trail on is the customer's side, and attackers stop it to hide.",
  customerAction: 'Restart logging (StartLogging) or recreate the trail now, then review what happened while it was off.',
  describe: (e) => `${e.eventName} turned off trail ${getString(e.requestParameters, 'name') ?? ''}.`,
  resource: (e) => getString(e.requestParameters, 'name') ?? null,
  cases: [
    {
      name: 'StopLogging fires',
      fires: true,
      event: exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'management-events' } }),
    },
    {
      name: 'denied StopLogging does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'management-events' }, errorCode: 'AccessDenied' }),
    },
    {
      name: 'StartLogging does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StartLogging', requestParameters: { name: 'management-events' } }),
    },
  ],
});
