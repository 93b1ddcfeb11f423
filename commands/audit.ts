import { z } from 'zod';
import { noWorkersReply, renderAuditList } from '../src/slack/blocks/alert-list.js';
import { defineCommand, parseCommandText, type CommandReply } from '../src/slack/define-command.js';

const countSchema = z
  .string()
  .trim()
  .regex(/^(\d{1,3})?$/, 'usage: /srm audit [how many, 1-100]')
  .transform((s) => (s ? Number(s) : 20))
  .pipe(z.number().int().min(1, 'usage: /srm audit [how many, 1-100]').max(100, 'usage: /srm audit [how many, 1-100]'));

const unavailable = noWorkersReply('The audit trail is');

/** `/srm audit [n]`: the latest acknowledgements, assignments, snoozes, remediation requests, approvals, refusals, expiries and results. */
export const auditCommand = defineCommand({
  name: 'audit',
  usage: 'audit [how many]',
  summary: 'The latest audit entries: acknowledgements, assignments, snoozes, remediation requests, approvals, refusals, expiries and results.',
  examples: ['audit', 'audit 50'],
  async handle({ input, deps }): Promise<CommandReply> {
    const count = parseCommandText(countSchema, input.text, 'usage: /srm audit [how many, 1-100]');
    if (!deps.alerts) return unavailable;
    const message = renderAuditList(await deps.alerts.audit(count));
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' };
  },
});
