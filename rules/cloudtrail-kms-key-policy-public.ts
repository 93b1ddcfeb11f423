import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { grantsEveryone } from '../src/rules/policy-document.js';

export const cloudtrailKmsKeyPolicyPublic = defineRule({
  id: 'cloudtrail-kms-key-policy-public',
  title: 'KMS key policy opened to everyone',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'key-management',
  controls: ['KMS.5'],
  attack: ['T1098'],
  guardduty: [],
  falsePositives: ['None common: a key policy open to everyone without a condition is almost never intended.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the policy changed only if the call succeeded.
  when: { eventSource: 'kms.amazonaws.com', eventName: ['PutKeyPolicy', 'CreateKey'], success: true },
  match: (e) => grantsEveryone(getPath(e.requestParameters, 'policy')),
  description:
    "A KMS key policy now allows everyone (Principal \"*\") with no condition. AWS protects the key material; who may use the key is the customer's side.",
  customerAction: 'Replace the statement with named principals or add conditions (aws:PrincipalOrgID, kms:CallerAccount).',
  describe: (e) => `${e.eventName} gave everyone access to KMS key ${getString(e.requestParameters, 'keyId') ?? getString(e.responseElements, 'keyMetadata', 'keyId') ?? ''}.`,
  resource: (e) => getString(e.requestParameters, 'keyId') ?? getString(e.responseElements, 'keyMetadata', 'arn') ?? null,
  cases: [
    {
      name: 'Principal * without condition fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'kms.amazonaws.com',
        eventName: 'PutKeyPolicy',
        requestParameters: {
          keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
          policyName: 'default',
          policy: '{"Version":"2012-10-17","Statement":[{"Sid":"Open","Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:*","Resource":"*"}]}',
          bypassPolicyLockoutSafetyCheck: false,
        },
      }),
    },
    {
      name: 'Principal * limited to the account does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'kms.amazonaws.com',
        eventName: 'PutKeyPolicy',
        requestParameters: {
          keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
          policyName: 'default',
          policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}}]}',
        },
      }),
    },
  ],
});
