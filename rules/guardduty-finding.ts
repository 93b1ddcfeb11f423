import { defineRule } from '../src/rules/define-rule.js';
import { getPath } from '../src/rules/event-fields.js';
import { exampleFinding } from '../src/rules/example-event.js';
import { familyOf, findingResource, findingTechniques, guardDutySeverity, guardDutyTechniques } from '../src/rules/guardduty-families.js';

/** Every GuardDuty finding becomes an alert; severity, area and action follow the finding. */
export const guarddutyFinding = defineRule({
  id: 'guardduty-finding',
  title: 'GuardDuty finding',
  source: 'guardduty',
  severity: 'medium',
  area: 'threat-detection',
  controls: ['GuardDuty.1'],
  // Each alert carries its finding type's techniques (classify); the rule lists them all.
  attack: guardDutyTechniques,
  falsePositives: ["GuardDuty's own false positives (archived findings carry noise code archived); sample findings are labelled."],
  tuning: 'noise.guardduty-finding:archived; suppressions (by rule and actor or account)',
  noisyWhen: [
    {
      // Suppression rules archive findings automatically; a deployment may suppress these by config.
      code: 'archived',
      note: 'This finding is archived in GuardDuty (triaged by someone, or by a suppression rule).',
      when: (f) => getPath(f.service, 'archived') === true,
    },
  ],
  match: (f) => f.type !== '',
  classify: (f) => {
    const family = familyOf(f.type);
    return { severity: guardDutySeverity(f.severity), area: family.area, customerAction: family.customerAction, attack: findingTechniques(f.type) };
  },
  description:
    "GuardDuty reported a threat. AWS runs the detection; acting on what it finds, in the customer's resources and credentials, is the customer's side.",
  customerAction: 'Review the finding in the GuardDuty console and remediate or archive it.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-active.html'],
  describe: (f) => f.description ?? f.title ?? `GuardDuty finding ${f.type}.`,
  resource: findingResource,
  cases: [
    {
      name: 'SSH brute force on an instance fires',
      fires: true,
      event: exampleFinding({ type: 'UnauthorizedAccess:EC2/SSHBruteForce', severity: 2, title: '192.0.2.50 is performing SSH brute force attacks against i-99999999.' }),
    },
    {
      name: 'credential exfiltration fires',
      fires: true,
      event: exampleFinding({
        type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
        severity: 8,
        resource: { resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: 'ASIAEXAMPLESESSION01', principalId: 'AROAEXAMPLEROLE000001:i-99999999', userName: 'web-role', userType: 'AssumedRole' } },
      }),
    },
    {
      name: 'archived finding fires (noted as archived)',
      fires: true,
      event: exampleFinding({
        type: 'Recon:EC2/PortProbeUnprotectedPort',
        severity: 2,
        service: { serviceName: 'guardduty', detectorId: '12abc34d567e8fa901bc2d34eexample', archived: true, count: 3 },
      }),
    },
    {
      name: 'a finding without a type (malformed) does not fire',
      fires: false,
      event: exampleFinding({ type: '', severity: 5 }),
    },
  ],
});
