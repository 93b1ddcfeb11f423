import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { postAlert } from '../../jobs/post-alert.js';
import { readRecords } from '../../src/ingest/read.js';
import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../../src/ingest/types.js';
import type { Runtime } from '../../src/queue/runtime.js';
import { acknowledgeAlert, listOpenAlerts } from '../../src/router/alert-store.js';
import { alertId, routerKeys } from '../../src/router/keys.js';
import { decideFlood } from '../../src/router/flood.js';
import { readRouterStats } from '../../src/router/stats.js';
import { exampleEvent, exampleFinding, identities } from '../../src/rules/example-event.js';
import type { StoredMessage } from '../../src/slack/local-api.js';
import { createHarness, drained, startReplica, type Harness } from '../router/harness.js';

/** Public CloudTrail/GuardDuty data written by others (see ../shared/data/README.md). */
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const acct = '123456789012';
const config = { digest: { threshold: 10, windowSeconds: 60 } };

/** alice grants herself administrator access (fires the IAM policy rules). */
function adminGrant(identity: Record<string, unknown> = identities.iamUser, account = acct): IngestedRecord {
  return {
    source: 'cloudtrail',
    event: exampleEvent({
      eventSource: 'iam.amazonaws.com',
      eventName: 'AttachUserPolicy',
      recipientAccountId: account,
      userIdentity: { ...identity },
      requestParameters: { userName: String(identity.userName ?? 'alice'), policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    }),
  };
}

/** A GuardDuty finding about an IAM user's access key, in the finding format AWS documents. */
function userFinding(userName: string, fields: Partial<GuardDutyFinding> = {}, account = acct): IngestedRecord {
  const finding = exampleFinding({
    type: 'CredentialAccess:IAMUser/AnomalousBehavior',
    severity: 8,
    accountId: account,
    title: `Anomalous credential access by ${userName}.`,
    description: `APIs commonly used to gain access to credentials were invoked by IAM user ${userName} in an anomalous way.`,
    resource: {
      resourceType: 'AccessKey',
      accessKeyDetails: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', principalId: 'AIDAEXAMPLEUSER000001', userName, userType: 'IAMUser' },
    },
    ...fields,
  });
  const action = { actionType: 'AWS_API_CALL', awsApiCallAction: { api: 'GetSecretValue', serviceName: 'secretsmanager.amazonaws.com', callerType: 'Remote IP', remoteIpDetails: { ipAddressV4: '192.0.2.44' } } };
  return { source: 'guardduty', finding: { ...finding, service: { ...finding.service, action } } };
}

let jobSeq = 0;
/** Runs the real evaluate-event job on a record (rules, one event alert, the post-alert job), then waits for the post. */
async function ingest(x: Harness, record: IngestedRecord): Promise<void> {
  await evaluateEvent.process({ record }, { runtime: x.runtime, logger: x.runtime.logger, job: { id: `evaluate-${++jobSeq}` } as never });
  await drained(x);
}

const topLevel = (x: Harness) => [...x.slack.messages.values()].filter((m) => !m.threadTs);
const repliesTo = (x: Harness, parent: StoredMessage) => [...x.slack.messages.values()].filter((m) => m.threadTs === parent.ts);
const body = (m: StoredMessage) => JSON.stringify(m.blocks);
const actionsOf = (m: StoredMessage) => JSON.stringify((m.blocks as { type: string }[]).filter((b) => b.type === 'actions'));

describe('post-alert: GuardDuty and CloudTrail alerts about one principal share a thread', () => {
  it('a CloudTrail alert about alice, then a GuardDuty finding about her: one post, one reply naming the link, the parent updated in place', async () => {
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, adminGrant());
    const [parent] = topLevel(h);
    expect(parent).toBeDefined();
    const [stored] = await listOpenAlerts(h.runtime, 10);
    await acknowledgeAlert(h.runtime, stored!.ref, { by: 'U0000ALICE1', at: '2026-11-23T10:05:00.000Z' });
    const finding = userFinding('alice');
    await ingest(h, finding);
    expect(topLevel(h)).toHaveLength(1);
    const replies = repliesTo(h, parent!);
    expect(replies).toHaveLength(1);
    const reply = body(replies[0]!);
    expect(reply).toContain('Linked by principal');
    expect(reply).toContain(`${acct}:user/alice`);
    expect(reply).toContain('the same principal as the CloudTrail alert');
    expect(reply).toContain((finding as { finding: GuardDutyFinding }).finding.id);
    expect(reply).toContain('CredentialAccess:IAMUser/AnomalousBehavior');
    // the parent shows the link; what people did with it and its buttons stay as they were
    await h.slack.waitFor(() => body(parent!).includes('GuardDuty finding about the same principal is in the thread'));
    expect(body(parent!)).toContain('highest severity high');
    expect(body(parent!)).toContain('Acknowledged by <@U0000ALICE1>');
    expect(actionsOf(parent!)).not.toContain('"Acknowledge"');
    expect(actionsOf(parent!)).toContain('"Assign"');
    expect(await readRouterStats(h.runtime)).toMatchObject({ published: 2, posted: 1, threaded: 1, digested: 0 });
    expect(h.slack.violations).toEqual([]);
  });

  it('the reverse order: the finding opens the thread and the CloudTrail alert replies in it', async () => {
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, userFinding('alice'));
    const [parent] = topLevel(h);
    const buttons = actionsOf(parent!);
    await ingest(h, adminGrant());
    await ingest(h, adminGrant());
    expect(topLevel(h)).toHaveLength(1);
    const replies = repliesTo(h, parent!);
    expect(replies).toHaveLength(2);
    for (const r of replies) expect(body(r)).toContain('the same principal as the GuardDuty finding');
    expect(body(replies[0]!)).toContain('AttachUserPolicy');
    await h.slack.waitFor(() => body(parent!).includes('*2* CloudTrail alerts about the same principal are in the thread'));
    expect(actionsOf(parent!)).toBe(buttons);
    expect(await readRouterStats(h.runtime)).toMatchObject({ published: 3, posted: 1, threaded: 2 });
    expect(h.slack.violations).toEqual([]);
  });

  it("a finding about bob does not fold into alice's thread; alerts with no principal never fold", async () => {
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, adminGrant());
    await ingest(h, userFinding('bob'));
    await ingest(h, {
      source: 'guardduty',
      finding: exampleFinding({ type: 'UnauthorizedAccess:EC2/SSHBruteForce', severity: 5, resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-0123456789abcdef0' } } }),
    });
    expect(topLevel(h)).toHaveLength(3);
    expect([...h.slack.messages.values()].filter((m) => m.threadTs)).toHaveLength(0);
    expect(await readRouterStats(h.runtime)).toMatchObject({ published: 3, posted: 3, threaded: 0 });
  });

  it('after the window the other source posts on its own', async () => {
    h = await createHarness({ file: 'post-alert-principal', config: { digest: { threshold: 10, windowSeconds: 60, principalWindowSeconds: 1 } } });
    await h.start();
    await ingest(h, adminGrant());
    await new Promise((r) => setTimeout(r, 1_200));
    await ingest(h, userFinding('alice'));
    expect(topLevel(h)).toHaveLength(2);
    expect([...h.slack.messages.values()].filter((m) => m.threadTs)).toHaveLength(0);
  });

  /**
   * A harness whose workers are stopped after an admin grant was routed, and the post-alert payload of a
   * finding about the same principal as evaluate-event hands it on, with the context to run post-alert by hand.
   */
  async function findingAlertWithWorkersStopped(evaluateJobId: string) {
    const harness = await createHarness({ file: 'post-alert-principal', config });
    h = harness;
    await harness.start();
    await ingest(harness, adminGrant());
    await harness.workers!.close();
    harness.workers = undefined;
    const published: Parameters<NonNullable<Runtime['alerts']>['publish']>[0][] = [];
    const sink = harness.runtime.alerts;
    harness.runtime.alerts = { publish: async (a) => (published.push(a), undefined as never) };
    await evaluateEvent.process({ record: userFinding('alice') }, { runtime: harness.runtime, logger: harness.runtime.logger, job: { id: evaluateJobId } as never });
    harness.runtime.alerts = sink;
    const alert = published[0]!;
    const ctx = { runtime: harness.runtime, logger: harness.runtime.logger, job: {} as never };
    return { harness, alert, ctx };
  }

  it('a post-alert job run again, or retried after it replied, does not reply twice', async () => {
    const { harness, alert, ctx } = await findingAlertWithWorkersStopped('evaluate-retry');
    h = harness;
    const first = await postAlert.process({ alert }, ctx);
    expect(first).toMatchObject({ outcome: 'threaded' });
    expect(await postAlert.process({ alert }, ctx)).toEqual(first);
    // a worker killed after Slack answered and before the job finished: the retry finds the reply it saved
    const progressKey = `${routerKeys(h.runtime.prefix).posted(alertId(alert))}:0`;
    const progress = JSON.parse((await h.redis.get(progressKey))!) as { done?: string; ts?: string };
    expect(progress.ts).toBe((first as { ts: string }).ts);
    delete progress.done;
    await h.redis.set(progressKey, JSON.stringify(progress));
    expect(await postAlert.process({ alert }, ctx)).toMatchObject({ outcome: 'threaded', ts: progress.ts });
    const [parent] = topLevel(h);
    expect(repliesTo(h, parent!)).toHaveLength(1);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(2);
    await h.slack.waitFor(() => body(parent!).includes('*1* GuardDuty finding about the same principal'));
    expect((await readRouterStats(h.runtime)).published).toBe(2);
  });

  it('a linked reply Slack accepted from a job that died before saving its ts is found in the thread, not replied twice', async () => {
    const { harness, alert, ctx } = await findingAlertWithWorkersStopped('evaluate-died');
    h = harness;
    const first = await postAlert.process({ alert }, ctx);
    expect(first).toMatchObject({ outcome: 'threaded' });
    // What Redis holds when the worker died between Slack's answer and saving it: the intent to post, no ts.
    const progressKey = `${routerKeys(h.runtime.prefix).posted(alertId(alert))}:0`;
    const progress = JSON.parse((await h.redis.get(progressKey))!) as { done?: string; ts?: string; postedChannel?: string; posting?: number };
    expect(progress.posting).toBeTypeOf('number');
    delete progress.done;
    delete progress.ts;
    delete progress.postedChannel;
    await h.redis.set(progressKey, JSON.stringify(progress));
    expect(await postAlert.process({ alert }, ctx)).toMatchObject({ outcome: 'threaded', ts: (first as { ts: string }).ts });
    const [parent] = topLevel(h);
    expect(repliesTo(h, parent!)).toHaveLength(1);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(2);
    expect(h.slack.okCallsTo('conversations.replies').map((c) => c.body.ts)).toEqual([parent!.ts]);
  });

  it('posts on its own when the parent is not posted in time, and a retry keeps to that', async () => {
    h = await createHarness({ file: 'post-alert-principal', config, router: { threadParentWaitMs: 300 } });
    // a CloudTrail alert about alice decided (its record opened) whose post never comes (its job is stuck)
    const published: Parameters<NonNullable<Runtime['alerts']>['publish']>[0][] = [];
    h.runtime.alerts = { publish: async (a) => (published.push(a), undefined as never) };
    const ctx = { runtime: h.runtime, logger: h.runtime.logger, job: { id: 'evaluate-stuck' } as never };
    await evaluateEvent.process({ record: adminGrant() }, ctx);
    await evaluateEvent.process({ record: userFinding('alice') }, { ...ctx, job: { id: 'evaluate-finding' } as never });
    const [stuck, finding] = published;
    expect(await decideFlood(h.runtime, stuck!, 'C0ALERTS1', h.runtime.config.digest)).toMatchObject({ kind: 'post', principalParent: true });
    const jobCtx = { runtime: h.runtime, logger: h.runtime.logger, job: {} as never };
    const first = await postAlert.process({ alert: finding! }, jobCtx);
    expect(first).toMatchObject({ outcome: 'posted', channel: 'C0ALERTS1' });
    // it was decided as a fold, then posted on its own (what a retry finds)
    const progress = JSON.parse((await h.redis.get(`${routerKeys(h.runtime.prefix).posted(alertId(finding!))}:0`))!) as { decision: unknown };
    expect(progress.decision).toEqual({ kind: 'post', threadParent: false });
    expect(await postAlert.process({ alert: finding! }, jobCtx)).toEqual(first);
    expect(topLevel(h)).toHaveLength(1);
    expect(body(topLevel(h)[0]!)).toContain((finding as { eventId: string }).eventId);
    expect(await readRouterStats(h.runtime)).toMatchObject({ published: 1, posted: 1, threaded: 0 });
  });

  it('two replicas handling both at once still make one post and one reply', async () => {
    h = await createHarness({ file: 'post-alert-principal', config, channelIntervalMs: 100 });
    await h.start();
    const second = await startReplica(h, 100);
    try {
      const ctx = (id: string) => ({ runtime: h!.runtime, logger: h!.runtime.logger, job: { id } as never });
      await Promise.all([evaluateEvent.process({ record: adminGrant() }, ctx('e-1')), evaluateEvent.process({ record: userFinding('alice') }, ctx('e-2'))]);
      await drained(h);
      expect(topLevel(h)).toHaveLength(1);
      expect(repliesTo(h, topLevel(h)[0]!)).toHaveLength(1);
      expect(await readRouterStats(h.runtime)).toMatchObject({ published: 2, posted: 1, threaded: 1 });
    } finally {
      await second.close();
    }
  });

  it('escapes what the finding says and keeps the reply within Block Kit limits', async () => {
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, adminGrant());
    await ingest(h, userFinding('alice', { title: `<!channel> *urgent* <https://evil.example.com|click> ${'x'.repeat(5000)}`, description: `@here ${'y'.repeat(5000)}` }));
    const [parent] = topLevel(h);
    const [reply] = repliesTo(h, parent!);
    const text = body(reply!);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil');
    expect(text).toContain('&lt;!channel&gt;');
    expect(h.slack.violations).toEqual([]);
  });
});

describe('post-alert: principal threads with the public samples in ../shared/data', () => {
  async function read(file: string): Promise<IngestedRecord[]> {
    const out: IngestedRecord[] = [];
    for await (const r of readRecords([path.join(dataDir, file)])) out.push(r);
    return out;
  }

  it("AWS's GuardDuty sample finding (an IAM user's key from a threat-list IP), then a CloudTrail call by that user", async () => {
    const [sample] = await read('guardduty/aws-samples-amazon-guardduty-automated-response-sample/guardduty_iam_event.json');
    expect(sample?.source).toBe('guardduty');
    const finding = (sample as { finding: GuardDutyFinding }).finding;
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, sample!);
    // The samples hold no CloudTrail event by this user: one in CloudTrail's documented shape, the same user and account.
    const user = { type: 'IAMUser', principalId: 'GeneratedFindingPrincipalId', arn: `arn:aws:iam::${finding.accountId}:user/GeneratedFindingUserName`, accountId: finding.accountId, accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'GeneratedFindingUserName' };
    await ingest(h, adminGrant(user, finding.accountId));
    const [parent] = topLevel(h);
    expect(topLevel(h)).toHaveLength(1);
    expect(body(parent!)).toContain(finding.id);
    const [reply] = repliesTo(h, parent!);
    expect(body(reply!)).toContain(`${finding.accountId}:user/GeneratedFindingUserName`);
    expect(body(reply!)).toContain('the same principal as the GuardDuty finding');
    expect(h.slack.violations).toEqual([]);
  });

  it("Stratus Red Team's real CloudTrail (an IAM user backdoors another with admin access), then a GuardDuty finding about that user", async () => {
    const records = await read('cloudtrail/stratus-red-team-detonation-logs/aws.persistence.iam-create-admin-user.json');
    const attach = records.find((r) => r.source === 'cloudtrail' && (r.event as CloudTrailEvent).eventName === 'AttachUserPolicy')!;
    const event = (attach as { event: CloudTrailEvent }).event;
    const account = event.recipientAccountId!;
    h = await createHarness({ file: 'post-alert-principal', config });
    await h.start();
    await ingest(h, attach);
    // No GuardDuty finding about this user is public: one in the documented finding format.
    await ingest(h, userFinding(String((event.userIdentity as { userName: string }).userName), {}, account));
    const [parent] = topLevel(h);
    expect(topLevel(h)).toHaveLength(1);
    expect(body(parent!)).toContain(event.eventID);
    const [reply] = repliesTo(h, parent!);
    expect(body(reply!)).toContain(`${account}:user/christophe`);
    expect(body(reply!)).toContain('the same principal as the CloudTrail alert');
    await h.slack.waitFor(() => body(parent!).includes('GuardDuty finding about the same principal'));
    expect(h.slack.violations).toEqual([]);
  });
});
