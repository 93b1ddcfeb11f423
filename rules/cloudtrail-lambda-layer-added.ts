import { accountOfPrincipal, deployPipelineNoise } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

const layers = (e: { requestParameters?: unknown }): string[] => items(getPath(e.requestParameters, 'layers')).filter((l): l is string => typeof l === 'string');
const foreignLayers = (e: { requestParameters?: unknown; recipientAccountId?: string }) =>
  layers(e).filter((l) => {
    const acct = accountOfPrincipal(l);
    return acct !== undefined && acct !== e.recipientAccountId;
  });
const functionName = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'functionName') ?? '';

export const cloudtrailLambdaLayerAdded = defineRule({
  id: 'cloudtrail-lambda-layer-added',
  title: 'Layers set on a Lambda function',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'application-code',
  controls: [],
  attack: ['T1546', 'T1648'],
  guardduty: [],
  falsePositives: ['Deployment pipelines updating a function\'s layers (noise code deploy-pipeline); monitoring agents installed as layers.'],
  tuning: 'noise.cloudtrail-lambda-layer-added:deploy-pipeline; suppressions by actor',
  // Successful calls only: the layers change only if the call succeeded. Lambda logs the API version in the name.
  when: { eventSource: 'lambda.amazonaws.com', eventName: ['UpdateFunctionConfiguration20150331v2', 'UpdateFunctionConfiguration20150331', 'UpdateFunctionConfiguration'], success: true },
  match: (e) => layers(e).length > 0,
  classify: (e) => (foreignLayers(e).length > 0 ? { severity: 'high', title: 'Lambda layer from another account added', notes: [`Layer(s) from another account: ${foreignLayers(e).join(', ')}.`] } : {}),
  noisyWhen: [deployPipelineNoise],
  description:
    "A function's layers were set. A layer (or a Lambda extension inside one) runs inside every invocation with the function's role, so adding one is a quiet way to persist and read every request. The function's code and its dependencies are the customer's side.",
  customerAction: 'Confirm the layers with the function\'s owners; if unexpected, restore the previous configuration and review the layer\'s content and the function\'s role.',
  describe: (e) => `${functionName(e) || 'A function'} now runs with layer(s) ${layers(e).join(', ')}.`,
  resource: (e) => functionName(e) || null,
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html'],
  cases: [
    {
      name: 'a layer set by a user fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'UpdateFunctionConfiguration20150331v2',
        requestParameters: { functionName: 'billing-export', layers: ['arn:aws:lambda:us-east-1:123456789012:layer:telemetry:3'] },
      }),
    },
    {
      name: 'a layer from another account fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'UpdateFunctionConfiguration20150331v2',
        userIdentity: { ...identities.assumedRole },
        requestParameters: { functionName: 'billing-export', layers: ['arn:aws:lambda:us-east-1:111122223333:layer:ext:1'] },
      }),
    },
    {
      name: 'a memory change does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'lambda.amazonaws.com', eventName: 'UpdateFunctionConfiguration20150331v2', requestParameters: { functionName: 'billing-export', memorySize: 512 } }),
    },
  ],
});
