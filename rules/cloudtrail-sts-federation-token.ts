import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { grantsFullAdmin } from '../src/rules/policy-document.js';

export const cloudtrailStsFederationToken = defineRule({
  id: 'cloudtrail-sts-federation-token',
  title: 'Federation token issued to an IAM user',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'federation',
  controls: [],
  attack: ['T1098.001', 'T1550.001'],
  guardduty: [],
  falsePositives: ['Legacy identity brokers and proxies that hand out GetFederationToken sessions.'],
  tuning: 'suppressions (by rule and actor) for the broker\'s user',
  // Successful calls only: a token exists only if the call succeeded.
  when: { eventSource: 'sts.amazonaws.com', eventName: 'GetFederationToken', success: true },
  classify: (e) => (grantsFullAdmin(getPath(e.requestParameters, 'policy')) ? { severity: 'high', notes: ['The session policy allows every action on every resource.'] } : {}),
  description:
    "An IAM user's long-term keys were used to mint federated-user credentials (up to 36 hours) that survive the user's key being deleted and sign in to the console. Who holds credentials to your account is the customer's side.",
  customerAction: 'Confirm the caller runs an identity broker; if not, deactivate its access key and deny the federated session (aws:TokenIssueTime).',
  describe: (e) => `Federated user ${getString(e.requestParameters, 'name') ?? '?'} got temporary credentials${getString(e.responseElements, 'credentials', 'expiration') ? ` until ${getString(e.responseElements, 'credentials', 'expiration')}` : ''}.`,
  resource: (e) => getString(e.responseElements, 'federatedUser', 'arn') ?? null,
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html'],
  cases: [
    {
      name: 'GetFederationToken fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'sts.amazonaws.com',
        eventName: 'GetFederationToken',
        requestParameters: { name: 'broker-session', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' },
        responseElements: { federatedUser: { arn: 'arn:aws:sts::123456789012:federated-user/broker-session', federatedUserId: '123456789012:broker-session' } },
      }),
    },
    { name: 'GetSessionToken does not fire', fires: false, event: exampleEvent({ eventSource: 'sts.amazonaws.com', eventName: 'GetSessionToken' }) },
  ],
});
