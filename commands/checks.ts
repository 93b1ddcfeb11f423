import { z } from 'zod';
import { checks as catalogue } from '../checks/index.js';
import { areaTitle } from '../src/checks/progress.js';
import { findChecks } from '../src/checks/select.js';
import { renderCheckList } from '../src/slack/blocks/check-list.js';
import { defineCommand, parseCommandText } from '../src/slack/define-command.js';

const filterSchema = z
  .string()
  .trim()
  .max(200)
  .transform((s) => s.split(/\s+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'filter by check ids, areas or service prefixes (e.g. iam, root-account)')).max(20));

/** `/srm checks [area | service | id…]`: lists the checks with their area, owner and controls. */
export const checksCommand = defineCommand({
  name: 'checks',
  usage: 'checks [area | service prefix | check id…]',
  summary: 'List the AWS checks srm can run, with their responsibility area, owner and controls.',
  examples: ['checks', 'checks iam', 'checks root-account'],
  async handle(ctx) {
    const terms = parseCommandText(filterSchema, ctx.input.text, 'invalid filter');
    const from = ctx.deps.checks?.catalogue() ?? catalogue;
    const chosen = findChecks(terms.map((s) => s.toLowerCase()), from);
    const message = renderCheckList(chosen, areaTitle, terms.length > 0 ? terms.join(' ') : undefined);
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' };
  },
});
