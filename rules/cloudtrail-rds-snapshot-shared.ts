import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { shareSeverity, shareSummary, type ShareTargets } from '../src/rules/sharing.js';

function targets(req: unknown): ShareTargets {
  const add = getPath(req, 'valuesToAdd');
  const values = Array.isArray(add) ? add.filter((v): v is string => typeof v === 'string') : [];
  return { public: values.includes('all'), accounts: values.filter((v) => v !== 'all') };
}

const snapshotId = (e: { requestParameters?: unknown }): string =>
  getString(e.requestParameters, 'dBSnapshotIdentifier') ?? getString(e.requestParameters, 'dBClusterSnapshotIdentifier') ?? '';

export const cloudtrailRdsSnapshotShared = defineRule({
  id: 'cloudtrail-rds-snapshot-shared',
  title: 'RDS snapshot shared',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'data-classification',
  controls: ['RDS.1'],
  attack: ['T1537'],
  guardduty: ['Exfiltration:IAMUser/AnomalousBehavior'],
  falsePositives: ['Snapshots shared with a backup or analytics account.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: nothing is shared when the call fails.
  when: { eventSource: 'rds.amazonaws.com', eventName: ['ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute'], success: true },
  match: (e) => {
    if (getString(e.requestParameters, 'attributeName') !== 'restore') return false;
    const t = targets(e.requestParameters);
    return t.public || t.accounts.some((a) => a !== e.recipientAccountId);
  },
  classify: (e) => {
    const t = targets(e.requestParameters);
    return t.public ? {} : { severity: shareSeverity(t), title: 'RDS snapshot shared with another account' };
  },
  description:
    "A database snapshot was made public or shared with another account, who can restore it and read the data. AWS runs RDS; who may read your data is the customer's side.",
  customerAction: 'Remove the restore permission unless the sharing is intended, and check whether the snapshot was copied.',
  describe: (e) => shareSummary('RDS snapshot', snapshotId(e), targets(e.requestParameters)),
  resource: (e) => snapshotId(e) || null,
  cases: [
    {
      name: 'snapshot made public fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'rds.amazonaws.com',
        eventName: 'ModifyDBSnapshotAttribute',
        requestParameters: { dBSnapshotIdentifier: 'orders-nightly', attributeName: 'restore', valuesToAdd: ['all'] },
      }),
    },
    {
      name: 'permission removed does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'rds.amazonaws.com',
        eventName: 'ModifyDBSnapshotAttribute',
        requestParameters: { dBSnapshotIdentifier: 'orders-nightly', attributeName: 'restore', valuesToRemove: ['all'] },
      }),
    },
  ],
});
