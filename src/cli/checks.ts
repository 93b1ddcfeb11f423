import { checks } from '../../checks/index.js';
import type { RegisterCli } from './index.js';

export const registerChecks: RegisterCli = (program) => {
  program
    .command('checks')
    .description('list the AWS checks with their area, owner, controls and IAM permissions')
    .option('--json', 'one JSON line per check on stdout')
    .action((opts: { json?: boolean }) => {
      for (const c of checks) {
        if (opts.json) {
          const { id, title, area, owner, severity, scope, controls, permissions, remediation } = c;
          process.stdout.write(`${JSON.stringify({ id, title, area, owner, severity, scope, controls, permissions, remediation })}\n`);
        } else {
          process.stdout.write(
            `${c.id}  ${c.title}\n  area ${c.area}, owner ${c.owner}, severity ${c.severity}, ${c.scope}\n` +
              `  controls ${c.controls.join(', ')}\n  permissions ${c.permissions.join(', ')}\n`,
          );
        }
      }
    });
};
