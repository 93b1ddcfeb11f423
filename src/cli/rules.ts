import { rules } from '../../rules/index.js';
import { filterRules, ruleListing } from '../rules/select.js';
import type { RegisterCli } from './index.js';

export const registerRules: RegisterCli = (program) => {
  program
    .command('rules')
    .description('list the detection rules with their source, severity, responsibility area, controls and MITRE ATT&CK techniques')
    .argument('[filter...]', 'only rules matching every term (id, source, severity, area, control or ATT&CK id prefix)')
    .option('--json', 'one JSON line per rule on stdout')
    .action((filter: string[], opts: { json?: boolean }) => {
      const chosen = filterRules(rules, filter);
      let out = '';
      for (const r of chosen) {
        if (opts.json) out += `${JSON.stringify(ruleListing(r))}\n`;
        else
          out += `${r.id}  ${r.title}\n  ${r.source}, severity ${r.severity}, area ${r.area}\n  controls ${r.controls.length > 0 ? r.controls.join(', ') : '(none)'}\n  ATT&CK ${r.attack.join(', ')}\n`;
      }
      process.stdout.write(out);
      if (!opts.json) process.stderr.write(`${chosen.length} of ${rules.length} rules\n`);
    });
};
