import { z } from 'zod';
import { UsageError } from '../errors.js';
import { answerQuestion, type WhoAnswer } from '../knowledge/answer.js';
import type { RegisterCli } from './index.js';

const questionSchema = z
  .string()
  .trim()
  .min(1, 'who needs a question, for example: srm who "who patches the guest os on ec2"')
  .max(2000, 'the question is too long (2000 characters at most)');

const ownerLabel = { aws: 'AWS', customer: 'CUSTOMER', shared: 'SHARED (AWS and customer)' } as const;

function list(title: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return `${title}:\n${items.map((i) => `  - ${i}`).join('\n')}\n`;
}

/** The readable form of an answer (the default output of `srm who`). */
export function formatWhoAnswer(a: WhoAnswer): string {
  if (a.owner === 'unknown') {
    let out = `Owner: unknown\n${a.reason}\n`;
    if (a.byModel) {
      out += 'By model:\n';
      for (const [model, v] of Object.entries(a.byModel)) out += `  - ${model}: ${v.owner}${v.examples.length ? ` (e.g. ${v.examples.join(', ')})` : ''}\n`;
    }
    return out + list('Try', a.suggestions);
  }
  const subject = a.service ? `${a.area.name} on ${a.service.name} (${a.service.model} model)` : a.area.name;
  let out = `Owner: ${ownerLabel[a.owner]} — ${subject}\n${a.summary}\n\nWhy: ${a.why}\n\n`;
  if (a.byOwner) {
    for (const owner of ['customer', 'shared', 'aws'] as const) out += list(`${ownerLabel[owner]} areas`, a.byOwner[owner].map((x) => x.name));
  } else {
    out += list('What AWS does', a.awsResponsibilities);
  }
  out += list('What you do', a.customerActions);
  out += list('Notes', a.notes);
  out += list('Checks', a.checks);
  out += list('Rules', a.rules);
  out += list('Sources', a.sources.map((s) => `${s.title} <${s.url}>`));
  return out;
}

export const registerWho: RegisterCli = (program) => {
  program
    .command('who')
    .description('who owns it — AWS, the customer, or shared — for an AWS service, and what the customer must do')
    .argument('[question...]', 'the question, quoted or as several words ("who patches the guest os on ec2")')
    .option('--json', 'print only the answer as one JSON object on stdout')
    .action((words: string[], opts: { json?: boolean }) => {
      const parsed = questionSchema.safeParse(words.join(' '));
      if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'who needs a question');
      const answer = answerQuestion(parsed.data);
      process.stdout.write(opts.json ? `${JSON.stringify(answer)}\n` : formatWhoAnswer(answer));
      process.exitCode = answer.owner === 'unknown' ? 2 : 0;
    });
};
