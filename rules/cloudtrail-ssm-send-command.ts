import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

/** AWS-owned documents that patch, inventory or maintain the agent: routine fleet upkeep. */
const maintenanceDocuments = new Set([
  'AWS-RunPatchBaseline',
  'AWS-RunPatchBaselineAssociation',
  'AWS-RunPatchBaselineWithHooks',
  'AWS-GatherSoftwareInventory',
  'AWS-UpdateSSMAgent',
  'AWS-ConfigureAWSPackage',
  'AWS-RefreshAssociation',
  'AWS-ApplyPatchBaseline',
  'AWS-FindWindowsUpdates',
  'AWS-InstallWindowsUpdates',
]);
/** Documents that run arbitrary shell or PowerShell given as a parameter. */
const shellDocuments = new Set(['AWS-RunShellScript', 'AWS-RunPowerShellScript', 'AWS-RunRemoteScript']);

const documentName = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'documentName') ?? '';
const targets = (e: { requestParameters?: unknown }): string[] => {
  const ids = items(getPath(e.requestParameters, 'instanceIds')).filter((i): i is string => typeof i === 'string');
  if (ids.length) return ids;
  return items(getPath(e.requestParameters, 'targets')).map((t) => `${getString(t, 'key') ?? '?'}=${items(getPath(t, 'values')).join('|')}`);
};

export const cloudtrailSsmSendCommand = defineRule({
  id: 'cloudtrail-ssm-send-command',
  title: 'Command run on EC2 instances through SSM',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'guest-os-hardening',
  controls: [],
  attack: ['T1651'],
  guardduty: [],
  falsePositives: [
    'Patching, inventory and agent updates with AWS-owned documents (noise code maintenance-document).',
    'Operators and deployment tools running commands through Run Command.',
  ],
  tuning: 'noise.cloudtrail-ssm-send-command:maintenance-document; suppressions by actor (deployment roles)',
  // Successful calls only: nothing runs when the call fails.
  when: { eventSource: 'ssm.amazonaws.com', eventName: 'SendCommand', success: true },
  classify: (e) => (shellDocuments.has(documentName(e)) ? { severity: 'high', notes: [`${documentName(e)} runs any shell given as a parameter (CloudTrail hides the parameters).`] } : {}),
  noisyWhen: [
    {
      code: 'maintenance-document',
      note: 'An AWS-owned patching, inventory or agent document: routine fleet maintenance.',
      when: (e) => maintenanceDocuments.has(documentName(e)),
    },
  ],
  description:
    "Commands were sent to instances through Systems Manager Run Command, which runs them as root or SYSTEM without SSH. What runs in the guest OS, and who may send it, is the customer's side.",
  customerAction: 'Confirm the command with the caller (the parameters are in the SSM command history); if unexpected, check the instances and revoke the caller\'s credentials.',
  describe: (e) => `${documentName(e) || 'A document'} was sent to ${targets(e).slice(0, 5).join(', ') || 'instances'}${targets(e).length > 5 ? ` and ${targets(e).length - 5} more` : ''}.`,
  resource: (e) => targets(e)[0] ?? null,
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html'],
  cases: [
    {
      name: 'a shell script sent to instances fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ssm.amazonaws.com',
        eventName: 'SendCommand',
        requestParameters: { documentName: 'AWS-RunShellScript', instanceIds: ['i-0123456789abcdef0'], interactive: false, parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
      }),
    },
    {
      name: 'patching fires, marked as maintenance',
      fires: true,
      event: exampleEvent({
        eventSource: 'ssm.amazonaws.com',
        eventName: 'SendCommand',
        userIdentity: { ...identities.assumedRole },
        requestParameters: { documentName: 'AWS-RunPatchBaseline', targets: [{ key: 'tag:PatchGroup', values: ['web'] }] },
      }),
    },
    {
      name: 'a denied SendCommand does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'SendCommand', errorCode: 'AccessDeniedException', requestParameters: { documentName: 'AWS-RunShellScript', instanceIds: ['i-0123456789abcdef0'] } }),
    },
    { name: 'ListCommands does not fire', fires: false, event: exampleEvent({ eventSource: 'ssm.amazonaws.com', eventName: 'ListCommands', readOnly: true }) },
  ],
});
