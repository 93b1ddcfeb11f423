import { describe, expect, it } from 'vitest';
import { rules } from '../../../rules/index.js';
import type { Rule } from '../../../src/rules/define-rule.js';
import { createRuleEngine } from '../../../src/rules/engine.js';
import type { CloudTrailEvent, GuardDutyFinding } from '../../../src/ingest/types.js';
import type { Alert } from '../../../src/rules/types.js';
import { validateBlocks, validateMessage } from '../../../src/slack/block-limits.js';
import { consoleUrl, renderAlert, renderAlertRepeat } from '../../../src/slack/blocks/alert.js';
import { areaInfo } from '../../../src/router/area-info.js';
import { makeAlert } from '../../router/harness.js';
import { mrkdwnTexts } from '../../helpers/blocks.js';

const engine = createRuleEngine();

function alertsOf(rule: Rule, event: CloudTrailEvent | GuardDutyFinding): Alert[] {
  const record = rule.source === 'cloudtrail' ? { source: 'cloudtrail' as const, event: event as CloudTrailEvent } : { source: 'guardduty' as const, finding: event as GuardDutyFinding };
  return engine.evaluate(record).filter((a) => a.rule === rule.id);
}

const firing = (rules as readonly Rule[]).flatMap((rule) => rule.cases.filter((c) => c.fires).map((c) => ({ rule, c })));

describe('alert message golden payloads', () => {
  it('has firing cases to render', () => {
    expect(firing.length).toBeGreaterThanOrEqual(rules.length);
  });

  it.each(firing.map(({ rule, c }) => [`${rule.id} / ${c.name}`, rule, c.event] as const))('%s', (_name, rule, event) => {
    const alerts = alertsOf(rule, event);
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      const area = areaInfo(alert.area);
      const message = renderAlert(alert, area ? { area } : {});
      expect(validateMessage(message)).toEqual([]);
      const text = JSON.stringify(message.blocks);
      // the reader can find the record
      expect(text).toContain(alert.eventId.slice(0, 60));
      if (alert.sample) expect(text).toContain('SAMPLE');
      // Example event ids come from a counter shared by every rule file, so they shift when a rule is added:
      // the snapshot holds a placeholder, and the id itself is checked above.
      expect(JSON.parse(JSON.stringify(message).split(alert.eventId).join('<eventID>'))).toMatchSnapshot();
    }
  });
});

describe('alert message', () => {
  const hostile = '<!channel> <!here> @here <@U123ABC> <#C0123> <https://evil.example.com|click> *bold* _it_ ~s~ `code` &amp;';

  it('escapes every event field: no mention, link or formatting gets through, and stays within limits', () => {
    const long = 'A'.repeat(10_000) + hostile;
    const alert = makeAlert({
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
    });
    const message = renderAlert(alert, { seen: 4 });
    expect(validateMessage(message)).toEqual([]);
    const mrkdwn = mrkdwnTexts(message);
    for (const t of mrkdwn) {
      expect(t).not.toMatch(/<!(channel|here|everyone)/);
      expect(t).not.toMatch(/<@U/);
      expect(t).not.toMatch(/<#C/);
      expect(t).not.toContain('<https://evil');
      expect(t).not.toMatch(/(^|[^\u200B])@here/);
      // inside code spans formatting is literal; outside it must be broken
      expect(t.replace(/`[^`]*`/g, '')).not.toContain('*bold*');
    }
    // the only link is the console link we build, and the bad region means none at all
    expect(JSON.stringify(message.blocks)).not.toContain('console.aws.amazon.com');
    expect(validateMessage(renderAlertRepeat(alert, 2))).toEqual([]);
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
    expect(JSON.stringify(renderAlert(alert).blocks)).not.toContain('Seen');
  });

  it('renders extension buttons in one actions block', () => {
    const message = renderAlert(makeAlert(), { actions: [{ type: 'button', action_id: 'srm-test-ack', text: { type: 'plain_text', text: 'Acknowledge' }, value: 'x' }] });
    const actions = message.blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
  });
});
