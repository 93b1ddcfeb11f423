import { z } from 'zod';
import { answerQuestion } from '../../../knowledge/answer.js';
import { renderWhoExplanation } from '../../blocks/who.js';
import { actionIds } from '../../ids.js';
import { toRespond } from '../reply.js';
import type { RegisterListener } from '../types.js';

const buttonSchema = z.object({ value: z.string().trim().min(1).max(2000) });

/** "Why this answer?" under a `/srm who` answer: the service and duty found, the words that chose them, the runner-up. */
export const registerWhoExplain: RegisterListener = (app, deps) => {
  app.action(actionIds.whoExplain, async ({ ack, action, body, respond }) => {
    await ack();
    const { value } = buttonSchema.parse(action);
    const answer = answerQuestion(value);
    deps.logger.debug({ userId: body.user.id, owner: answer.owner }, 'who answer explained');
    await respond(toRespond(renderWhoExplanation(value, answer.owner, answer.explain), { replace_original: false }));
  });
};
