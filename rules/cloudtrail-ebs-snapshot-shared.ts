import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { shareSeverity, shareSummary, type ShareTargets } from '../src/rules/sharing.js';

function targets(req: unknown): ShareTargets {
  const added = items(getPath(req, 'createVolumePermission', 'add'));
  return {
    public: added.some((i) => getString(i, 'group') === 'all'),
    accounts: added.map((i) => getString(i, 'userId')).filter((a): a is string => a !== undefined),
  };
}

export const cloudtrailEbsSnapshotShared = defineRule({
  id: 'cloudtrail-ebs-snapshot-shared',
  title: 'EBS snapshot shared',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'data-classification',
  controls: ['EC2.1'],
  attack: ['T1537'],
  guardduty: ['Exfiltration:IAMUser/AnomalousBehavior'],
  falsePositives: ['Snapshots copied to a backup or disaster-recovery account.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: nothing is shared when the call fails.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'ModifySnapshotAttribute', success: true },
  match: (e) => {
    const t = targets(e.requestParameters);
    return t.public || t.accounts.some((a) => a !== e.recipientAccountId);
  },
  classify: (e) => {
    const t = targets(e.requestParameters);
    return t.public ? {} : { severity: shareSeverity(t), title: 'EBS snapshot shared with another account' };
  },
  description:
    "A volume snapshot was made public or shared with another account; anyone it is shared with can create a volume and read the disk. Who may read your data is the customer's side.",
  customerAction: 'Remove the permission (ModifySnapshotAttribute remove) unless the sharing is intended, and check who copied the snapshot.',
  describe: (e) => shareSummary('EBS snapshot', getString(e.requestParameters, 'snapshotId') ?? '', targets(e.requestParameters)),
  resource: (e) => getString(e.requestParameters, 'snapshotId') ?? null,
  cases: [
    {
      name: 'snapshot made public (group all) fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'ModifySnapshotAttribute',
        requestParameters: { snapshotId: 'snap-0123456789abcdef0', createVolumePermission: { add: { items: [{ group: 'all' }] } }, attributeType: 'CREATE_VOLUME_PERMISSION' },
        responseElements: { requestId: 'e0a3c4b2-0000-4000-8000-000000000001', _return: true },
      }),
    },
    {
      name: 'permission removed does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'ModifySnapshotAttribute',
        requestParameters: { snapshotId: 'snap-0123456789abcdef0', createVolumePermission: { remove: { items: [{ group: 'all' }] } }, attributeType: 'CREATE_VOLUME_PERMISSION' },
      }),
    },
  ],
});
