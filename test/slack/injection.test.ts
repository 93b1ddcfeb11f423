import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../commands/status.js';
import type { RunMeta } from '../../src/checks/progress.js';
import type { LatestEntry, ResultWithChange } from '../../src/checks/results-store.js';
import type { CheckSummary } from '../../src/checks/summary.js';
import type { AlertLifecycle, StoredAlert } from '../../src/router/alert-store.js';
import { asEventAlert, buildEventAlert } from '../../src/router/event-alert.js';
import type { AuditEntry } from '../../src/audit/log.js';
import { renderAlertList, renderAuditList } from '../../src/slack/blocks/alert-list.js';
import { assignModal, snoozeModal } from '../../src/slack/blocks/alert-modals.js';
import { approvalRequestMessage, remediateModal, remediationResultMessage, type RemediationChoiceView, type RequestView } from '../../src/slack/blocks/remediation.js';
import type { DigestState } from '../../src/router/digest.js';
import type { StatusSnapshot } from '../../src/router/status.js';
import { renderRuleList } from '../../src/rules/list-blocks.js';
import type { RuleSummary } from '../../src/rules/summary.js';
import type { Alert } from '../../src/rules/types.js';
import { validateMessage, validateView } from '../../src/slack/block-limits.js';
import { alertFallbackText, renderAlert, renderAlertRepeat } from '../../src/slack/blocks/alert.js';
import { renderCheckDigest, renderDigestList } from '../../src/slack/blocks/check-digest.js';
import { renderCheckList } from '../../src/slack/blocks/check-list.js';
import { renderRunMissing, renderRunProgress, renderRunResults, type RenderContext } from '../../src/slack/blocks/check-run.js';
import { renderDigest } from '../../src/slack/blocks/digest.js';
import { renderHelp } from '../../src/slack/blocks/help.js';
import { renderHome, type HomeInput } from '../../src/slack/blocks/home.js';
import { renderWhoAnswer, type WhoAnswer } from '../../src/slack/blocks/who.js';
import { mrkdwnTexts } from '../helpers/blocks.js';

/**
 * Every renderer, fed hostile text in every string field, must not let any of
 * it form a Slack special token (broadcast, user/channel/group mention, link),
 * and must stay inside Block Kit's limits when each field is 10 kB long.
 */

const attack = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0EVIL01>',
  '<@W0EVIL02|boss>',
  '<#C0EVIL03|general>',
  '<!subteam^S0EVIL04|@security>',
  '<!date^1392734382^{date}|x>',
  '<http://evil.example.com|Open the console>',
  '<https://evil.example.com/login>',
  '<mailto:x@example.com|mail>',
  '@channel @here @everyone',
  '*bold* _it_ ~strike~ `code` ``` > quote | pipe & amp',
  '\u202Eevil\u202C',
].join(' ');

/** A hostile value, 10 kB long, tagged so a test can see that a field reached the output. */
function evil(tag: string): string {
  return `${tag} ${attack} ${'x'.repeat(10_000)} ${attack}`;
}

/** Fields whose type is a closed enum: the renderer may index tables with them, so they keep their valid value. */
const enumKeys = new Set(['severity', 'source', 'owner', 'status', 'change', 'previousStatus', 'scope', 'origin', 'state', 'type']);

/** Replaces every string in `value` (except enum fields) with a hostile one. Functions are kept. */
function hostile<T>(value: T, keep: ReadonlySet<string> = enumKeys, key = ''): T {
  if (typeof value === 'string') return (keep.has(key) ? value : evil(key || 'item')) as T;
  if (Array.isArray(value)) return value.map((v) => hostile(v, keep, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, keep, k)])) as T;
  }
  return value;
}

/** Tokens a renderer builds itself from validated data. */
const consoleLink = /<https:\/\/[a-z]{2}(-[a-z]+)+-\d+\.console\.aws\.amazon\.com\/[^\s<>|]*\|[^<>]*>/g;
const userMention = /<@U0123ABCD>/g;
const permalinkLink = /<https:\/\/example\.slack\.com\/archives\/C0123ABCD\/p1700000000000100\|view>/g;
const docsLink = /<https:\/\/docs\.aws\.amazon\.com\/whitepapers\/latest\/[a-z-]+\/[a-z-]+\.html\|[^<>]*>/g;
/** A date Slack shows in the reader's time zone, built only from a parsed time. */
const dateToken = /<!date\^\d+\^\{date_short_pretty\} at \{time\}\|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC>/g;
const allowed = [consoleLink, userMention, permalinkLink, docsLink, dateToken];

function violations(payload: unknown): string[] {
  const found: string[] = [];
  for (const text of mrkdwnTexts(payload)) {
    let rest = text;
    for (const re of allowed) rest = rest.replace(re, '');
    const angle = /<[^>]{0,40}/.exec(rest);
    if (angle) found.push(`raw "<" in ${JSON.stringify(angle[0])}`);
    const broadcast = /@(channel|here|everyone)\b/.exec(rest);
    if (broadcast) found.push(`bare ${broadcast[0]}`);
    if (/[\u202A-\u202E\u2066-\u2069]/.test(rest)) found.push('bidi control character');
  }
  return found;
}

// ---- fixtures (valid shapes; `hostile` then poisons every string) ----

const baseAlert: Alert = {
  eventId: '3b4e9f1a-0000-4000-8000-000000000001',
  source: 'cloudtrail',
  rule: 'cloudtrail-root-console-login',
  title: 'Root console login',
  severity: 'critical',
  area: 'identity-access',
  controls: ['CloudWatch.1', 'cis-aws-1.4.0:4.3'],
  account: '123456789012',
  region: 'us-east-1',
  actor: 'root',
  sourceIp: '192.0.2.10',
  time: '2026-11-23T08:00:00Z',
  eventName: 'ConsoleLogin',
  summary: 'The root user signed in.',
  customerAction: 'Use the root user only for the few tasks that need it.',
  notes: ['MFA may be enforced at an IdP.'],
  resource: 'arn:aws:iam::123456789012:root',
  sample: true,
  dedupKey: '3b4e9f1a',
  noise: ['known'],
};

/** Hostile everywhere except the region and the record id, so the console link is built among hostile text. */
function alertWithValidRegion(source: Alert['source']): Alert {
  return { ...hostile({ ...baseAlert, source }), region: 'eu-west-1', eventId: baseAlert.eventId };
}

const meta: RunMeta = {
  runId: 'run-0001',
  origin: 'command',
  selection: { selectors: ['all'], accounts: ['123456789012'], regions: ['us-east-1'] },
  checkIds: ['iam-root-mfa-enabled', 's3-bucket-public-access'],
  accounts: ['123456789012'],
  total: 2,
  createdAt: '2026-11-23T08:00:00.000Z',
  requestedBy: 'U0123ABCD',
  scheduleId: 'nightly',
};

function result(status: 'pass' | 'fail' | 'error', change: ResultWithChange['change'], n: number): ResultWithChange {
  return {
    result: {
      check: `check-${n}`,
      title: `Check ${n}`,
      area: `area-${n % 2}`,
      owner: 'customer',
      controls: ['S3.1'],
      account: '123456789012',
      region: 'us-east-1',
      resource: `arn:aws:s3:::bucket-${n}`,
      status,
      detail: 'detail',
      severity: 'high',
    },
    change,
    previousStatus: null,
    previousAt: null,
  };
}

const results: ResultWithChange[] = [
  result('fail', 'newly-failing', 1),
  result('fail', 'still-failing', 2),
  result('error', 'unchanged', 3),
  result('pass', 'fixed', 4),
  result('pass', 'unchanged', 5),
];
const gone: LatestEntry[] = [{ result: result('fail', 'unchanged', 6).result, at: '2026-11-22T08:00:00.000Z', runId: 'run-0000' }];

const renderContext: RenderContext = {
  checkInfo: (id) => ({ remediation: evil(`remediation-${id}`), why: evil('why') }),
  areaName: (id) => evil(`area-name-${id}`),
};

const checkSummaries: CheckSummary[] = [
  { id: 'iam-root-mfa-enabled', title: 'Root MFA', area: 'identity-access', owner: 'customer', severity: 'critical', controls: ['IAM.9'], permissions: ['iam:GetAccountSummary'], scope: 'global' },
  { id: 's3-bucket-public-access', title: 'Public buckets', area: 'data-protection', owner: 'customer', severity: 'high', controls: ['S3.1'], permissions: ['s3:GetBucketPolicy'], scope: 'regional' },
];

const ruleSummaries: RuleSummary[] = [
  { id: 'cloudtrail-root-console-login', title: 'Root login', source: 'cloudtrail', severity: 'critical', area: 'identity-access', controls: ['CloudWatch.1'] },
  { id: 'guardduty-finding', title: 'GuardDuty finding', source: 'guardduty', severity: 'high', area: 'threat-detection', controls: [] },
];

const digest: DigestState = {
  id: 'dg-1',
  channel: 'C0123ABCD',
  rule: 'cloudtrail-root-console-login',
  title: 'Root console login',
  severity: 'high',
  area: 'identity-access',
  count: 40,
  firstTime: '2026-11-23T08:00:00Z',
  lastTime: '2026-11-23T08:05:00Z',
  byActor: { root: 30, alice: 10 },
  byAccount: { '123456789012': 40 },
  byRegion: { 'us-east-1': 40 },
  eventIds: ['e1', 'e2', 'e3'],
  ts: '1700000000.000100',
  postedChannel: 'C0123ABCD',
};

function hostileDigest(): DigestState {
  const d = hostile(digest);
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [evil(`key-${i}`), i + 1]));
  return { ...d, byActor: keys(7), byAccount: keys(3), byRegion: keys(2) };
}

const stored = (permalink: string | null): StoredAlert => ({
  ref: '0123456789abcdef01234567',
  alert: asEventAlert(baseAlert),
  channel: 'C0123ABCD',
  ts: '1700000000.000100',
  permalink,
  state: 'open',
  postedAt: '2026-11-23T08:00:01.000Z',
  life: { acknowledged: { by: 'U0123ABCD', at: '2026-11-23T08:05:00.000Z' }, assigned: { to: 'U0123ABCD', by: 'U0123ABCD', at: '2026-11-23T08:06:00.000Z' } },
});

/** Every lifecycle part, hostile where a string can be (user ids from a payload are validated; times parsed). */
const life: AlertLifecycle = {
  acknowledged: { by: 'U0123ABCD', at: '2026-11-23T08:05:00.000Z' },
  assigned: { to: 'U0123ABCD', by: 'U0123ABCD', at: '2026-11-23T08:06:00.000Z' },
  snoozed: { by: 'U0123ABCD', at: '2026-11-23T08:07:00.000Z', until: '2026-11-24T08:07:00.000Z', duration: '1d' },
  remediation: {
    requestId: 'rq-x',
    remediationId: 'iam-deactivate-access-key',
    title: 'Deactivate',
    call: 'iam:UpdateAccessKey',
    resource: 'access key',
    state: 'failed',
    approval: 'four-eyes',
    requestedBy: 'U0123ABCD',
    requestedAt: '2026-11-23T08:08:00.000Z',
    approvedBy: 'U0123ABCD',
    finishedAt: '2026-11-23T08:09:00.000Z',
    summary: 'AccessDenied',
  },
};

const choice: RemediationChoiceView = {
  id: 'iam-deactivate-access-key',
  title: 'Deactivate the IAM access key',
  call: 'iam:UpdateAccessKey',
  approval: 'four-eyes',
  undo: 'Reactivate it',
  impact: 'Programs using it fail',
  preview: 'aws iam update-access-key --user-name alice --access-key-id AKIA… --status Inactive',
  account: '123456789012',
  region: 'us-east-1',
  resource: 'access key AKIA… of IAM user alice',
  role: 'arn:aws:iam::123456789012:role/srm-remediation',
};

const request: RequestView = {
  id: 'rq-mhx0k2a1-0a1b2c3d4e',
  title: 'Deactivate the IAM access key',
  call: 'iam:UpdateAccessKey',
  resource: 'access key',
  account: '123456789012',
  region: 'us-east-1',
  preview: 'aws iam update-access-key',
  requestedBy: 'U0123ABCD',
  requestedAt: '2026-11-23T08:08:00.000Z',
  expiresAt: '2026-11-23T09:08:00.000Z',
  state: 'pending-approval',
  summary: 'AccessDenied: the role lacks iam:UpdateAccessKey',
};

const auditEntry: AuditEntry = { id: '1-0', time: '2026-11-23T08:08:00.000Z', user: 'U0123ABCD', action: 'refusal', target: 'alert', outcome: 'refused', detail: 'not granted' };

/** Two rules, hostile, for the event-level message. */
const twoRules = () => {
  const a = hostile(baseAlert);
  return buildEventAlert([a, { ...a, rule: 'second', area: 'other', customerAction: evil('second action') }])!;
};

function homeInput(permalink: string | null): HomeInput {
  const data = hostile({
    checklist: [{ id: 'duty-1', title: 'Protect the root user', description: 'MFA and no keys', areas: ['identity-access'] }],
    catalogue: checkSummaries,
    latest: [
      {
        target: { checkId: 'iam-root-mfa-enabled', account: '123456789012', region: 'global' },
        entries: [{ result: result('fail', 'unchanged', 7).result, at: '2026-11-23T08:00:00.000Z', runId: 'run-1' }],
      },
    ],
    openAlerts: [stored(permalink)],
  });
  // keep the joins between duties, checks and alerts working so every line renders
  data.checklist[0]!.areas = ['identity-access'];
  data.catalogue[0]!.area = 'identity-access';
  data.catalogue[0]!.id = 'iam-root-mfa-enabled';
  data.latest[0]!.target.checkId = 'iam-root-mfa-enabled';
  data.openAlerts[0]!.alert.area = 'identity-access';
  data.openAlerts[0]!.alert.rules[0]!.area = 'identity-access';
  if (permalink) data.openAlerts[0]!.permalink = permalink;
  return { ...data, areaName: (id) => evil(`area-${id}`) };
}

const status: StatusSnapshot = {
  queues: [{ queue: 'post-alert' as StatusSnapshot['queues'][number]['queue'], waiting: 1, active: 0, delayed: 2, failed: 3 }],
  polls: [
    { source: 'cloudtrail', account: '123456789012', region: 'us-east-1', lastSuccessAt: '2026-11-23T07:59:00.000Z', lagSeconds: 12, lastEvents: 3, lastErrorAt: '2026-11-23T07:58:00.000Z', lastError: 'ThrottlingException: slow down', consecutiveErrors: 2 } as StatusSnapshot['polls'][number],
  ],
  failedPosts: {
    count: 4,
    first: [{ id: 'f1', job: 'post-alert', data: {}, channel: 'C0123ABCD', what: 'Root console login', error: 'not_in_channel', failedAt: '2026-11-23T07:00:00.000Z', retries: 1 }],
  },
  router: { published: 1, posted: 1, threaded: 0, digested: 0, digests: 0, suppressed: 0 } as StatusSnapshot['router'],
  snoozes: [{ rule: 'cloudtrail-root-console-login', resource: 'arn:aws:iam::123456789012:root', by: 'U0123ABCD', at: '2026-11-23T08:00:00.000Z', until: '2026-11-24T08:00:00.000Z', alertRef: 'r', quieted: 3 }],
  at: '2026-11-23T08:00:00.000Z',
};

const whoKnown: WhoAnswer = {
  owner: 'shared',
  service: { id: 'rds', name: 'Amazon RDS', model: 'abstracted' },
  area: { id: 'patching', name: 'Patching' },
  summary: 'AWS patches the engine; you choose the window.',
  why: 'Because.',
  awsResponsibilities: ['Patch the host'],
  customerActions: ['Pick a maintenance window'],
  checks: ['rds-auto-minor-version-upgrade', { id: 'rds-x', title: 'X' }],
  rules: ['cloudtrail-rds-public'],
  sources: [{ title: 'Shared Responsibility Model', url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/shared-responsibility-model.html' }],
  notes: ['A note'],
  byOwner: { aws: ['host patching'], customer: [{ title: 'engine version' }] },
  byModel: { infrastructure: { owner: 'customer', examples: ['ec2'] }, abstracted: 'aws' },
};

const whoUnknown: WhoAnswer = {
  owner: 'unknown',
  suggestions: ['who patches rds', { question: 'who encrypts s3' }],
  reason: 'No service named.',
  byModel: { container: { owner: 'shared', examples: ['ecs'] } },
  area: { id: 'patching', name: 'Patching' },
};

const helpCommands = [
  { name: 'who', usage: 'who <question>', summary: 'Who owns it', examples: ['who patches rds'] },
  { name: 'status', usage: 'status [retry]', summary: 'Queues (`status retry`)', examples: ['status'] },
];

type Rendered = { text?: unknown; blocks?: unknown };

const cases: Array<[string, () => Rendered, 'message' | 'view']> = [
  ['alert (cloudtrail, hostile region)', () => renderAlert(hostile(baseAlert), { area: hostile({ id: 'a', name: 'n', owner: 'customer', why: 'w' }), seen: 3 }), 'message'],
  ['alert (cloudtrail, console link)', () => renderAlert(alertWithValidRegion('cloudtrail')), 'message'],
  ['alert (guardduty, console link)', () => renderAlert(alertWithValidRegion('guardduty')), 'message'],
  ['alert (check)', () => renderAlert(alertWithValidRegion('check')), 'message'],
  ['alert repeat', () => renderAlertRepeat(hostile(baseAlert), 4), 'message'],
  ['alert of two rules with every lifecycle part', () => renderAlert(twoRules(), { status: { ref: '0123456789abcdef01234567', life: hostile(life, new Set([...enumKeys, 'by', 'to', 'at', 'until', 'requestedBy', 'approvedBy', 'requestedAt', 'finishedAt', 'duration', 'approval'])), remediable: true } }), 'message'],
  ['alert of two rules, lifecycle with hostile ids and times', () => renderAlert(twoRules(), { status: { ref: '0123456789abcdef01234567', life: hostile(life, new Set([...enumKeys, 'duration', 'approval'])), remediable: true } }), 'message'],
  ['open alerts list', () => renderAlertList([hostile(stored('https://example.slack.com/archives/C0123ABCD/p1700000000000100'), new Set([...enumKeys, 'postedAt', 'permalink', 'by', 'at', 'to']))]), 'message'],
  ['audit list', () => renderAuditList([hostile(auditEntry, new Set([...enumKeys, 'time', 'action']))]), 'message'],
  ['assign modal', () => assignModal('0123456789abcdef01234567', twoRules(), 'U0123ABCD'), 'view'],
  ['snooze modal', () => snoozeModal('0123456789abcdef01234567', twoRules()), 'view'],
  ['remediate modal', () => remediateModal({ heading: evil('heading'), recordId: evil('record'), choices: [hostile(choice, new Set([...enumKeys, 'approval', 'id'])), hostile({ ...choice, role: undefined }, new Set([...enumKeys, 'approval', 'id']))], privateMetadata: '{}' }), 'view'],
  ['approval request (pending)', () => approvalRequestMessage(hostile(request, new Set([...enumKeys, 'id', 'requestedBy', 'requestedAt', 'expiresAt']))), 'message'],
  ['approval request (hostile requester)', () => approvalRequestMessage({ ...hostile(request, new Set([...enumKeys, 'id'])), state: 'rejected' }), 'message'],
  ['remediation result', () => remediationResultMessage({ ...hostile(request, new Set([...enumKeys, 'id'])), state: 'failed', ok: false }), 'message'],
  ['alert fallback text', () => ({ text: alertFallbackText(hostile(baseAlert)), blocks: [] }), 'message'],
  ['digest', () => renderDigest(hostileDigest(), { postedIndividually: 3 }), 'message'],
  ['who (known, ephemeral)', () => renderWhoAnswer(hostile(whoKnown, new Set(['owner', 'url'])), { question: evil('question') }), 'message'],
  ['who (known, shared by a valid user)', () => renderWhoAnswer(hostile(whoKnown, new Set(['owner', 'url'])), { question: evil('question'), sharedBy: 'U0123ABCD' }), 'message'],
  ['who (known, hostile sharedBy and source url)', () => renderWhoAnswer(hostile(whoKnown, new Set(['owner'])), { question: evil('question'), sharedBy: evil('sharedBy') }), 'message'],
  ['who (unknown)', () => renderWhoAnswer(hostile(whoUnknown, new Set(['owner'])), { question: evil('question') }), 'message'],
  ['help (unknown subcommand)', () => renderHelp(hostile(helpCommands), { unknown: evil('unknown'), suggestion: evil('suggestion') }), 'message'],
  ['check run progress', () => renderRunProgress(hostile(meta), 1), 'message'],
  ['check run results (valid requester)', () => renderRunResults({ meta: { ...hostile(meta), requestedBy: 'U0123ABCD' }, results: hostile(results), gone: hostile(gone), finishedAt: evil('finishedAt'), rerunValue: evil('rerun') }, renderContext), 'message'],
  ['check run results (hostile requester)', () => renderRunResults({ meta: hostile(meta), results: hostile(results), gone: hostile(gone), finishedAt: evil('finishedAt') }, renderContext), 'message'],
  ['check run missing', () => renderRunMissing(evil('runId')), 'message'],
  ['check digest', () => renderCheckDigest({ meta: hostile(meta), results: hostile(results), gone: hostile(gone), firstRun: false, finishedAt: evil('finishedAt') }, renderContext), 'message'],
  ['check digest, first run', () => renderCheckDigest({ meta: hostile(meta), results: hostile(results), gone: hostile(gone), firstRun: true, finishedAt: evil('finishedAt') }, renderContext), 'message'],
  // the run id and channel were validated where they entered (the button's value, the action's channel)
  ['check digest full list', () => renderDigestList({ meta: hostile(meta), results: hostile(results), gone: hostile(gone), firstRun: false, finishedAt: evil('finishedAt') }, renderContext, 0, { runId: 'r-test-0001', channel: 'C0123ABCD' }), 'view'],
  ['check list', () => renderCheckList(hostile(checkSummaries), (id) => evil(`area-${id}`), evil('filter')), 'message'],
  ['rule list', () => renderRuleList(hostile(ruleSummaries, new Set()), evil('filter')), 'message'],
  ['status', () => renderStatus(hostile(status, new Set(['at']))), 'message'],
  ['home (hostile permalink)', () => renderHome(homeInput(null)), 'view'],
  ['home (valid permalink)', () => renderHome(homeInput('https://example.slack.com/archives/C0123ABCD/p1700000000000100')), 'view'],
];

describe('hostile text in every renderer', () => {
  it.each(cases)('%s: no mention, broadcast or link survives', (_name, render) => {
    const out = render();
    expect(violations(out)).toEqual([]);
    // the hostile text did reach the output, escaped (so the check above had something to find)
    expect(mrkdwnTexts(out).join('\n')).toContain('&lt;!channel&gt;');
  });

  it.each(cases)('%s: within Block Kit limits with 10 kB fields', (_name, render, kind) => {
    const out = render();
    const problems = kind === 'view' ? validateView(out) : validateMessage(out);
    expect(problems).toEqual([]);
  });

  it('builds the console link only from a valid region and a well-formed record id', () => {
    const good = renderAlert({ ...baseAlert, region: 'eu-west-1' });
    const link = JSON.stringify(good.blocks).match(/<https:[^>]+>/)?.[0] ?? '';
    expect(link).toContain(`https://eu-west-1.console.aws.amazon.com/cloudtrailv2/home?region=eu-west-1#/events/${baseAlert.eventId}|`);
    for (const eventId of ['a/b|c>d <!here>', '../../iam/home', `${'a'.repeat(200)}`, '']) {
      expect(JSON.stringify(renderAlert({ ...baseAlert, region: 'eu-west-1', eventId }).blocks)).not.toContain('console.aws.amazon.com');
    }
    for (const region of ['us-east-1.evil.example.com#', 'evil.example.com/x?', 'US-EAST-1', 'us-east-1>|x', '']) {
      const blocks = JSON.stringify(renderAlert({ ...baseAlert, region }).blocks);
      expect(blocks).not.toContain('console.aws.amazon.com');
    }
  });

  it('mentions a requester or sharer only when the id is a Slack user id', () => {
    for (const bad of ['U123>|<!channel', 'here', '!channel', 'u0123abcd', '']) {
      const shared = renderWhoAnswer(whoKnown, { question: 'q', sharedBy: bad });
      expect(JSON.stringify(shared.blocks)).not.toMatch(/<@|<!/);
      const run = renderRunResults({ meta: { ...meta, requestedBy: bad }, results, gone, finishedAt: 'now' }, renderContext);
      expect(JSON.stringify(run.blocks)).not.toMatch(/<@|<!/);
    }
    expect(JSON.stringify(renderWhoAnswer(whoKnown, { question: 'q', sharedBy: 'U0123ABCD' }).blocks)).toContain('<@U0123ABCD>');
  });
});
