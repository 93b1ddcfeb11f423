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
  async handle(ctx) {
    const question = parseCommandText(questionSchema, ctx.input.text, 'Ask a question.');
    const { answer, reply } = await whoReply(question);
    ctx.logger.info({ owner: answer.owner, service: answer.owner === 'unknown' ? null : answer.service?.id ?? null }, 'who answered');
    return reply;
  },
});
