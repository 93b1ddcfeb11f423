import { z } from 'zod';
import { rules as catalogue } from '../rules/index.js';
import { renderRuleList } from '../src/rules/list-blocks.js';
import { filterRules } from '../src/rules/select.js';
import { defineCommand, parseCommandText } from '../src/slack/define-command.js';

const filterSchema = z
  .string()
  .trim()
  .max(200)
  .transform((s) => s.split(/\s+/).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^[A-Za-z0-9.:-]{1,64}$/, 'filter by rule id, area, severity, source, control or ATT&CK id (e.g. iam, high, CloudWatch.3, cis-aws-1.4.0, T1098)'))
      .max(10),
  );

/** `/srm rules [filter…]`: lists the detection rules with their area, severity, controls and MITRE ATT&CK techniques. */
export const rulesCommand = defineCommand({
  name: 'rules',
  usage: 'rules [area | severity | source | control | ATT&CK id | id…]',
  summary: 'List the CloudTrail and GuardDuty detection rules, with their responsibility area, severity, controls and MITRE ATT&CK techniques.',
  examples: ['rules', 'rules critical', 'rules CloudWatch', 'rules api-logging', 'rules T1555'],
  async handle(ctx) {
    const terms = parseCommandText(filterSchema, ctx.input.text, 'invalid filter');
    const chosen = filterRules(catalogue, terms);
    const message = renderRuleList(chosen, terms.length > 0 ? terms.join(' ') : undefined);
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' };
  },
});
