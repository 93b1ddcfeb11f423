import { defineRule } from '../src/rules/define-rule.js';
import { exampleEvent } from '../src/rules/example-event.js';

export const cloudtrailEc2SerialConsoleEnabled = defineRule({
  id: 'cloudtrail-ec2-serial-console-enabled',
  title: 'EC2 serial console access enabled',
  source: 'cloudtrail',
  severity: 'high',
  area: 'guest-os-hardening',
  controls: [],
  attack: ['T1562.001', 'T1578.005'],
  guardduty: [],
  falsePositives: ['An operator turning it on to repair an instance that does not boot or has no network.'],
  tuning: 'suppressions (by rule and account)',
  // Successful calls only: access is enabled only if the call succeeded.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'EnableSerialConsoleAccess', success: true },
  description:
    "EC2 serial console access was turned on for the account and region: instances can then be reached through their serial port, bypassing security groups and network ACLs. Account settings that open a way into the guest OS are the customer's side.",
  customerAction: 'Confirm who needs it; otherwise turn it off (DisableSerialConsoleAccess) and deny ec2-instance-connect:SendSerialConsoleSSHPublicKey by SCP.',
  describe: (e) => `Serial console access was enabled in ${e.awsRegion ?? 'a region'}.`,
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html'],
  cases: [
    {
      name: 'EnableSerialConsoleAccess fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'EnableSerialConsoleAccess', requestParameters: { EnableSerialConsoleAccessRequest: '' }, responseElements: { EnableSerialConsoleAccessResponse: { serialConsoleAccessEnabled: true } } }),
    },
    { name: 'DisableSerialConsoleAccess does not fire', fires: false, event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DisableSerialConsoleAccess' }) },
  ],
});
