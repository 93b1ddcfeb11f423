import { describe, expect, it } from 'vitest';
import type { DigestState } from '../../../src/router/digest.js';
import { validateMessage } from '../../../src/slack/block-limits.js';
import { renderDigest } from '../../../src/slack/blocks/digest.js';
import { mrkdwnTexts } from '../../helpers/blocks.js';

function digest(overrides: Partial<DigestState> = {}): DigestState {
  const eventIds = Array.from({ length: 200 }, (_, i) => `0d9c8a41-0000-4000-8000-${String(i).padStart(12, '0')}`);
  return {
    id: 'mwthlt4b-12668c44',
    channel: 'C0ALERTS1',
    rule: 'cloudtrail-unauthorized-api-calls',
    title: 'Unauthorized API call',
    severity: 'low',
    area: 'iam',
    count: 9995,
    firstTime: '2026-11-23T09:10:00Z',
    lastTime: '2026-11-23T09:12:00Z',
    byActor: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`arn:aws:sts::123456789012:assumed-role/ci-role-${i}/session`, 250 - i])),
    byAccount: { '123456789012': 9995 },
    byRegion: { 'us-east-1': 5000, 'eu-west-1': 4995 },
    eventIds,
    ...overrides,
  };
}

describe('digest message', () => {
  it('accounts for every event: counts by actor, account and region, ids up to the limit and "and N more"', () => {
    const d = digest();
    const m = renderDigest(d, { postedIndividually: 5 });
    expect(validateMessage(m)).toEqual([]);
    const text = JSON.stringify(m.blocks);
    expect(m.text).toContain('burst of 9995');
    expect(text).toContain('ci-role-0/session: *250*');
    expect(text).toContain('_and 35 more_');
    expect(text).toContain('123456789012: *9995*');
    expect(text).toContain('after 5 posted individually above');
    const shown = d.eventIds.filter((id) => text.includes(id)).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`_and ${d.count - shown} more_`);
  });

  it('escapes hostile actors and stays within limits', () => {
    const evil = '<!channel> <@U123> <https://evil.example.com|click> *bold*' + 'x'.repeat(10_000);
    const m = renderDigest(digest({ byActor: { [evil]: 3 }, eventIds: [evil], title: evil, count: 3 }));
    expect(validateMessage(m)).toEqual([]);
    // mrkdwn is where mentions and links work (plain_text headers show them literally)
    const mrkdwn = mrkdwnTexts(m);
    expect(mrkdwn.length).toBeGreaterThan(4);
    for (const t of mrkdwn) expect(t).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
  });
});
