import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const target = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'target') ?? null;

export const cloudtrailSsmStartSession = defineRule({
  id: 'cloudtrail-ssm-start-session',
  title: 'Interactive SSM session opened on an instance',
  source: 'cloudtrail',
  severity: 'low',
  area: 'guest-os-hardening',
  controls: [],
  attack: ['T1021.007'],
  guardduty: ['InitialAccess:IAMUser/AnomalousBehavior'],
  falsePositives: ['Operators using Session Manager as their way into instances (it replaces SSH and bastions).'],
  tuning: 'suppressions (by rule and actor) for the operators\' roles; routes (send rule to a quieter channel)',
  // Successful calls only: no shell opens when the call fails.
  when: { eventSource: 'ssm.amazonaws.com', eventName: 'StartSession', success: true },
  description:
    "A Session Manager shell was opened on an instance: an interactive root-capable session without SSH keys or open ports. Who may open shells on the guest OS is the customer's side.",
  customerAction: 'Confirm the session with the caller; Session Manager logging (S3 or CloudWatch Logs) shows what was typed.',
  describe: (e) => `A Session Manager session was opened on ${target(e) ?? 'an instance'}.`,
  resource: target,
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html'],
  cases: [
    { name: 'StartSession fires', fires: true, event: exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'StartSession', requestParameters: { target: 'i-0123456789abcdef0' } }) },
    { name: 'TerminateSession does not fire', fires: false, event: exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'TerminateSession', requestParameters: { sessionId: 'alice-0123456789abcdef0' } }) },
  ],
});
