import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** A basic event selector that leaves out management events (or their writes). */
function reduces(selector: unknown): boolean {
  if (getPath(selector, 'includeManagementEvents') === false) return true;
  const rw = getString(selector, 'readWriteType');
  if (rw !== undefined && rw !== 'All') return true;
  return items(getPath(selector, 'excludeManagementEventSources')).length > 0;
}

export const cloudtrailEventSelectorsReduced = defineRule({
  id: 'cloudtrail-event-selectors-reduced',
  title: 'CloudTrail event selectors reduced',
  source: 'cloudtrail',
  severity: 'high',
  area: 'api-logging',
  controls: ['CloudTrail.1'],
  attack: ['T1562.008'],
  guardduty: ['Stealth:IAMUser/CloudTrailLoggingDisabled', 'DefenseEvasion:IAMUser/AnomalousBehavior'],
  falsePositives: ['Data events turned down on purpose to save cost.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the trail changed only if the call succeeded. Advanced selectors are not analysed.
  when: { eventSource: 'cloudtrail.amazonaws.com', eventName: 'PutEventSelectors', success: true },
  match: (e) => items(getPath(e.requestParameters, 'eventSelectors')).some(reduces),
  description:
    "A trail's event selectors now leave out management events, their writes, or some event sources. Deciding what is logged is the customer's side; attackers narrow selectors to hide.",
  customerAction: 'Restore selectors that log all management events (ReadWriteType All, no excluded sources) and review the gap.',
  describe: (e) => `PutEventSelectors reduced what trail ${getString(e.requestParameters, 'trailName') ?? ''} records.`,
  resource: (e) => getString(e.requestParameters, 'trailName') ?? null,
  notes: ['PutAdvancedEventSelectors is not analysed.'],
  cases: [
    {
      name: 'management events turned off fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'cloudtrail.amazonaws.com',
        eventName: 'PutEventSelectors',
        requestParameters: { trailName: 'management-events', eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [], excludeManagementEventSources: [] }] },
      }),
    },
    {
      name: 'all management events kept does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'cloudtrail.amazonaws.com',
        eventName: 'PutEventSelectors',
        requestParameters: {
          trailName: 'management-events',
          eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }], excludeManagementEventSources: [] }],
        },
      }),
    },
  ],
});
