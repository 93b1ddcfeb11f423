import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

export const cloudtrailBedrockModelAccessEnabled = defineRule({
  id: 'cloudtrail-bedrock-model-access-enabled',
  title: 'Bedrock foundation model access enabled',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'account-governance',
  controls: [],
  attack: ['T1496.004'],
  guardduty: [],
  falsePositives: ['A team enabling a model it plans to use (once per model and account).'],
  tuning: 'suppressions (by rule and account) for the accounts that use Bedrock',
  // Successful calls only: access is granted only if the call succeeded.
  when: { eventSource: 'bedrock.amazonaws.com', eventName: ['PutUseCaseForModelAccess', 'CreateFoundationModelAgreement', 'PutFoundationModelEntitlement'], success: true },
  description:
    "Access to a Bedrock foundation model was requested or granted (use case, agreement, entitlement): the first step of LLMjacking, where stolen credentials are used to run models at the account's expense. Which models an account may use, and who pays, is the customer's side.",
  customerAction: 'Confirm a team asked for the model; if not, revoke the caller\'s credentials, remove the model access and restrict Bedrock with an SCP.',
  describe: (e) => `${e.eventName} was called${getString(e.requestParameters, 'modelId') ? ` for ${getString(e.requestParameters, 'modelId')}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'modelId') ?? null,
  references: ['https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html'],
  cases: [
    {
      name: 'model entitlement fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'bedrock.amazonaws.com',
        eventName: 'PutFoundationModelEntitlement',
        userIdentity: { ...identities.assumedRole },
        requestParameters: { modelId: 'anthropic.claude-3-sonnet-20240229-v1:0' },
        responseElements: { status: 'SUCCESS' },
      }),
    },
    {
      name: 'model invocation does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'bedrock.amazonaws.com', eventName: 'InvokeModel', readOnly: true, requestParameters: { modelId: 'anthropic.claude-3-sonnet-20240229-v1:0' } }),
    },
  ],
});
