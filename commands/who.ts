import { z } from 'zod';
import { answerQuestion } from '../src/knowledge/answer.js';
import { defineCommand, parseCommandText, type CommandReply } from '../src/slack/define-command.js';
import { renderWhoAnswer, type WhoAnswer } from '../src/slack/blocks/who.js';

const questionSchema = z.string().trim().min(3, 'Ask a question, for example: /srm who patches the database engine on rds').max(500, 'That question is too long (500 characters at most).');

/** Answers a question and renders it: the ephemeral answer, or the shared one when `sharedBy` is set. */
export async function whoReply(question: string, sharedBy?: string): Promise<{ answer: WhoAnswer; reply: CommandReply }> {
  const answer: WhoAnswer = await answerQuestion(question);
  return { answer, reply: renderWhoAnswer(answer, { question, ...(sharedBy ? { sharedBy } : {}) }) };
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
    const { answer, reply } = await whoReply(question);
    // A question it could not answer is a gap in the knowledge base, worth a line at info; the
    // hundreds a second it answers are at debug (counted in srm_slack_commands_total).
    if (answer.owner === 'unknown') ctx.logger.info({ owner: answer.owner }, 'who answered');
    else if (ctx.deps.logger.isLevelEnabled('debug')) ctx.logger.debug({ owner: answer.owner, service: answer.service?.id ?? null }, 'who answered');
    return reply;
  },
});
