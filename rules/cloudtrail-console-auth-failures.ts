import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const login = (fields: Record<string, unknown>) =>
  exampleEvent({
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    eventType: 'AwsConsoleSignIn',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLEUSER000001', accountId: '123456789012', accessKeyId: '', userName: 'alice' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
    ...fields,
  });

/** Security Hub CloudWatch.6 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailConsoleAuthFailures = defineRule({
  id: 'cloudtrail-console-auth-failures',
  title: 'Console authentication failure',
  source: 'cloudtrail',
  severity: 'low',
  area: 'iam',
  controls: ['CloudWatch.6', 'cis-aws-1.2.0:3.6', 'cis-aws-1.4.0:4.6', 'cis-aws-3.0.0:4.6'],
  attack: ['T1110.001'],
  guardduty: [],
  falsePositives: ['Users mistyping a password; a password manager with a stale entry.'],
  tuning: 'routes (send rule to a quieter channel); suppressions (by rule and actor or account)',
  pattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-6'],
  description:
    "A console sign-in failed. AWS runs the sign-in service; strong passwords, MFA and watching for password guessing are the customer's side.",
  customerAction:
    'Check the user and source IP; repeated failures from unknown addresses suggest password guessing: enforce MFA and a strong password policy.',
  describe: (e) => `Console sign-in failed for ${getString(e.userIdentity, 'userName') ?? getString(e.userIdentity, 'type') ?? 'an unknown user'} from ${e.sourceIPAddress ?? 'an unknown address'}.`,
  resource: (e) => getString(e.userIdentity, 'arn') ?? getString(e.userIdentity, 'userName') ?? null,
  cases: [
    {
      name: 'failed password sign-in fires',
      fires: true,
      event: login({ responseElements: { ConsoleLogin: 'Failure' }, errorMessage: 'Failed authentication' }),
    },
    { name: 'successful sign-in does not fire', fires: false, event: login({ responseElements: { ConsoleLogin: 'Success' } }) },
    {
      name: 'other sign-in error does not fire',
      fires: false,
      event: login({ responseElements: { ConsoleLogin: 'Failure' }, errorMessage: 'No username found in supplied account' }),
    },
  ],
});
