import { callerKind, deployPipelineNoise } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities, ssoIdentity } from '../src/rules/example-event.js';

const functionName = (e: { requestParameters?: unknown; responseElements?: unknown }) =>
  getString(e.responseElements, 'functionName') ?? getString(e.requestParameters, 'functionName') ?? '';

export const cloudtrailLambdaCodeUpdated = defineRule({
  id: 'cloudtrail-lambda-code-updated',
  title: 'Lambda function code replaced',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'application-code',
  controls: [],
  attack: ['T1546', 'T1648'],
  guardduty: [],
  falsePositives: ['Every deployment of the function (noise code deploy-pipeline when a pipeline role does it); developers deploying by hand to development accounts.'],
  tuning: 'noise.cloudtrail-lambda-code-updated:deploy-pipeline (suppress to keep only changes by people); suppressions by account',
  // Successful calls only: the code changes only if the call succeeded. Lambda logs the API version in the name.
  when: { eventSource: 'lambda.amazonaws.com', eventName: ['UpdateFunctionCode20150331v2', 'UpdateFunctionCode20150331', 'UpdateFunctionCode'], success: true },
  classify: (e) => (callerKind(e) === 'automation' ? { severity: 'low' } : {}),
  noisyWhen: [deployPipelineNoise],
  description:
    "A function's code was replaced. Whoever can update the code runs it with the function's role on every trigger, so an out-of-band change is a backdoor. The function's code is the customer's side.",
  customerAction: 'Confirm the change with the function\'s owners (compare codeSha256 with the pipeline\'s build); if unexpected, redeploy the known-good version and review the function\'s role.',
  describe: (e) => `The code of ${functionName(e) || 'a function'} was replaced${getString(e.responseElements, 'codeSha256') ? ` (codeSha256 ${getString(e.responseElements, 'codeSha256')})` : ''}.`,
  resource: (e) => getString(e.responseElements, 'functionArn') ?? (functionName(e) || null),
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html'],
  cases: [
    {
      name: 'code replaced by an IAM user fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'UpdateFunctionCode20150331v2',
        requestParameters: { functionName: 'billing-export', publish: true },
        responseElements: { functionName: 'billing-export', codeSha256: 'Pt1c8vVaBygmNtAeSyjlpdy7r8nHRqJAAL++HEGlQkc=' },
      }),
    },
    {
      name: 'code replaced in a person\'s Identity Center session fires',
      fires: true,
      event: exampleEvent({ eventSource: 'lambda.amazonaws.com', eventName: 'UpdateFunctionCode20150331v2', userIdentity: { ...ssoIdentity }, requestParameters: { functionName: 'billing-export' } }),
    },
    {
      name: 'code replaced by a pipeline role fires, marked as a deployment',
      fires: true,
      event: exampleEvent({ eventSource: 'lambda.amazonaws.com', eventName: 'UpdateFunctionCode20150331v2', userIdentity: { ...identities.assumedRole }, requestParameters: { functionName: 'billing-export' } }),
    },
    { name: 'GetFunction does not fire', fires: false, event: exampleEvent({ eventSource: 'lambda.amazonaws.com', eventName: 'GetFunction20150331v2', readOnly: true, requestParameters: { functionName: 'billing-export' } }) },
  ],
});
