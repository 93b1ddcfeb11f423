import { describe, expect, it } from 'vitest';
import { validateBlocks } from '../../../src/slack/block-limits.js';
import { renderWhoAnswer, renderWhoExplanation, type WhoKnownAnswer } from '../../../src/slack/blocks/who.js';
import { actionIds } from '../../../src/slack/ids.js';

const rds: WhoKnownAnswer = {
  owner: 'aws',
  service: { id: 'rds', name: 'Amazon RDS', model: 'abstracted' },
  area: { id: 'database-engine-patching', name: 'Database engine patching' },
  summary: 'AWS patches the database engine of RDS instances.',
  why: 'RDS is a managed service: AWS operates the engine.',
  awsResponsibilities: ['Apply engine patches during the maintenance window'],
  customerActions: ['Choose a maintenance window', 'Turn on auto minor version upgrade'],
  checks: ['rds-auto-minor-version-upgrade'],
  rules: [{ id: 'cloudtrail-rds-public', title: 'RDS made public' }],
  sources: [{ title: 'Security in Amazon RDS', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.html' }],
};

const text = (reply: { blocks: unknown[] }) => JSON.stringify(reply.blocks);

describe('renderWhoAnswer', () => {
  it('lists each part of a split answer with its owner, escaped and within Block Kit limits', () => {
    const reply = renderWhoAnswer(
      {
        ...rds,
        owner: 'shared',
        parts: [
          { duty: { id: 'rds-os-patching', name: 'Patching the OS of <DB> instances' }, owner: 'aws' },
          { duty: { id: 'rds-security-groups', name: 'Security groups' }, owner: 'customer' },
        ],
      },
      { question: 'os patching vs security groups on rds: split?' },
    );
    const all = text(reply);
    expect(all).toContain('*Split between*');
    expect(all).toContain('Patching the OS of &lt;DB&gt; instances: *AWS*');
    expect(all).toContain('Security groups: *Customer*');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('names the duty and lists each setting with its owner, marking the stated one and AWS\'s default', () => {
    const reply = renderWhoAnswer(
      {
        ...rds,
        owner: 'customer',
        duty: { id: 'rds-minor-version-upgrades', name: 'Minor engine version upgrades' },
        conditions: [
          { when: 'Auto minor version upgrade turned on (the default)', owner: 'aws', default: true, stated: false },
          { when: 'Auto minor version upgrade turned off', owner: 'customer', default: false, stated: true },
        ],
      },
      { question: 'auto minor upgrade is off: who upgrades rds?' },
    );
    const all = text(reply);
    expect(all).toContain('*Duty*\\nMinor engine version upgrades');
    expect(all).toContain('*Depends on the setting*');
    expect(all).toContain("• Auto minor version upgrade turned on (the default): *AWS* _(AWS's default)_");
    expect(all).toContain(':point_right: Auto minor version upgrade turned off: *Customer* _(your setting)_');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('explains an answer: service, duty, setting and runner-up, escaped', () => {
    const reply = renderWhoExplanation('who *patches* rds?', 'aws', {
      service: { id: 'rds', words: ['rds'] },
      choice: { kind: 'duty', id: 'rds-engine-security-patches', name: 'Database engine security patches', words: ['patches'], score: 33.6 },
      runnerUp: { kind: 'area', id: 'database-engine-patching', name: 'Database engine patching', owner: 'shared', score: 17.7 },
      coverage: 1,
      setting: null,
    });
    const all = text(reply);
    expect(all).toContain('*Service* `rds` from \\"rds\\"');
    expect(all).toContain('*Duty* Database engine security patches (`rds-engine-security-patches`)');
    expect(all).toContain('100% of the question');
    expect(all).toContain('*Runner-up* Database engine patching (shared), score 17.7');
    expect(all).not.toContain('*patches*');
    expect(renderWhoExplanation('q', 'shared', undefined).blocks.length).toBe(1);
  });

  it('renders the owner badge, why, both sides, coverage, sources and a share button', () => {
    const reply = renderWhoAnswer(rds, { question: 'who patches rds' });
    expect(reply.responseType).toBe('ephemeral');
    expect(reply.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'AWS responsibility', emoji: true } });
    const all = text(reply);
    expect(all).toContain(':cloud: *AWS*');
    expect(all).toContain('*Why*');
    expect(all).toContain('*What AWS does*');
    expect(all).toContain('• Choose a maintenance window');
    expect(all).toContain('`rds-auto-minor-version-upgrade`');
    expect(all).toContain('`cloudtrail-rds-public`');
    expect(all).toContain('<https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.html|Security in Amazon RDS>');
    const actions = reply.blocks.find((b) => b.type === 'actions');
    expect(actions).toMatchObject({ elements: [{ action_id: actionIds.shareWhoAnswer, value: 'who patches rds' }, { action_id: actionIds.whoExplain, value: 'who patches rds', text: { text: 'Why this answer?' } }] });
    expect(reply.text).toContain('AWS: Database engine patching for Amazon RDS');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it.each([
    ['customer', ':bust_in_silhouette:', 'Customer responsibility'],
    ['shared', ':handshake:', 'Shared (AWS and customer) responsibility'],
  ] as const)('badges %s answers', (owner, emoji, header) => {
    const reply = renderWhoAnswer({ ...rds, owner }, { question: 'q?' });
    expect(reply.blocks[0]).toMatchObject({ text: { text: header } });
    expect(text(reply)).toContain(emoji);
  });

  it('renders the shared copy in channel with who shared it and no share button', () => {
    const reply = renderWhoAnswer(rds, { question: 'who patches rds', sharedBy: 'U0000USER1' });
    expect(reply.responseType).toBe('in_channel');
    expect(text(reply)).toContain('<@U0000USER1> asked');
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('renders service-only and area-only breakdowns', () => {
    const reply = renderWhoAnswer(
      { ...rds, area: null, owner: 'shared', byOwner: { aws: ['Physical security'], customer: ['IAM', { id: 'backups', name: 'Backups' }], shared: [] }, byModel: { infrastructure: 'customer', abstracted: { owner: 'aws' } } },
      { question: 'rds' },
    );
    const all = text(reply);
    expect(all).toContain('*Customer*: IAM, Backups');
    expect(all).not.toContain('*Shared (AWS and customer)*:');
    expect(all).toContain('• Infrastructure services: *Customer*');
    expect(all).toContain('• Abstracted services: *AWS*');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('escapes the question and keeps huge answers within Block Kit limits', () => {
    const long = 'x'.repeat(5000);
    const reply = renderWhoAnswer(
      { ...rds, summary: long, why: long, customerActions: Array.from({ length: 200 }, (_, i) => `action ${i} ${long}`), checks: Array.from({ length: 300 }, (_, i) => `check-${i}`), sources: Array.from({ length: 40 }, (_, i) => ({ title: `t${i}`, url: `https://example.com/${i}` })) },
      { question: '<!channel> who owns <@U1> stuff' },
    );
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
    // what Slack renders: every block but the button (whose value is never shown)
    const shown = text({ blocks: reply.blocks.filter((b) => b.type !== 'actions') });
    expect(shown).toContain('&lt;!channel&gt; who owns &lt;@U1&gt; stuff');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@U1>');
    expect(shown).toContain('`check-19` +280 more');
  });

  it('drops a source url that could break out of the link', () => {
    const reply = renderWhoAnswer({ ...rds, sources: [{ title: 'Bad', url: 'https://example.com/a|<!here>' }] }, { question: 'q' });
    expect(text(reply)).not.toContain('<https://example.com/a|');
    expect(text(reply)).toContain('Bad');
  });

  it('renders unknown answers with suggestion buttons with distinct action ids', () => {
    const reply = renderWhoAnswer({ owner: 'unknown', suggestions: ['who patches ec2', { question: 'who patches rds' }, 'x'.repeat(300)] }, { question: 'who patches the thing' });
    expect(text(reply)).toContain("I can't tell who owns that");
    const actions = reply.blocks.find((b) => b.type === 'actions') as { elements: { action_id: string; value: string }[] } | undefined;
    expect(actions?.elements.map((e) => e.value.slice(0, 20))).toEqual(['who patches ec2', 'who patches rds', 'x'.repeat(20)]);
    expect(new Set(actions?.elements.map((e) => e.action_id)).size).toBe(3);
    expect(actions?.elements.every((e) => e.action_id.startsWith(actionIds.whoSuggestion))).toBe(true);
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('renders an area-only unknown answer with its reason and the owner per model', () => {
    const reply = renderWhoAnswer(
      { owner: 'unknown', reason: 'It depends on the service; name one.', suggestions: ['who owns patching for ec2'], byModel: { infrastructure: { owner: 'customer', examples: ['EC2', 'EBS'] }, abstracted: { owner: 'aws', examples: ['S3'] } } },
      { question: 'who owns patching' },
    );
    const all = text(reply);
    expect(all).toContain('It depends on the service; name one.');
    expect(all).toContain('• Infrastructure services: *Customer* (e.g. EC2, EBS)');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('renders unknown answers without suggestions as text only', () => {
    const reply = renderWhoAnswer({ owner: 'unknown', suggestions: [] }, { question: 'q' });
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});
