import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailRootAccessKeyUsed = defineRule({
  id: 'cloudtrail-root-access-key-used',
  title: 'Root user access key used',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'root-account',
  controls: ['IAM.4', 'cis-aws-1.4.0:1.4', 'cis-aws-3.0.0:1.4'],
  attack: ['T1078.004'],
  guardduty: ['Policy:IAMUser/RootCredentialUsage'],
  falsePositives: ['Legacy automation still using a root key (itself a finding to fix).'],
  tuning: 'suppressions (by rule and actor or account)',
  // Long-term keys start with AKIA; console sessions use temporary ASIA keys. Failed calls count: the key exists.
  // Unindexed (any API call): the cheap identity test comes first.
  match: (e) =>
    e.userIdentity?.type === 'Root' &&
    (getString(e.userIdentity, 'accessKeyId') ?? '').startsWith('AKIA') &&
    getString(e.userIdentity, 'invokedBy') === undefined,
  description:
    "An API call was signed with a long-term access key of the root user. Such a key has every permission and no policy can restrict it; removing it is the customer's side.",
  customerAction: 'Delete the root access key, move the automation to an IAM role, and review everything the key did.',
  describe: (e) => `The root user's access key ${getString(e.userIdentity, 'accessKeyId') ?? ''} called ${e.eventName} (${e.eventSource}).`,
  resource: (e) => getString(e.userIdentity, 'accessKeyId') ?? null,
  cases: [
    {
      name: 'root long-term key fires',
      fires: true,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'ListBuckets',
        readOnly: true,
        userIdentity: { ...identities.root, accessKeyId: 'AKIAI44QH8DHBEXAMPLE' },
      }),
    },
    {
      name: 'root console session (temporary key) does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', readOnly: true, userIdentity: { ...identities.root } }),
    },
    {
      name: 'IAM user key does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', readOnly: true }),
    },
  ],
});
