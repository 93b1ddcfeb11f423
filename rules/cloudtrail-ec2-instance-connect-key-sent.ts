import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const instanceOf = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'instanceId') ?? null;

export const cloudtrailEc2InstanceConnectKeySent = defineRule({
  id: 'cloudtrail-ec2-instance-connect-key-sent',
  title: 'SSH key pushed to an instance with EC2 Instance Connect',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'guest-os-hardening',
  controls: [],
  attack: ['T1021.004', 'T1098.004'],
  guardduty: [],
  falsePositives: ['Operators connecting with EC2 Instance Connect or the console\'s "Connect" button.'],
  tuning: 'suppressions (by rule and actor) for the operators\' roles; routes',
  // Successful calls only: the key is installed only if the call succeeded.
  when: { eventSource: 'ec2-instance-connect.amazonaws.com', eventName: ['SendSSHPublicKey', 'SendSerialConsoleSSHPublicKey'], success: true },
  classify: (e) =>
    e.eventName === 'SendSerialConsoleSSHPublicKey'
      ? { severity: 'high', title: 'SSH key pushed for the EC2 serial console', notes: ['The serial console reaches the instance even when its network is closed.'] }
      : {},
  description:
    "A temporary SSH public key was pushed to an instance (or its serial console) for 60 seconds, which lets the holder of the private key log in. Who may log in to the guest OS is the customer's side.",
  customerAction: 'Confirm the login with the caller; if unexpected, check the instance\'s auth log and revoke the caller\'s credentials.',
  describe: (e) =>
    `${e.eventName === 'SendSerialConsoleSSHPublicKey' ? 'A serial-console' : 'An'} SSH key was pushed to ${instanceOf(e) ?? 'an instance'}${getString(e.requestParameters, 'instanceOSUser') ? ` for ${getString(e.requestParameters, 'instanceOSUser')}` : ''}.`,
  resource: instanceOf,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-connect-methods.html'],
  cases: [
    {
      name: 'SendSSHPublicKey fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2-instance-connect.amazonaws.com',
        eventName: 'SendSSHPublicKey',
        requestParameters: { instanceId: 'i-0123456789abcdef0', instanceOSUser: 'ec2-user', sSHPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEY' },
        responseElements: { requestId: '1f1786bd-0000-4000-8000-000000000001', success: true },
      }),
    },
    {
      name: 'SendSerialConsoleSSHPublicKey fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2-instance-connect.amazonaws.com',
        eventName: 'SendSerialConsoleSSHPublicKey',
        requestParameters: { instanceId: 'i-0123456789abcdef0', serialPort: 0, sSHPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEY' },
      }),
    },
    {
      name: 'a denied key push does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2-instance-connect.amazonaws.com', eventName: 'SendSSHPublicKey', errorCode: 'AccessDenied', requestParameters: { instanceId: 'i-0123456789abcdef0' } }),
    },
  ],
});
