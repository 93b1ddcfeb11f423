import { z } from 'zod';
import { answerQuestion } from '../src/knowledge/answer.js';
import { defineCommand, parseCommandText, type CommandReply } from '../src/slack/define-command.js';
import { renderWhoAnswer, type WhoAnswer } from '../src/slack/blocks/who.js';
import type { WhoThreadAnswer } from '../src/slack/who-thread.js';

const questionSchema = z.string().trim().min(3, 'Ask a question, for example: /srm who patches the database engine on rds').max(500, 'That question is too long (500 characters at most).');

/** Answers a question and renders it: the ephemeral answer, or the shared one when `sharedBy` is set. */
export async function whoReply(question: string, sharedBy?: string): Promise<{ answer: WhoAnswer; reply: CommandReply }> {
  const answer: WhoAnswer = await answerQuestion(question);
  return { answer, reply: renderWhoAnswer(answer, { question, ...(sharedBy ? { sharedBy } : {}) }) };
}

/** One answer as the who thread sends it back (src/slack/who-thread.ts): the reply, and the owner and service the command logs. */
export async function answerWho(question: string): Promise<WhoThreadAnswer> {
  const { answer, reply } = await whoReply(question);
  return { owner: answer.owner, service: answer.owner === 'unknown' ? null : (answer.service?.id ?? null), reply };
}

export const who = defineCommand({
  name: 'who',
  usage: 'who <question>',
  summary: 'Who owns it (AWS, you, or shared) for a service, and what you must do about it.',
  examples: ['who patches the database engine on rds', 'who is responsible for hypervisor security on ec2', 'who owns encryption at rest for s3'],
  // answered from the knowledge base in memory, in about a millisecond: the answer is the ack
  answerInAck: true,
  async handle(ctx) {
    const question = parseCommandText(questionSchema, ctx.input.text, 'Ask a question.');
    // srm serve answers in its who thread (deps.who), off the event loop that serves Slack's requests
    const { owner, service, reply } = ctx.deps.who ? await ctx.deps.who.answer(question) : await answerWho(question);
    // A question it could not answer is a gap in the knowledge base, worth a line at info; the
    // hundreds a second it answers are at debug (counted in srm_slack_commands_total).
    if (owner === 'unknown') ctx.logger.info({ owner }, 'who answered');
    else if (ctx.deps.logger.isLevelEnabled('debug')) ctx.logger.debug({ owner, service }, 'who answered');
    return reply;
  },
});
