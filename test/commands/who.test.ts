import { describe, expect, it } from 'vitest';
import { answerWho, who, whoReply } from '../../commands/who.js';
import { UsageError } from '../../src/errors.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { silentLogger } from '../../src/logger.js';
import { validateBlocks } from '../../src/slack/block-limits.js';
import type { CommandContext, CommandReply } from '../../src/slack/define-command.js';
import { escapeMrkdwn } from '../../src/slack/escape.js';
import { actionIds } from '../../src/slack/ids.js';

function ctx(text: string): CommandContext & { sent: CommandReply[] } {
  const sent: CommandReply[] = [];
  return {
    input: { text, userId: 'U0000USER1', channelId: 'C0000CHAN1' },
    deps: { logger: silentLogger() },
    logger: silentLogger(),
    respond: async (reply) => {
      sent.push(reply);
    },
    sent,
  };
}

const questions = [
  'who patches the database engine on rds',
  'is aws responsible for hypervisor security on ec2?',
  'who owns encryption at rest for s3',
  'who patches lambda',
  'who owns patching',
  'who owns the flux capacitor on the frobnicator',
];

describe('/srm who', () => {
  it('answers through deps.who when srm serve runs its who thread, and logs nothing per answer', async () => {
    const asked: string[] = [];
    const stub = await answerWho('who owns encryption at rest for s3');
    const c = ctx('who owns encryption at rest for s3');
    c.deps.who = {
      async answer(question) {
        asked.push(question);
        return stub;
      },
    };
    expect(await who.handle(c)).toBe(stub.reply);
    expect(asked).toEqual(['who owns encryption at rest for s3']);
  });

  it.each(questions)('answers "%s" with the knowledge base owner, within Block Kit limits', async (question) => {
    const reply = await who.handle(ctx(question));
    const answer = answerQuestion(question);
    expect(reply?.responseType).toBe('ephemeral');
    expect(validateBlocks(reply?.blocks, 'message')).toEqual([]);
    const all = JSON.stringify(reply?.blocks);
    if (answer.owner === 'unknown') {
      expect(all).toContain("I can't tell who owns that");
      for (const s of answer.suggestions.slice(0, 5)) expect(all).toContain(JSON.stringify(s).slice(1, -1));
    } else {
      const label = { aws: 'AWS', customer: 'Customer', shared: 'Shared (AWS and customer)' }[answer.owner];
      expect(reply?.blocks[0]).toMatchObject({ type: 'header', text: { text: `${label} responsibility` } });
      const first = answer.customerActions[0];
      if (first) expect(all).toContain(JSON.stringify(`• ${escapeMrkdwn(first)}`).slice(1, -1));
      expect(all).toContain(actionIds.shareWhoAnswer);
      for (const check of answer.checks.slice(0, 3)) expect(all).toContain(`\`${check}\``);
    }
  });

  it('answers a known question with an owner and says it first (the knowledge base knows RDS)', async () => {
    const { answer, reply } = await whoReply('who patches the database engine on rds');
    expect(answer.owner).not.toBe('unknown');
    if (answer.owner === 'unknown') return;
    const label = { aws: 'AWS', customer: 'Customer', shared: 'Shared (AWS and customer)' }[answer.owner];
    expect(reply.text.slice(0, label.length + 2)).toBe(`${label}: `);
    expect(reply.text).toContain(answer.service?.name ?? "no service");
  });

  it('refuses an empty or overlong question with a usage error', async () => {
    await expect(who.handle(ctx(''))).rejects.toBeInstanceOf(UsageError);
    await expect(who.handle(ctx('x'.repeat(501)))).rejects.toThrow(/too long/);
  });

  it('renders the shared copy with who shared it', async () => {
    const { reply } = await whoReply('who owns encryption at rest for s3', 'U0000USER2');
    expect(reply.responseType).toBe('in_channel');
    expect(JSON.stringify(reply.blocks)).toContain('<@U0000USER2> asked');
  });
});
