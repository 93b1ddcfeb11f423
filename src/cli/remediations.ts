import { remediations } from '../../remediations/index.js';
import type { RegisterCli } from './index.js';

export const registerRemediations: RegisterCli = (program) => {
  program
    .command('remediations')
    .description('list the remediation actions with their AWS call, IAM permissions, approval and undo')
    .option('--json', 'one JSON line per action on stdout')
    .action((opts: { json?: boolean }) => {
      for (const r of remediations) {
        if (opts.json) {
          const { id, title, call, permissions, approval, undo, impact, sources, notOffered = [] } = r;
          process.stdout.write(`${JSON.stringify({ id, title, call, permissions, approval, undo, impact, sources, notOffered })}\n`);
        } else {
          const offered = [...(r.sources.events ?? []), ...(r.sources.findings ?? []), ...(r.sources.checks ?? []).map((c) => `check ${c}`)];
          process.stdout.write(
            `${r.id}  ${r.title}\n  call ${r.call}, approval ${r.approval} (default)\n  permissions ${r.permissions.join(', ')}\n` +
              `  undo ${r.undo}\n  offered for ${offered.join('; ')}\n`,
          );
        }
      }
      process.stderr.write(`${remediations.length} remediations (the remediation role needs docs/iam-remediation-policy.json)\n`);
    });
};
