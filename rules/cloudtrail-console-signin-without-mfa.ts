import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

const login = (fields: Record<string, unknown>) =>
  exampleEvent({
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    eventType: 'AwsConsoleSignIn',
    requestParameters: null,
    responseElements: { ConsoleLogin: 'Success' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'No' },
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLEUSER000001', arn: identities.iamUser.arn, accountId: '123456789012', userName: 'alice' },
    ...fields,
  });

/** Security Hub CloudWatch.3 (= CIS v1.4.0 4.2, IAM-user variant), the metric filter verbatim. */
export const cloudtrailConsoleSigninWithoutMfa = defineRule({
  id: 'cloudtrail-console-signin-without-mfa',
  title: 'Console sign-in without MFA',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: ['CloudWatch.3', 'cis-aws-1.2.0:3.2', 'cis-aws-1.4.0:4.2', 'cis-aws-3.0.0:4.2'],
  attack: ['T1078.004'],
  guardduty: ['UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B'],
  falsePositives: ['IAM users whose second factor is checked by an identity provider (noise code mfa-at-idp); break-glass users kept without MFA on purpose.'],
  tuning: 'noise.mfa-at-idp; suppressions (by rule and actor or account)',
  pattern:
    '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-3'],
  description:
    'An IAM user signed in to the console with a password alone. AWS offers MFA; requiring it for every console user is the customer\'s side of the model.',
  customerAction: 'Require MFA for this user (or move them to IAM Identity Center) and confirm the sign-in was theirs.',
  notes: [
    'CIS v1.2.0 3.2 matches every ConsoleLogin without MFAUsed "Yes", which also flags federated (SAML, IAM Identity Center) sign-ins whose MFA happened at the identity provider. This Security Hub pattern keeps only IAM users; if such a sign-in still matches, it is noted with code "mfa-at-idp".',
  ],
  noisyWhen: [
    {
      code: 'mfa-at-idp',
      note: 'Federated sign-in (SAML / IAM Identity Center / assumed role): MFA may have happened at the identity provider, which CloudTrail does not record as MFAUsed.',
      when: (e) =>
        getString(e.additionalEventData, 'SamlProviderArn') !== undefined ||
        (getString(e.userIdentity, 'arn') ?? '').includes(':assumed-role/AWSReservedSSO_'),
    },
  ],
  describe: (e) => `${getString(e.userIdentity, 'userName') ?? 'An IAM user'} signed in to the console without MFA.`,
  resource: (e) => getString(e.userIdentity, 'arn') ?? null,
  cases: [
    { name: 'IAM user password-only sign-in fires', fires: true, event: login({}) },
    {
      name: 'sign-in with MFA does not fire',
      fires: false,
      event: login({ additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' } }),
    },
    {
      name: 'failed sign-in does not fire',
      fires: false,
      event: login({ responseElements: { ConsoleLogin: 'Failure' }, errorMessage: 'Failed authentication' }),
    },
    {
      name: 'SAML federated sign-in (assumed role) does not fire',
      fires: false,
      event: login({
        userIdentity: { ...identities.assumedRole },
        additionalEventData: { SamlProviderArn: 'arn:aws:iam::123456789012:saml-provider/ExampleIdP', MFAUsed: 'No', MobileVersion: 'No' },
      }),
    },
    {
      name: 'sign-in without additionalEventData does not fire (missing property never matches !=)',
      fires: false,
      event: login({ additionalEventData: undefined }),
    },
  ],
});
