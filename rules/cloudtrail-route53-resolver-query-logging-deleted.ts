import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const configId = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'resolverQueryLogConfigId') ?? null;

export const cloudtrailRoute53ResolverQueryLoggingDeleted = defineRule({
  id: 'cloudtrail-route53-resolver-query-logging-deleted',
  title: 'Route 53 Resolver query logging removed',
  source: 'cloudtrail',
  severity: 'high',
  area: 'network-monitoring',
  controls: [],
  attack: ['T1562.008'],
  guardduty: [],
  falsePositives: ['A query logging configuration replaced by a new one (destination changed), or removed with its VPC.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: DNS query logs stop only if the call succeeded.
  when: { eventSource: 'route53resolver.amazonaws.com', eventName: ['DeleteResolverQueryLogConfig', 'DisassociateResolverQueryLogConfig'], success: true },
  description:
    "DNS query logging for VPCs was deleted or detached. AWS resolves and logs queries when asked; keeping DNS logs on is the customer's side, and attackers remove them to hide command-and-control and exfiltration lookups.",
  customerAction: 'Recreate or re-associate the query logging configuration for the affected VPCs and review what was resolved meanwhile.',
  describe: (e) =>
    `${e.eventName} removed Route 53 Resolver query logging ${configId(e) ?? ''}${getString(e.requestParameters, 'resourceId') ? ` from ${getString(e.requestParameters, 'resourceId')}` : ''}.`,
  resource: configId,
  references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs.html'],
  cases: [
    {
      name: 'DeleteResolverQueryLogConfig fires',
      fires: true,
      event: exampleEvent({ eventSource: 'route53resolver.amazonaws.com', eventName: 'DeleteResolverQueryLogConfig', requestParameters: { resolverQueryLogConfigId: 'rqlc-0123456789abcdef' } }),
    },
    {
      name: 'DisassociateResolverQueryLogConfig fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'route53resolver.amazonaws.com',
        eventName: 'DisassociateResolverQueryLogConfig',
        requestParameters: { resolverQueryLogConfigId: 'rqlc-0123456789abcdef', resourceId: 'vpc-0123456789abcdef0' },
      }),
    },
    {
      name: 'CreateResolverQueryLogConfig does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'route53resolver.amazonaws.com', eventName: 'CreateResolverQueryLogConfig', requestParameters: { name: 'dns-logs' } }),
    },
  ],
});
