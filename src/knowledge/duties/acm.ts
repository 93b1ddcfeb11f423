import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const acm = guide('https://docs.aws.amazon.com/acm/latest/userguide', 'AWS Certificate Manager User Guide');

const managedRenewal = acm('Managed certificate renewal in AWS Certificate Manager', 'managed-renewal');
const dnsValidation = acm('AWS Certificate Manager DNS validation', 'dns-validation');
const serviceOptions = acm('Choosing how to issue certificates with AWS', 'service-options');
const privateRenewal = acm('Private certificate renewal in AWS Certificate Manager', 'renew-private-cert');
const privateCerts = acm('Private certificates in AWS Certificate Manager', 'private-certificates.title');
const expiryCheck = guide('https://docs.aws.amazon.com/config/latest/developerguide', 'AWS Config Developer Guide')('acm-certificate-expiration-check', 'acm-certificate-expiration-check');

/**
 * AWS Certificate Manager: managed renewal by validation method and origin
 * (DNS-validated in use vs email-validated vs imported vs issued directly by
 * a private CA), the DNS validation record, private keys, redeploying
 * exported certificates, expiry monitoring and private CA trust.
 */
export const acmDuties: DutyInput[] = [
  {
    id: 'acm-certificate-renewal',
    services: ['acm', 'private-ca'],
    area: 'encryption-in-transit',
    name: 'Renewing TLS certificates in ACM',
    owner: 'shared',
    why: 'ACM provides managed renewal for the certificates it issues: a DNS-validated certificate that is in use with an integrated service (or exported) is renewed automatically; an email-validated one needs the domain owner to approve the renewal email; imported certificates, expired ones and private certificates issued directly with AWS Private CA IssueCertificate are not renewed by ACM at all.',
    aws: 'Renews eligible ACM certificates before they expire (about 60 days ahead) and deploys them to the integrated services that use them (ELB, CloudFront, API Gateway).',
    customer: 'Use DNS validation, keep certificates associated with a service, approve renewal emails for email-validated domains, and renew and re-import imported certificates yourself.',
    tool: 'ACM managed renewal; AWS Config acm-certificate-expiration-check; AWS Health renewal notices',
    misconception: 'ACM renews only the certificates it issued and can validate: an imported certificate expires unless you renew it with your CA and re-import it.',
    phrases: ['certificate renewal', 'renew certificates', 'renews acm certificates', 'renew dns validated certificates', 'renew ssl certificate', 'renew tls certificate', 'certificate expiry', 'expiring certificate', 'managed renewal', 'auto renew certificates', 'certificate expired', 'acm renewal', 'will it renew by itself', 'renewal of unused certificates', 'eligible for managed renewal', 'exported certificate renewal', 'renewing exported certificates', 'who renews the cert', 'renew a dns validated certificate', 'certificate with dns validation', 'cert using dns validation', 'cname record still in place', 'cname record is still there', 'validation record still in dns'],
    conditions: [
      { when: 'ACM-issued, DNS-validated and in use with an integrated service', owner: 'aws', cues: ['dns validated', 'dns validation', 'validated by dns', 'validated with dns', 'cname validation', 'in use + dns', 'cname record still', 'validation cname still', 'amazon issued', 'issued by amazon', 'issued by acm'], detail: 'ACM renews the certificate automatically and redeploys it to the services that use it.' },
      { when: 'ACM-issued, email-validated', owner: 'shared', cues: ['email validated', 'email validation', 'validated by email', 'validated with email', 'validation email', 'approval email', 'issued + email validated', 'issued + email validation', 'issued + validated by email'], detail: 'Renewal for email-validated domains: ACM starts the renewal, sends the renewal notices to the domain contacts (from 45 days before expiry), then issues the renewed certificate under the same ARN and deploys it; the domain owner must click the approval link for every domain or the certificate expires.' },
      { when: 'Imported certificate (issued by another CA)', owner: 'customer', cues: ['imported', 'import', 'imported certificate', 'imported certificates', 'imported cert', 'import our certificate', 'imported into acm', 'imported + certificate', 'third party certificate', 'certificate from digicert', 'certificate from an external ca', 'bought the certificate'], detail: 'ACM does not renew imported certificates: get a new one from your CA and re-import it to the same ARN.' },
      { when: 'ACM-issued but not in use (associated with no integrated service, never exported)', owner: 'customer', cues: ['not in use', 'never attached', 'never associated', 'not attached', 'not attached to anything', 'not associated', 'unused certificate', 'unattached certificate', 'not used by any service'], detail: 'ACM renews only certificates in use or exported: associate the certificate with a service or renew it yourself.' },
      { when: 'Private certificate issued directly with AWS Private CA (IssueCertificate)', owner: 'customer', cues: ['issuecertificate', 'issuecertificate api', 'issued with issuecertificate', 'issued directly from private ca', 'issue certificate api', 'acm pca issue certificate', 'issue certificate + private ca', 'straight from private ca', 'directly from private ca', 'issued + acm pca'], detail: 'Certificates issued directly by AWS Private CA are not managed by ACM: request a new one before expiry.' },
      { when: 'Exported certificate installed on your own servers', owner: 'shared', cues: ['exported', 'exported certificate', 'exported cert', 'exported the certificate', 'exportable certificate', 'exported + private cert'], detail: 'ACM renews the exported certificate; exporting the renewed one again and installing it on your servers is yours.' },
      { when: 'Private certificate requested through ACM from AWS Private CA', owner: 'aws', cues: ['private certificate from acm', 'acm private certificate', 'private certificates in acm', 'requestcertificate + private ca'], detail: 'ACM renews it automatically after about 11 months; exported copies must be re-exported.' },
    ],
    source: managedRenewal,
  },
  {
    id: 'acm-deploy-renewed-certificates',
    services: ['acm'],
    area: 'encryption-in-transit',
    name: 'Deploying renewed certificates to integrated services',
    owner: 'aws',
    why: 'When ACM renews a certificate that is associated with an integrated service (Elastic Load Balancing, CloudFront, API Gateway and the others), the renewed certificate keeps the same ARN and ACM deploys it to those resources itself; nothing is re-attached by hand.',
    aws: 'Deploys the renewed certificate to the load balancers, distributions and APIs that use it, under the same ARN.',
    customer: 'Nothing for integrated services; re-export and reinstall only certificates you exported to your own servers.',
    phrases: ['deploys the new certificate', 'renewed certificate on the resources it is attached to', 'deploy the renewed certificate', 'push the renewed certificate', 'renewed certificate on the listener', 'renewed certificate on the distribution', 'same arn after renewal', 'swap the renewed certificate', 'swap the cert on the listener', 'replace the certificate on the load balancer', 'swap the certificate on cloudfront', 'update the listener certificate after renewal', 'renewed certificate deployment', 're-attach the renewed certificate', 'reattach the certificate to the listener'],
    source: managedRenewal,
  },
  {
    id: 'acm-dns-validation-record',
    services: ['acm'],
    area: 'encryption-in-transit',
    name: 'Keeping the DNS validation (CNAME) record in place',
    owner: 'customer',
    why: 'ACM can renew a DNS-validated certificate automatically only while the CNAME record it asked for stays in your DNS zone; the DNS zone is yours, so adding the record and never deleting it is yours.',
    aws: 'Checks the CNAME record at issuance and at each renewal (and can add it for you in Route 53 when you ask).',
    customer: 'Create the CNAME record ACM gives you (one click for Route 53 zones) and keep it as long as you use the certificate.',
    tool: 'Amazon Route 53 (Create records in Route 53 from the ACM console)',
    phrases: ['cname record', 'dns validation record', 'validation cname', 'add the cname to dns', 'deleted the cname', 'domain validation record', 'prove domain ownership', 'validate the domain', 'domain validation', 'renewal failed after the cname was removed', 'dns cleanup removed the acm record', 'keep the validation record in the zone'],
    source: dnsValidation,
  },
  {
    id: 'acm-private-key-protection',
    services: ['acm'],
    area: 'encryption-in-transit',
    name: 'Protecting certificate private keys',
    owner: 'aws',
    why: 'For certificates ACM issues, AWS generates and manages the private key (encrypted with the AWS managed KMS key aws/acm) and gives it only to integrated services; once you export a certificate or import one, the copy of the private key outside ACM is yours to protect.',
    aws: 'Generates the key pair, stores the private key encrypted under aws/acm, and lets integrated services use it without exposing it.',
    customer: 'Protect exported private keys and their passphrases, restrict acm:ExportCertificate, and protect your own copy of imported keys.',
    phrases: ['certificate private key', 'private key of the certificate', 'protect the private key', 'tls private key', 'who holds the private key', 'private key storage', 'key pair for the certificate', 'export the private key', 'generates the key pair', 'generates the keypair', 'keypair generation', 'key generation for certificates', 'entropy source', 'csr for acm certificates'],
    conditions: [
      { when: 'ACM-issued certificate used by integrated services (not exported)', owner: 'aws', default: true, cues: ['not exported', 'never exported', 'kept in acm'], detail: 'The private key never leaves ACM and the integrated services.' },
      { when: 'Exported certificate', owner: 'customer', cues: ['exported certificate', 'exported the certificate', 'export the certificate', 'exportable certificate', 'exported private key'], detail: 'The exported private key lives on your servers: protecting it is yours.' },
      { when: 'Imported certificate', owner: 'shared', cues: ['imported', 'import', 'imported certificate', 'imported certificates', 'imported cert', 'imported into acm', 'imported + certificate'], detail: 'ACM protects the copy it stores; the key you generated and keep elsewhere is yours.' },
    ],
    source: serviceOptions,
  },
  {
    id: 'acm-exported-private-certificate-renewal',
    services: ['acm', 'private-ca'],
    area: 'encryption-in-transit',
    name: 'Starting the managed renewal of an exported private certificate',
    owner: 'aws',
    why: 'Private certificate renewal in ACM: private certificates obtained with the ACM console or RequestCertificate (not Private CA IssueCertificate) are eligible for managed renewal; "When a managed certificate is 60 days away from expiration, ACM automatically attempts to renew it. This includes certificates that were exported and installed manually (for example, in an on-premises data center)." You can also force a renewal with RenewCertificate. Exporting the renewed certificate again and installing it is yours.',
    aws: 'Attempts the renewal of managed private certificates, exported ones included, 60 days before expiry (no domain validation needed for a private PKI) and emits an event when the renewed certificate is available.',
    customer: 'Grant the ACM service principal permission on the private CA where renewal needs it, then re-export the renewed certificate and install it wherever you deployed the old one.',
    tool: 'ACM managed renewal; RenewCertificate (to force a renewal)',
    misconception: 'ACM renewing an exported certificate does not put it on your server: re-exporting and reinstalling it is yours.',
    phrases: ['kick off the renewal', 'kicks off the renewal', 'start the renewal', 'starts the renewal', 'initiates the renewal', 'attempts to renew', 'renewal attempt', 'trigger the renewal', '60 days before expiry', '60 days away from expiration', 'renew an exported private certificate', 'exported private certificate renewal', 'renewal of our exported private cert'],
    source: privateRenewal,
  },
  {
    id: 'acm-redeploy-exported-certificates',
    services: ['acm', 'private-ca'],
    area: 'encryption-in-transit',
    name: 'Redeploying renewed certificates that were exported',
    owner: 'customer',
    why: 'ACM renews an exported certificate, but it cannot install the renewed certificate on servers outside integrated services (EC2, on premises, appliances): "if the certificate was originally exported for use elsewhere in your PKI environment (for example, in an on-premises server or appliance), you need to export it again after renewal" (AWS Private CA, Automate export of a renewed certificate); reinstalling it is yours too.',
    aws: 'Renews the certificate and emits events when it does.',
    customer: 'Re-export renewed certificates and install them on your servers, ideally automated with EventBridge and Lambda.',
    tool: 'Amazon EventBridge (ACM Certificate Available events)',
    phrases: ['re export the certificate', 'install the certificate on ec2', 'certificate on our own server', 'nginx certificate', 'update the certificate on the server', 'redeploy renewed certificate', 'install renewed certificate', 'certificate on premises', 'export it again after renewal', 'export the renewed certificate', 're-export after renewal', 'renewed certificate onto the box', 'new certificate onto the appliance', 'on prem appliance certificate', 'on prem box', 'onto that box', 'reinstall the renewed certificate', 'get the renewed cert onto our servers', 'automate export of renewed certificates', 'exports it again', 'export the renewed private certificate again', 'renewed private cert onto the appliance', 'install it on the on prem load balancer', 'hardware load balancer certificate', 'f5 big ip certificate', 'after acm renews an exported certificate', 'put the renewed cert on the device'],
    source: privateRenewal,
  },
  {
    id: 'acm-expiry-monitoring',
    services: ['acm'],
    area: 'encryption-in-transit',
    name: 'Watching certificates that are about to expire',
    owner: 'customer',
    why: 'ACM renews only eligible certificates; noticing imported, unused or failed-renewal certificates before they expire is yours (an AWS Config rule and EventBridge events help).',
    aws: 'Publishes expiry events and DaysToExpiry metrics and sends AWS Health notices for renewal problems.',
    customer: 'Deploy the AWS Config rule acm-certificate-expiration-check and alarm on DaysToExpiry or ACM expiry events.',
    tool: 'AWS Config acm-certificate-expiration-check, CloudWatch DaysToExpiry metric',
    phrases: ['certificate about to expire', 'monitor certificate expiry', 'expiry alerts', 'days to expiry', 'expiration check', 'alert before the certificate expires', 'certificate expiration monitoring'],
    source: expiryCheck,
  },
  {
    id: 'acm-private-ca-trust',
    services: ['acm', 'private-ca'],
    area: 'encryption-in-transit',
    name: 'Distributing private CA root certificates to trust stores',
    owner: 'customer',
    why: 'Certificates signed by a private CA are not trusted by default and ACM does not validate them: an administrator must install the CA\'s root certificate in the organization\'s client trust stores.',
    aws: 'Operates AWS Private CA and keeps the CA keys in HSMs.',
    customer: 'Design the CA hierarchy and install the root CA certificate in every client trust store.',
    tool: 'AWS Private CA',
    phrases: ['private ca', 'trust store', 'root ca certificate', 'internal certificates', 'private pki', 'trust the private ca', 'distribute the root certificate'],
    source: privateCerts,
  },
];
