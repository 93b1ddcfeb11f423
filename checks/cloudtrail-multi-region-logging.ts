import type { GetEventSelectorsCommandOutput } from '@aws-sdk/client-cloudtrail';
import { attempt, call, defineCheck, errorDetail, fail, pass, type AwsCallError, type Outcome } from '../src/checks/define-check.js';

interface TrailState {
  arn: string;
  multiRegion: boolean;
  logging: Outcome<boolean>;
  selectors: Outcome<GetEventSelectorsCommandOutput>;
}

/** All management events, read and write, by classic or advanced event selectors. */
export function logsAllManagementEvents(s: Pick<GetEventSelectorsCommandOutput, 'EventSelectors' | 'AdvancedEventSelectors'>): boolean {
  if (s.AdvancedEventSelectors && s.AdvancedEventSelectors.length > 0) {
    return s.AdvancedEventSelectors.some((sel) => {
      const fields = sel.FieldSelectors ?? [];
      const category = fields.find((f) => f.Field === 'eventCategory');
      const management = category?.Equals?.includes('Management') ?? false;
      // A readOnly field selector limits the trail to reads or to writes.
      return management && !fields.some((f) => f.Field === 'readOnly');
    });
  }
  return (s.EventSelectors ?? []).some((sel) => (sel.IncludeManagementEvents ?? true) && (sel.ReadWriteType ?? 'All') === 'All');
}

export const cloudtrailMultiRegionLogging = defineCheck({
  id: 'cloudtrail-multi-region-logging',
  title: 'A multi-region CloudTrail trail logs all management events',
  area: 'api-logging',
  owner: 'customer',
  severity: 'high',
  controls: ['CloudTrail.1', 'cis-aws-1.4.0:3.1', 'cis-aws-3.0.0:3.1'],
  why: 'CloudTrail keeps 90 days of event history only; a trail that records every region to storage the customer controls is the customer\'s to create and keep logging.',
  remediation: 'Create (or fix) a trail with "apply to all regions", management events Read and Write, and make sure logging is on (aws cloudtrail start-logging).',
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
  async collect(ctx) {
    const { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } = await import('@aws-sdk/client-cloudtrail');
    const ct = ctx.clients.cloudtrail;
    const out = await call('cloudtrail:DescribeTrails', () =>
      ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }), { abortSignal: ctx.signal }),
    );
    const trails: TrailState[] = [];
    for (const t of out.trailList ?? []) {
      const arn = t.TrailARN ?? t.Name ?? '';
      const logging = await attempt('cloudtrail:GetTrailStatus', async () =>
        (await ct.send(new GetTrailStatusCommand({ Name: arn }), { abortSignal: ctx.signal })).IsLogging === true,
      );
      const selectors = await attempt('cloudtrail:GetEventSelectors', () =>
        ct.send(new GetEventSelectorsCommand({ TrailName: arn }), { abortSignal: ctx.signal }),
      );
      trails.push({ arn, multiRegion: t.IsMultiRegionTrail === true, logging, selectors });
    }
    return { trails };
  },
  evaluate(snapshot, ctx) {
    const shortfalls: string[] = [];
    const errors: AwsCallError[] = [];
    for (const t of snapshot.trails) {
      if (!t.multiRegion) {
        shortfalls.push(`${t.arn} is single-region`);
        continue;
      }
      if (!t.logging.ok) errors.push(t.logging.error);
      if (!t.selectors.ok) errors.push(t.selectors.error);
      if (!t.logging.ok || !t.selectors.ok) continue;
      if (!t.logging.value) shortfalls.push(`${t.arn} is not logging`);
      else if (!logsAllManagementEvents(t.selectors.value)) shortfalls.push(`${t.arn} does not log all read and write management events`);
      else return [pass(ctx.account, `${t.arn} is multi-region, logging, and records all management events`)];
    }
    if (errors.length > 0) return [{ resource: ctx.account, status: 'error', detail: errors.map(errorDetail).join('; ') }];
    if (snapshot.trails.length === 0) return [fail(ctx.account, `no CloudTrail trail covers ${ctx.region}`)];
    return [fail(ctx.account, `no multi-region trail logs all management events: ${shortfalls.join('; ')}`)];
  },
});
