import { ask, type DutyPhrasing } from './types.js';

export const acmPhrasings: DutyPhrasing[] = [
  ask('acm-certificate-renewal', 'shared', 'who renews our ssl certificates in acm?'),
  ask('acm-certificate-renewal', 'shared', 'acm cert expires next month - do we have to renew it or does aws?'),
  ask('acm-certificate-renewal', 'aws', 'our acm certificate is dns validated and attached to the alb, who renews it', 'ACM-issued, DNS-validated and in use with an integrated service'),
  ask('acm-certificate-renewal', 'customer', 'who renews an email validated certificate in certificate manager', 'ACM-issued, email-validated'),
  ask('acm-certificate-renewal', 'customer', 'we imported our digicert certificate into acm, isnt aws going to renew it?', 'Imported certificate (issued by another CA)'),
  ask('acm-certificate-renewal', 'customer', 'who renews certificates we issued with the private ca IssueCertificate api', 'Private certificate issued directly with AWS Private CA (IssueCertificate)'),
  ask('acm-certificate-renewal', 'aws', 'who renews an acm private certificate requested from our private ca', 'Private certificate requested through ACM from AWS Private CA'),
  ask('acm-dns-validation-record', 'customer', 'someone deleted the acm validation cname record, whose job is it to keep it?'),
  ask('acm-dns-validation-record', 'customer', 'who adds the dns validation record for an acm certificate'),
  ask('acm-private-key-protection', 'aws', 'who protects the private key of our acm certificate'),
  ask('acm-private-key-protection', 'aws', 'where is the tls private key for acm certs stored and who secures it'),
  ask('acm-private-key-protection', 'customer', 'we exported the certificate from acm to our nginx box, who protects the private key now', 'Exported certificate'),
  ask('acm-private-key-protection', 'shared', 'for an imported certificate in acm who protects the private key', 'Imported certificate'),
  ask('acm-private-key-protection', 'aws', 'acm certificate never exported, only on the load balancer - who guards its private key', 'ACM-issued certificate used by integrated services (not exported)'),
  ask('acm-redeploy-exported-certificates', 'customer', 'acm renewed our exported certificate, who installs it on our ec2 web servers?'),
  ask('acm-redeploy-exported-certificates', 'customer', 'who redeploys renewed acm certificates to on premises servers'),
  ask('acm-expiry-monitoring', 'customer', 'who monitors acm certificates that are about to expire'),
  ask('acm-expiry-monitoring', 'customer', 'who should alert us before a certificate in acm expires'),
  ask('acm-private-ca-trust', 'customer', 'who installs the private ca root certificate in our trust stores'),
  ask('acm-private-ca-trust', 'customer', 'acm private certificates are not trusted by browsers, whose job is distributing the root ca'),
];
