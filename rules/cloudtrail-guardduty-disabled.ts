import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailGuarddutyDisabled = defineRule({
  id: 'cloudtrail-guardduty-disabled',
  title: 'GuardDuty detector deleted or suspended',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'threat-detection',
  controls: ['GuardDuty.1'],
  attack: ['T1562.001'],
  guardduty: ['DefenseEvasion:IAMUser/AnomalousBehavior'],
  falsePositives: ['Detectors removed on purpose in an account being closed, or moved to a delegated administrator.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: detection stops only if the call succeeded.
  when: { eventSource: 'guardduty.amazonaws.com', eventName: ['DeleteDetector', 'UpdateDetector'], success: true },
  match: (e) => e.eventName === 'DeleteDetector' || getPath(e.requestParameters, 'enable') === false,
  description:
    "GuardDuty threat detection was turned off in this region. AWS runs GuardDuty; keeping it on everywhere is the customer's side, and attackers turn it off first.",
  customerAction: 'Re-enable GuardDuty (create or update the detector with enable=true) and find out who turned it off.',
  describe: (e) => `${e.eventName} turned off GuardDuty detector ${getString(e.requestParameters, 'detectorId') ?? ''} in ${e.awsRegion ?? 'its region'}.`,
  resource: (e) => getString(e.requestParameters, 'detectorId') ?? null,
  cases: [
    {
      name: 'DeleteDetector fires',
      fires: true,
      event: exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'DeleteDetector', requestParameters: { detectorId: '12abc34d567e8fa901bc2d34eexample' } }),
    },
    {
      name: 'UpdateDetector enable=false fires',
      fires: true,
      event: exampleEvent({ eventSource: 'guardduty.amazonaws.com', eventName: 'UpdateDetector', requestParameters: { detectorId: '12abc34d567e8fa901bc2d34eexample', enable: false } }),
    },
    {
      name: 'UpdateDetector changing the publishing frequency does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'guardduty.amazonaws.com',
        eventName: 'UpdateDetector',
        requestParameters: { detectorId: '12abc34d567e8fa901bc2d34eexample', enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES' },
      }),
    },
  ],
});
