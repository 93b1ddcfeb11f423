import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const sourceType = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'source', 'sourceType') ?? '';
const anchorName = (e: { requestParameters?: unknown; responseElements?: unknown }) =>
  getString(e.requestParameters, 'name') ?? getString(e.responseElements, 'trustAnchor', 'name') ?? getString(e.requestParameters, 'trustAnchorId') ?? '';

export const cloudtrailRolesanywhereTrustAnchor = defineRule({
  id: 'cloudtrail-rolesanywhere-trust-anchor',
  title: 'IAM Roles Anywhere trust anchor created or changed',
  source: 'cloudtrail',
  severity: 'high',
  area: 'federation',
  controls: [],
  attack: ['T1098.003', 'T1556'],
  guardduty: [],
  falsePositives: ['Platform teams setting up Roles Anywhere for on-premises workloads with their own certificate authority.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the anchor exists only if the call succeeded.
  when: { eventSource: 'rolesanywhere.amazonaws.com', eventName: ['CreateTrustAnchor', 'UpdateTrustAnchor'], success: true },
  classify: (e) =>
    sourceType(e) === 'AWS_ACM_PCA' ? { severity: 'medium', notes: ['The anchor is an AWS Private CA of the account.'] } : {},
  description:
    "A Roles Anywhere trust anchor makes a certificate authority's certificates good for temporary AWS credentials of the roles its profiles name. A CA the attacker controls is a persistent way in from outside AWS. Which authorities your account trusts is the customer's side.",
  customerAction: 'Confirm the certificate authority belongs to you; if not, delete the trust anchor and its profiles and review the roles they name.',
  describe: (e) => `${e.eventName}: trust anchor ${anchorName(e) || '(unnamed)'}${sourceType(e) ? ` now trusts a ${sourceType(e) === 'CERTIFICATE_BUNDLE' ? 'certificate bundle (an external CA)' : sourceType(e)}` : ''}.`,
  resource: (e) => getString(e.responseElements, 'trustAnchor', 'trustAnchorArn') ?? (anchorName(e) || null),
  references: ['https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html'],
  cases: [
    {
      name: 'an anchor for an external CA fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'rolesanywhere.amazonaws.com',
        eventName: 'CreateTrustAnchor',
        requestParameters: { enabled: true, name: 'onprem', source: { sourceData: { x509CertificateData: '-----BEGIN CERTIFICATE-----\nMIIEXAMPLE\n-----END CERTIFICATE-----' }, sourceType: 'CERTIFICATE_BUNDLE' } },
      }),
    },
    {
      name: 'a denied CreateTrustAnchor does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'rolesanywhere.amazonaws.com', eventName: 'CreateTrustAnchor', errorCode: 'AccessDeniedException', requestParameters: { name: 'x' } }),
    },
    { name: 'ListTrustAnchors does not fire', fires: false, event: exampleEvent({ eventSource: 'rolesanywhere.amazonaws.com', eventName: 'ListTrustAnchors', readOnly: true }) },
  ],
});
