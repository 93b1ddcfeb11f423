import { z } from 'zod';
import { whoReply } from '../../../../commands/who.js';
import { actionIds } from '../../ids.js';
import { toRespond } from '../reply.js';
import type { RegisterListener } from '../types.js';

const buttonSchema = z.object({ value: z.string().min(1).max(2000) });

/** A suggestion button under an unknown `/srm who` answer: answers that question in place. */
export const registerWhoSuggestion: RegisterListener = (app, deps) => {
  app.action(new RegExp(`^${actionIds.whoSuggestion}:\\d+$`), async ({ ack, action, body, respond }) => {
    await ack();
    const { value } = buttonSchema.parse(action);
    const { answer, reply } = await whoReply(value);
    deps.logger.info({ userId: body.user.id, owner: answer.owner }, 'who suggestion answered');
    await respond(toRespond(reply, { replace_original: true }));
  });
};
