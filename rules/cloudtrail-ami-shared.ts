import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { shareSeverity, shareSummary, type ShareTargets } from '../src/rules/sharing.js';

function targets(req: unknown): ShareTargets {
  const added = items(getPath(req, 'launchPermission', 'add'));
  return {
    public: added.some((i) => getString(i, 'group') === 'all'),
    accounts: added.map((i) => getString(i, 'userId')).filter((a): a is string => a !== undefined),
  };
}

export const cloudtrailAmiShared = defineRule({
  id: 'cloudtrail-ami-shared',
  title: 'AMI shared',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'data-classification',
  controls: [],
  attack: ['T1537'],
  guardduty: ['Exfiltration:IAMUser/AnomalousBehavior'],
  falsePositives: ["Golden images shared with the organization's other accounts; public images published on purpose."],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: nothing is shared when the call fails.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'ModifyImageAttribute', success: true },
  match: (e) => {
    const t = targets(e.requestParameters);
    return t.public || t.accounts.some((a) => a !== e.recipientAccountId);
  },
  classify: (e) => {
    const t = targets(e.requestParameters);
    return t.public ? {} : { severity: shareSeverity(t), title: 'AMI shared with another account' };
  },
  description:
    "A machine image was made public or shared with another account; its disks may hold code, keys and data. Who may launch your images is the customer's side.",
  customerAction: 'Remove the launch permission unless the sharing is intended, and check the image for secrets.',
  describe: (e) => shareSummary('AMI', getString(e.requestParameters, 'imageId') ?? '', targets(e.requestParameters)),
  resource: (e) => getString(e.requestParameters, 'imageId') ?? null,
  cases: [
    {
      name: 'AMI made public fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'ModifyImageAttribute',
        requestParameters: { imageId: 'ami-0123456789abcdef0', launchPermission: { add: { items: [{ group: 'all' }] } }, attributeType: 'launchPermission' },
      }),
    },
    {
      name: 'description change does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'ModifyImageAttribute',
        requestParameters: { imageId: 'ami-0123456789abcdef0', description: { value: 'web server' }, attributeType: 'description' },
      }),
    },
  ],
});
