import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

const rootLogin = (mfa: string, result: string) =>
  exampleEvent({
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    eventType: 'AwsConsoleSignIn',
    userIdentity: { type: 'Root', principalId: '123456789012', arn: identities.root.arn, accountId: '123456789012', accessKeyId: '' },
    responseElements: { ConsoleLogin: result },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: mfa },
  });

export const cloudtrailRootConsoleLogin = defineRule({
  id: 'cloudtrail-root-console-login',
  title: 'Root user signed in to the console',
  source: 'cloudtrail',
  severity: 'high',
  area: 'root-account',
  controls: ['cis-aws-1.4.0:1.7', 'cis-aws-3.0.0:1.7'],
  attack: ['T1078.004'],
  guardduty: ['Policy:IAMUser/RootCredentialUsage'],
  falsePositives: ['The account owner doing a root-only task.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful sign-ins only; failed ones are covered by cloudtrail-console-auth-failures.
  when: { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin' },
  match: (e) => getString(e.userIdentity, 'type') === 'Root' && getString(e.responseElements, 'ConsoleLogin') === 'Success',
  classify: (e) =>
    getString(e.additionalEventData, 'MFAUsed') === 'Yes'
      ? {}
      : { severity: 'critical', notes: ['The root user signed in without MFA.'] },
  description:
    "Someone signed in as the root user. AWS secures the sign-in; keeping root for the few tasks that need it, with MFA, is the customer's side.",
  customerAction: 'Confirm the sign-in with the account owner; if unexpected, reset the root password, check the MFA device and review root activity.',
  describe: (e) =>
    `The root user signed in to the console from ${e.sourceIPAddress ?? 'an unknown address'}${getString(e.additionalEventData, 'MFAUsed') === 'Yes' ? ' with MFA' : ' without MFA'}.`,
  cases: [
    { name: 'root sign-in with MFA fires', fires: true, event: rootLogin('Yes', 'Success') },
    { name: 'root sign-in without MFA fires', fires: true, event: rootLogin('No', 'Success') },
    { name: 'failed root sign-in does not fire', fires: false, event: { ...rootLogin('No', 'Failure'), errorMessage: 'Failed authentication' } },
    {
      name: 'IAM user sign-in does not fire',
      fires: false,
      event: { ...rootLogin('Yes', 'Success'), userIdentity: { ...identities.iamUser } },
    },
  ],
});
