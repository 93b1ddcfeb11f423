import { describe, expect, it } from 'vitest';
import { rules } from '../../../rules/index.js';
import type { Rule } from '../../../src/rules/define-rule.js';
import { createRuleEngine } from '../../../src/rules/engine.js';
import type { CloudTrailEvent, GuardDutyFinding } from '../../../src/ingest/types.js';
import type { AlertLifecycle } from '../../../src/router/alert-store.js';
import { alertMessage, areasOf } from '../../../src/router/alert-message.js';
import { buildEventAlert, type EventAlert } from '../../../src/router/event-alert.js';
import { validateBlocks, validateMessage } from '../../../src/slack/block-limits.js';
import { alertButtonLabels, consoleUrl, renderAlert, renderAlertLinked, renderAlertRepeat } from '../../../src/slack/blocks/alert.js';
import { makeAlert } from '../../router/harness.js';
import { mrkdwnTexts } from '../../helpers/blocks.js';

const engine = createRuleEngine();

function eventOf(rule: Rule, event: CloudTrailEvent | GuardDutyFinding): EventAlert | undefined {
  const record = rule.source === 'cloudtrail' ? { source: 'cloudtrail' as const, event: event as CloudTrailEvent } : { source: 'guardduty' as const, finding: event as GuardDutyFinding };
  return buildEventAlert(engine.evaluate(record));
}

// Cases of windowed rules need their `before` events in a stateful engine: the live path's own tests cover those.
const firing = (rules as readonly Rule[]).flatMap((rule) => rule.cases.filter((c) => c.fires && !c.before?.length).map((c) => ({ rule, c })));

describe('alert message of every rule case', () => {
  it('has firing cases to render', () => {
    expect(firing.length).toBeGreaterThanOrEqual(30);
  });

  // The catalogue changes under this test, so it checks properties; the golden payloads below use a fixed event.
  it.each(firing.map(({ rule, c }) => [`${rule.id} / ${c.name}`, rule, c.event] as const))('%s: one message listing every rule, within limits', (_name, rule, event) => {
    const alert = eventOf(rule, event);
    expect(alert).toBeDefined();
    const message = alertMessage(alert!, '0123456789abcdef01234567');
    expect(validateMessage(message)).toEqual([]);
    const text = JSON.stringify(message.blocks);
    // the reader can find the record, and every rule it matched
    expect(text).toContain(alert!.eventId.slice(0, 60));
    for (const r of alert!.rules) expect(text).toContain(r.rule);
    if (alert!.sample) expect(text).toContain('SAMPLE');
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => (e as { text: { text: string } }).text.text);
    expect(buttons.slice(0, 3)).toEqual([alertButtonLabels.acknowledge, alertButtonLabels.assign, alertButtonLabels.snooze]);
    expect(buttons.includes(alertButtonLabels.remediate)).toBe((alert!.remediations?.length ?? 0) > 0);
  });
});

/** A fixed event of two rules (a root console sign-in) with one remediation offered: the golden payloads' subject. */
function goldenEvent(): EventAlert {
  const base = makeAlert({
    eventId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    dedupKey: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    rule: 'cloudtrail-root-account-usage',
    title: 'Root user activity',
    severity: 'high',
    area: 'root-account',
    controls: ['CloudWatch.1', 'cis-aws-1.4.0:4.3'],
    attack: ['T1078.004'],
    summary: 'The root user called ConsoleLogin from 192.0.2.10.',
    customerAction: 'Confirm the sign-in with the account owner; if unexpected, reset the root password, check the MFA device and review root activity.',
  });
  const login = {
    ...base,
    rule: 'cloudtrail-root-console-login',
    title: 'Root user signed in to the console',
    severity: 'critical' as const,
    controls: ['cis-aws-1.4.0:1.7', 'cis-aws-3.0.0:1.7'],
    attack: ['T1078.004'],
    summary: 'The root user signed in to the console from 192.0.2.10 without MFA.',
    notes: ['The root user signed in without MFA.'],
  };
  return buildEventAlert([base, login], [
    { id: 'iam-deactivate-access-key', target: { account: '123456789012', region: 'us-east-1', resource: 'access key AKIAIOSFODNN7EXAMPLE of IAM user alice', params: { userName: 'alice', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } } },
  ])!;
}

const at = (min: number) => new Date(Date.UTC(2026, 10, 23, 10, min)).toISOString();
const remediation = {
  requestId: 'rq-mhx0k2a1-0a1b2c3d4e',
  remediationId: 'iam-deactivate-access-key',
  title: 'Deactivate the IAM access key',
  call: 'iam:UpdateAccessKey',
  resource: 'access key AKIAIOSFODNN7EXAMPLE of IAM user alice',
  approval: 'four-eyes' as const,
  requestedBy: 'U0000ALICE',
  requestedAt: at(20),
  expiresAt: at(80),
};
const states: Record<string, AlertLifecycle> = {
  open: {},
  acknowledged: { acknowledged: { by: 'U0000ALICE', at: at(5) } },
  assigned: { acknowledged: { by: 'U0000ALICE', at: at(5) }, assigned: { to: 'U0000BOB01', by: 'U0000ALICE', at: at(6) } },
  snoozed: { snoozed: { by: 'U0000ALICE', at: at(7), until: at(67), duration: '1h' } },
  'remediation-pending-approval': { acknowledged: { by: 'U0000ALICE', at: at(5) }, remediation: { ...remediation, state: 'pending-approval' } },
  remediated: {
    acknowledged: { by: 'U0000ALICE', at: at(5) },
    remediation: { ...remediation, state: 'succeeded', approvedBy: 'U0000BOB01', decidedAt: at(22), finishedAt: at(23), summary: 'Deactivated access key AKIAIOSFODNN7EXAMPLE of IAM user alice.' },
  },
  failed: {
    acknowledged: { by: 'U0000ALICE', at: at(5) },
    remediation: {
      ...remediation,
      state: 'failed',
      approvedBy: 'U0000BOB01',
      decidedAt: at(22),
      finishedAt: at(23),
      summary: 'AccessDenied: the remediation role arn:aws:iam::123456789012:role/srm-remediation lacks iam:UpdateAccessKey on access key AKIAIOSFODNN7EXAMPLE of IAM user alice (account 123456789012, us-east-1)',
    },
  },
};
const expectedButtons: Record<string, string[]> = {
  open: ['Acknowledge', 'Assign', 'Snooze', 'Remediate…'],
  acknowledged: ['Assign', 'Snooze', 'Remediate…'],
  assigned: ['Assign', 'Snooze', 'Remediate…'],
  snoozed: ['Acknowledge', 'Assign', 'Remediate…'],
  'remediation-pending-approval': ['Assign', 'Snooze'],
  remediated: [],
  failed: ['Assign', 'Snooze', 'Remediate…'],
};

describe('alert message golden payloads, one per state', () => {
  const now = new Date(at(30));
  it.each(Object.keys(states))('%s', async (state) => {
    const message = alertMessage(goldenEvent(), '0123456789abcdef01234567', states[state], now);
    expect(validateMessage(message)).toEqual([]);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => (e as { text: { text: string } }).text.text);
    expect(buttons).toEqual(expectedButtons[state]);
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/alert-${state}.json`);
  });

  it('lists every rule with its controls and ATT&CK techniques, each action and area once', () => {
    const event = goldenEvent();
    const text = JSON.stringify(alertMessage(event, '0123456789abcdef01234567').blocks);
    expect(text).toContain('Matched 2 rules');
    expect(text).toContain('cloudtrail-root-console-login');
    expect(text).toContain('cloudtrail-root-account-usage');
    expect(text).toContain('T1078.004');
    expect(text).toContain('CRITICAL: Root user signed in to the console (+1 more rule)');
    // the two rules give the same action and area: said once
    expect(text.split('Confirm the sign-in with the account owner').length - 1).toBe(1);
    expect(text.split('*Responsibility:*').length - 1).toBe(1);
    expect(Object.keys(areasOf(event))).toEqual(['root-account']);
  });
});

describe('alert message', () => {
  const hostile = '<!channel> <!here> @here <@U123ABC> <#C0123> <https://evil.example.com|click> *bold* _it_ ~s~ `code` &amp;';

  it('escapes every event field: no mention, link or formatting gets through, and stays within limits', () => {
    const long = 'A'.repeat(10_000) + hostile;
    const fields = {
      title: hostile,
      actor: hostile,
      summary: `${hostile} ${long}`,
      customerAction: hostile,
      notes: [hostile, long],
      resource: long,
      sourceIp: hostile,
      time: hostile,
      eventName: hostile,
      account: hostile,
      region: hostile,
      eventId: `${hostile}${long}`,
      controls: [hostile, long],
      attack: [hostile],
    };
    const a = makeAlert(fields);
    const event = buildEventAlert([a, { ...a, rule: 'second-rule', customerAction: `${hostile} other`, area: hostile }])!;
    const life: AlertLifecycle = { acknowledged: { by: hostile, at: hostile }, assigned: { to: 'U0000BOB01', by: hostile, at: '2026-11-23T10:00:00Z' }, snoozed: { by: hostile, at: hostile, until: hostile, duration: '1d' } };
    for (const message of [renderAlert(a, { seen: 4 }), renderAlert(event, { seen: 4, status: { ref: '0123456789abcdef01234567', life, remediable: true } })]) {
      expect(validateMessage(message)).toEqual([]);
      for (const t of mrkdwnTexts(message)) {
        expect(t).not.toMatch(/<!(channel|here|everyone)/);
        expect(t).not.toMatch(/<@U123/);
        expect(t).not.toMatch(/<#C/);
        expect(t).not.toContain('<https://evil');
        expect(t).not.toMatch(/(^|[^\u200B])@here/);
        // inside code spans formatting is literal; outside it must be broken
        expect(t.replace(/`[^`]*`/g, '')).not.toContain('*bold*');
      }
      // the only link is the console link we build, and the bad region means none at all
      expect(JSON.stringify(message.blocks)).not.toContain('console.aws.amazon.com');
    }
    expect(validateMessage(renderAlertRepeat(a, 2))).toEqual([]);
    const linked = renderAlertLinked(event, { principal: hostile, parentSource: 'cloudtrail' });
    const parent = renderAlert(a, { linked: { count: 2, source: 'guardduty', principal: hostile, severity: 'high' } });
    for (const message of [linked, parent]) {
      expect(validateMessage(message)).toEqual([]);
      for (const t of mrkdwnTexts(message)) {
        expect(t).not.toMatch(/<!(channel|here|everyone)/);
        expect(t).not.toContain('<https://evil');
        expect(t.replace(/`[^`]*`/g, '')).not.toContain('*bold*');
      }
    }
  });

  it('a linked alert names the principal and both sources; its parent counts the links', () => {
    const finding = makeAlert({ source: 'guardduty', rule: 'guardduty-finding', eventName: 'CredentialAccess:IAMUser/AnomalousBehavior', eventId: '32b7017d2019dfe922abc4e07c3fdded', sample: true, attack: ['T1552'] });
    const reply = renderAlertLinked(finding, { principal: '123456789012:user/alice', parentSource: 'cloudtrail' });
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('*Linked by principal* `123456789012:user/alice`: this GuardDuty finding is about the same principal as the CloudTrail alert that opened this thread.');
    expect(text).toContain('*Finding type* `CredentialAccess:IAMUser/AnomalousBehavior`');
    expect(text).toContain('GuardDuty finding id `32b7017d2019dfe922abc4e07c3fdded`');
    expect(text).toContain('[SAMPLE] HIGH');
    expect(reply.text.startsWith('Linked by principal: [SAMPLE] [HIGH]')).toBe(true);
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
    const one = JSON.stringify(renderAlert(makeAlert(), { linked: { count: 1, source: 'guardduty', principal: '123456789012:user/alice', severity: 'critical' } }).blocks);
    expect(one).toContain(':link: *1* GuardDuty finding about the same principal is in the thread (`123456789012:user/alice`; highest severity critical).');
    const life: AlertLifecycle = { linked: { count: 3, source: 'cloudtrail', principal: '123456789012:root', severity: 'medium' } };
    expect(JSON.stringify(alertMessage(goldenEvent(), '0123456789abcdef01234567', life).blocks)).toContain('*3* CloudTrail alerts about the same principal are in the thread');
    expect(JSON.stringify(renderAlert(makeAlert()).blocks)).not.toContain(':link:');
  });

  it('labels GuardDuty sample findings and links the finding', () => {
    const alert = makeAlert({ source: 'guardduty', rule: 'guardduty-finding', sample: true, eventId: '32b7017d2019dfe922abc4e07c3fdded', region: 'us-west-2' });
    const message = renderAlert(alert);
    expect(message.text.startsWith('[SAMPLE]')).toBe(true);
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text).toMatch(/^\[SAMPLE\] HIGH:/);
    expect(consoleUrl(alert)).toBe('https://us-west-2.console.aws.amazon.com/guardduty/home?region=us-west-2#/findings?macros=current&fId=32b7017d2019dfe922abc4e07c3fdded');
    expect(JSON.stringify(message.blocks)).toContain('GuardDuty finding id');
  });

  it('links a CloudTrail event to event history and shows the count of repeats', () => {
    const alert = makeAlert({ eventId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', region: 'eu-west-1' });
    expect(consoleUrl(alert)).toBe('https://eu-west-1.console.aws.amazon.com/cloudtrailv2/home?region=eu-west-1#/events/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111');
    expect(JSON.stringify(renderAlert(alert, { seen: 3 }).blocks)).toContain('Seen *3* times');
    expect(JSON.stringify(renderAlert(alert, { status: { ref: '0123456789abcdef01234567', life: { seen: 5 }, remediable: false } }).blocks)).toContain('Seen *5* times');
    expect(JSON.stringify(renderAlert(alert).blocks)).not.toContain('Seen');
  });

  it('a repeat in a thread names its record and every rule its event matched, like the top-level post', () => {
    const event = goldenEvent();
    const repeat = renderAlertRepeat(event, 2);
    expect(validateMessage(repeat)).toEqual([]);
    const context = repeat.blocks.at(-1) as { type: string; elements: Array<{ text: string }> };
    expect(context.type).toBe('context');
    expect(context.elements[0]!.text).toBe('CloudTrail eventID `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111` · rules `cloudtrail-root-console-login`, `cloudtrail-root-account-usage`');
    // a per-rule alert (an event of one rule) names its one rule
    const single = renderAlertRepeat(makeAlert({ eventId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE22222', rule: 'cloudtrail-root-account-usage' }), 3);
    expect(JSON.stringify(single.blocks.at(-1))).toContain('rule `cloudtrail-root-account-usage`');
  });

  it('renders extension buttons in one actions block after the lifecycle ones', () => {
    const message = renderAlert(makeAlert(), {
      status: { ref: '0123456789abcdef01234567', life: {}, remediable: false },
      actions: [{ type: 'button', action_id: 'srm-test-extra', text: { type: 'plain_text', text: 'Extra' }, value: 'x' }],
    });
    const actions = message.blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(actions)).toContain('"Extra"');
  });

  it('shows a snooze that ran out as such, with the Snooze button back', () => {
    const life: AlertLifecycle = { snoozed: { by: 'U0000ALICE', at: at(0), until: at(60), duration: '1h' } };
    const later = alertMessage(goldenEvent(), '0123456789abcdef01234567', life, new Date(at(61)));
    expect(JSON.stringify(later.blocks)).toContain('ran out');
    expect(JSON.stringify(later.blocks)).toContain('"Snooze"');
  });
});
