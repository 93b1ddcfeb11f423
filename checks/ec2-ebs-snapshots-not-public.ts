import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const ec2EbsSnapshotsNotPublic = defineCheck({
  id: 'ec2-ebs-snapshots-not-public',
  title: 'No EBS snapshot owned by the account is publicly restorable',
  area: 'data-classification',
  owner: 'customer',
  severity: 'critical',
  controls: ['EC2.1'],
  why: 'A snapshot is shared only when its owner adds the "all" create-volume permission; whether data may be public is the customer\'s decision.',
  remediation: 'Remove public access (aws ec2 modify-snapshot-attribute --snapshot-id <id> --attribute createVolumePermission --operation-type remove --group-names all) and turn on EBS Block Public Access for snapshots.',
  permissions: ['ec2:DescribeSnapshots'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
  async collect(ctx) {
    const { paginateDescribeSnapshots } = await import('@aws-sdk/client-ec2');
    // Owned by this account and restorable by "all": exactly the public ones.
    const pages = await call('ec2:DescribeSnapshots', () =>
      allPages(
        paginateDescribeSnapshots({ client: ctx.clients.ec2, pageSize: 1000 }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] }),
      ),
    );
    return {
      public: pages.flatMap((p) =>
        (p.Snapshots ?? []).map((s) => ({ id: s.SnapshotId ?? '', volume: s.VolumeId ?? '' })),
      ),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.public.length === 0) return [pass(ctx.account, `no public snapshots in ${ctx.region}`)];
    return snapshot.public.map(
      (s): Finding => fail(`arn:aws:ec2:${ctx.region}::snapshot/${s.id}`, `${s.id} (from ${s.volume}) is restorable by anyone`),
    );
  },
});
