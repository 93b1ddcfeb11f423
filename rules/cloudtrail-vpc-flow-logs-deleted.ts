import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Flow log ids as CloudTrail logs them (the request shape varies by client). */
function flowLogIds(req: unknown): string[] {
  const direct = items(getPath(req, 'flowLogIds')).map((i) => (typeof i === 'string' ? i : getString(i, 'item')));
  const wrapped = getPath(req, 'DeleteFlowLogsRequest', 'FlowLogId');
  const fromWrapped = (Array.isArray(wrapped) ? wrapped : [wrapped]).map((w) => (typeof w === 'string' ? w : getString(w, 'content')));
  return [...direct, ...fromWrapped].filter((x): x is string => typeof x === 'string');
}

export const cloudtrailVpcFlowLogsDeleted = defineRule({
  id: 'cloudtrail-vpc-flow-logs-deleted',
  title: 'VPC flow logs deleted',
  source: 'cloudtrail',
  severity: 'high',
  area: 'network-monitoring',
  controls: ['EC2.6'],
  attack: ['T1562.008'],
  guardduty: ['DefenseImpairment:EC2/DisableOrModifyTools', 'DefenseEvasion:IAMUser/AnomalousBehavior'],
  falsePositives: ['Flow logs replaced by new ones (destination changed) or removed with their VPC.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: logging stops only if the call succeeded.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'DeleteFlowLogs', success: true },
  description:
    "Network flow logging was removed. AWS records flows when asked; keeping network logs on is the customer's side, and attackers delete them to hide.",
  customerAction: 'Recreate the flow logs for the affected VPCs, subnets or interfaces and review what happened meanwhile.',
  describe: (e) => `DeleteFlowLogs removed flow log(s) ${flowLogIds(e.requestParameters).join(', ') || '(ids not logged)'}.`,
  resource: (e) => flowLogIds(e.requestParameters)[0] ?? null,
  cases: [
    {
      name: 'DeleteFlowLogs fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DeleteFlowLogs', requestParameters: { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-0123456789abcdef0', tag: 1 } } } }),
    },
    { name: 'DescribeFlowLogs does not fire', fires: false, event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeFlowLogs', readOnly: true }) },
  ],
});
