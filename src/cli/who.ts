import { UsageError } from '../errors.js';
import { answerQuestion, type WhoAnswer } from '../knowledge/answer.js';
import type { RegisterCli } from './index.js';

/**
 * The question from the command line: 1–2000 characters after trimming. Checked by hand rather than with
 * zod so that `srm who` starts without loading zod (the knowledge data itself is validated at build time).
 */
export function parseQuestionArg(words: readonly string[]): string {
  const question = words.join(' ').trim();
  if (question.length === 0) throw new UsageError('who needs a question, for example: srm who "who patches the guest os on ec2"');
  if (question.length > 2000) throw new UsageError('the question is too long (2000 characters at most)');
  return question;
}

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
  const topic = a.duty ? `${a.duty.name} (${a.area.name})` : a.area.name;
  const subject = a.service ? `${topic} on ${a.service.name} (${a.service.model} model)` : topic;
  let out = `Owner: ${ownerLabel[a.owner]} — ${subject}\n${a.summary}\n\nWhy: ${a.why}\n\n`;
  if (a.parts?.length) out += list('Split between', a.parts.map((x) => `${x.duty.name}: ${ownerLabel[x.owner]}`));
  if (a.conditions?.length) {
    out += list('Depends on the setting', a.conditions.map((c) => `${c.when}: ${ownerLabel[c.owner]}${c.stated ? '  <- your setting' : ''}${c.default ? " (AWS's default)" : ''}`));
  }
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

/** The readable form of an answer's explanation (`srm who --explain`). */
export function formatExplanation(a: WhoAnswer): string {
  const e = a.explain;
  if (!e) return 'Explain: answered from the question grammar (service and area words), not from a documented duty.\n';
  const words = (ws: readonly string[]): string => (ws.length ? ws.map((w) => `"${w}"`).join(', ') : 'no words');
  const lines = [
    `Service: ${e.service ? `${e.service.id} from ${words(e.service.words)}` : 'none named'}`,
    e.choice ? `${e.choice.kind === 'duty' ? 'Duty' : 'Area'}: ${e.choice.name} [${e.choice.id}] from ${words(e.choice.words)}, score ${e.choice.score}${e.coverage !== null ? `, ${Math.round(e.coverage * 100)}% of the question's meaningful words` : ''}` : 'Duty: none',
    ...(e.setting ? [`Setting: ${e.setting.when} from "${e.setting.words}"`] : []),
    `Runner-up: ${e.runnerUp ? `${e.runnerUp.name} [${e.runnerUp.id}], owner ${e.runnerUp.owner}, score ${e.runnerUp.score}` : 'none with another owner'}`,
  ];
  return `Explain:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export const registerWho: RegisterCli = (program) => {
  program
    .command('who')
    .description('who owns it — AWS, the customer, or shared — for an AWS service, and what the customer must do')
    .argument('[question...]', 'the question, quoted or as several words ("who patches the guest os on ec2")')
    .option('--json', 'print only the answer as one JSON object on stdout')
    .option('--explain', 'also show why: the service and duty found, the words that chose them, and the runner-up')
    .action((words: string[], opts: { json?: boolean; explain?: boolean }) => {
      const { explain, ...answer } = answerQuestion(parseQuestionArg(words));
      const full: WhoAnswer = opts.explain && explain ? { ...answer, explain } : answer;
      if (opts.json) process.stdout.write(`${JSON.stringify(opts.explain ? { ...answer, explain: explain ?? null } : answer)}\n`);
      else process.stdout.write(formatWhoAnswer(full) + (opts.explain ? `\n${formatExplanation(full)}` : ''));
      process.exitCode = answer.owner === 'unknown' ? 2 : 0;
    });
};
