import { accountOfPrincipal } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const principal = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'principal') ?? '';
const functionName = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'functionName') ?? '';
/** Everyone ("*"), or an account other than the function's own. */
const outsider = (e: { requestParameters?: unknown; recipientAccountId?: string }): string | null => {
  const p = principal(e);
  if (p === '*') return '*';
  const acct = accountOfPrincipal(p);
  return acct && acct !== e.recipientAccountId ? acct : null;
};

export const cloudtrailLambdaPermissionExternal = defineRule({
  id: 'cloudtrail-lambda-permission-external',
  title: 'Lambda function opened to everyone or another account',
  source: 'cloudtrail',
  severity: 'high',
  area: 'resource-policies',
  controls: [],
  attack: ['T1546'],
  guardduty: [],
  falsePositives: ['Functions shared on purpose with a partner or another account of the organization; public function URLs meant to be public.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the permission exists only if the call succeeded. Lambda logs the API version in the name.
  when: { eventSource: 'lambda.amazonaws.com', eventName: ['AddPermission20150331v2', 'AddPermission20150331', 'AddPermission'], success: true },
  match: (e) => outsider(e) !== null,
  classify: (e) => (outsider(e) === '*' ? { severity: 'critical', title: 'Lambda function opened to everyone' } : {}),
  description:
    "A statement was added to a function's resource policy letting everyone, or a principal of another account, invoke it: a backdoor that runs the function's code and role from outside. Function policies are the customer's side.",
  customerAction: 'Remove the statement (RemovePermission) unless it is intended, and review the function\'s code and role.',
  describe: (e) => `${functionName(e) || 'A function'} can now be invoked by ${outsider(e) === '*' ? 'anyone' : `account ${outsider(e) ?? '?'}`} (${getString(e.requestParameters, 'action') ?? 'lambda:*'}).`,
  resource: (e) => functionName(e) || null,
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  cases: [
    {
      name: 'invoke permission for everyone fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'AddPermission20150331v2',
        requestParameters: { functionName: 'billing-export', statementId: 'public', action: 'lambda:InvokeFunction', principal: '*' },
      }),
    },
    {
      name: 'invoke permission for another account fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'AddPermission20150331v2',
        requestParameters: { functionName: 'billing-export', statementId: 'partner', action: 'lambda:InvokeFunction', principal: 'arn:aws:iam::111122223333:root' },
      }),
    },
    {
      name: 'an S3 trigger of the same account does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'AddPermission20150331v2',
        requestParameters: { functionName: 'thumbnails', statementId: 's3', action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceAccount: '123456789012' },
      }),
    },
  ],
});
