import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const waf = guide('https://docs.aws.amazon.com/waf/latest/developerguide', 'AWS WAF, AWS Firewall Manager, and AWS Shield Advanced Developer Guide');

/** Services AWS Shield protects at the edge and that people ask about with Shield. */
const shielded = ['shield', 'cloudfront', 'route53', 'elb', 'global-accelerator'];

/**
 * AWS WAF, AWS Shield and AWS Firewall Manager: AWS maintains the managed rule
 * groups and Shield Standard for everyone; web ACLs, Shield Advanced and
 * Firewall Manager policies are the customer's.
 */
export const webProtectionDuties: DutyInput[] = [
  {
    id: 'waf-web-acl-rules',
    services: ['waf', 'cloudfront', 'elb', 'api-gateway', 'appsync', 'cognito', 'amplify'],
    area: 'web-application-firewall',
    name: 'Writing web ACL rules and attaching them to resources',
    owner: 'customer',
    why: 'AWS WAF inspects only resources you associate a web ACL with, using the rules, rule groups, rate limits and default action you choose.',
    aws: 'Evaluates requests against your web ACL at the edge or in the Region.',
    customer: 'Associate a web ACL with every public CloudFront distribution, ALB, API Gateway stage or AppSync API; add managed rule groups and rate-based rules; test in count mode first.',
    phrases: ['web acl', 'waf rules', 'attach waf', 'associate a web acl', 'rate based rules', 'apply waf rules', 'block sql injection', 'waf'],
    source: waf('Managing and using a web access control list (web ACL) in AWS WAF', 'web-acl'),
  },
  {
    id: 'waf-managed-rule-groups',
    services: ['waf'],
    area: 'web-application-firewall',
    name: 'Maintaining AWS Managed Rules rule groups',
    owner: 'aws',
    why: 'AWS Managed Rules is a managed service: AWS writes and updates the rule groups (core rule set, known bad inputs, SQL database, IP reputation) as threats change; AWS says they add a layer of security but do not replace your own responsibilities.',
    aws: 'Writes, tests and updates the AWS Managed Rules rule groups and publishes new versions.',
    customer: 'Choose the rule groups that fit, test new versions for false positives, and pin or follow versions.',
    misconception: 'Managed rule groups do not make your application secure on their own: AWS keeps the rules current, the application\'s own flaws stay yours.',
    phrases: ['aws managed rules', 'managed rule groups', 'core rule set', 'update the rules', 'new threats', 'rule group versions'],
    source: waf('AWS Managed Rules for AWS WAF', 'aws-managed-rule-groups'),
  },
  {
    id: 'waf-logging',
    services: ['waf'],
    area: 'api-logging',
    name: 'Logging web ACL traffic',
    owner: 'customer',
    why: 'AWS WAF records which requests a web ACL allowed or blocked only when you enable logging to CloudWatch Logs, S3 or Firehose.',
    aws: 'Delivers web ACL logs to the destination you choose.',
    customer: 'Enable WAF logging (redact sensitive fields) and review blocked and counted requests.',
    phrases: ['waf logs', 'web acl logging', 'blocked requests', 'log requests', 'logging'],
    source: waf('Logging web ACL traffic', 'logging'),
  },

  {
    id: 'shield-standard',
    services: shielded,
    area: 'ddos-protection',
    name: 'Shield Standard against network and transport floods',
    owner: 'aws',
    why: 'AWS Shield Standard is automatic and at no extra charge for all customers: it mitigates the most common network and transport DDoS floods (OSI levels 3 and 4), such as SYN floods and UDP reflection, on AWS edge and Regional services.',
    aws: 'Detects and mitigates common network and transport floods automatically.',
    customer: 'Nothing to enable; design for scale and consider Shield Advanced for more.',
    phrases: ['shield standard', 'syn floods', 'mitigates syn floods', 'udp reflection', 'reflection', 'network and transport', 'volumetric floods', 'volumetric attacks', 'protects automatically', 'automatic protection', 'automatic and free', 'no extra charge'],
    source: waf('AWS Shield Standard overview', 'ddos-standard-summary'),
  },
  {
    id: 'shield-advanced-subscription',
    services: shielded,
    area: 'ddos-protection',
    name: 'Subscribing to Shield Advanced and protecting resources',
    owner: 'customer',
    why: 'Shield Advanced adds detection, mitigation, cost protection and response support only for the resources you add to it after subscribing; choosing, configuring and monitoring protections is yours.',
    aws: 'Applies enhanced detection and mitigation to protected resources, with cost protection for scaling charges.',
    customer: 'Subscribe, add protections for public resources, set up health checks and protection groups, and alarm on DDoS metrics.',
    phrases: ['shield advanced', 'subscribe to shield advanced', 'protected resources', 'protection groups', 'shield advanced configuration', 'configuration', 'configure protections', 'cost protection'],
    source: waf('AWS Shield Advanced overview', 'ddos-advanced-summary'),
  },
  {
    id: 'shield-application-layer',
    services: shielded,
    area: 'ddos-protection',
    name: 'Application layer (layer 7) DDoS defenses',
    owner: 'customer',
    why: 'HTTP floods and other layer 7 attacks are mitigated with AWS WAF rules (rate-based rules) you write, or with Shield Advanced automatic application layer mitigation that you enable per resource.',
    aws: 'Manages WAF rules in your web ACL during an attack when you enable Shield Advanced application layer response.',
    customer: 'Attach a web ACL with rate-based rules, and enable automatic application layer DDoS mitigation in Shield Advanced.',
    phrases: ['http floods', 'layer 7', 'application layer ddos', 'rate based rules', 'application layer mitigation in shield advanced', 'request floods'],
    source: waf('Shield Advanced automatic application layer DDoS mitigation', 'ddos-automatic-app-layer-response'),
  },
  {
    id: 'shield-response-team-access',
    services: ['shield'],
    area: 'incident-response',
    name: 'Getting help from the Shield Response Team',
    owner: 'customer',
    why: 'The Shield Response Team can act on your behalf only if you subscribe to Shield Advanced with Business or Enterprise Support and grant it access (a role and your logs); proactive engagement needs health checks and contacts you provide.',
    aws: 'The SRT helps craft mitigations during attacks, with the access you grant.',
    customer: 'Grant SRT access, provide log buckets and contacts, and enable proactive engagement with health checks.',
    phrases: ['shield response team', 'srt', 'proactive engagement', 'ddos response team', 'help during an attack'],
    source: waf('Configuring access for the Shield Response Team (SRT)', 'ddos-srt-access'),
  },

  {
    id: 'firewall-manager-policies',
    services: ['firewall-manager'],
    area: 'account-governance',
    name: 'Defining Firewall Manager security policies',
    owner: 'customer',
    why: 'Firewall Manager applies the WAF, Shield Advanced, security group and Network Firewall policies you define across accounts in your organization; what those policies contain and which accounts they cover is yours.',
    aws: 'Evaluates resources against your policies and reports non-compliance.',
    customer: 'Define policies with the right scope (OUs, tags), review findings, and maintain the prerequisites.',
    phrases: ['firewall manager policies', 'security policies', 'central waf policies', 'policy scope', 'org wide firewall rules', 'security group policies'],
    source: waf('AWS Firewall Manager', 'fms-chapter'),
  },
  {
    id: 'firewall-manager-remediation',
    services: ['firewall-manager'],
    area: 'configuration-compliance',
    name: 'Applying policies to non-compliant resources',
    owner: 'customer',
    why: 'A Firewall Manager policy only identifies non-compliant resources unless you choose "Auto remediate any noncompliant resources"; then Firewall Manager associates the protections itself.',
    aws: 'With auto remediation, creates web ACLs and associates them with in-scope resources, including new ones.',
    customer: 'Review findings and remediate, or turn on auto remediation once you have assessed the policy\'s effect.',
    phrases: ['auto remediation', 'remediate non compliant resources', 'apply the policy to new resources', 'non compliant resources', 'remediation'],
    conditions: [
      { when: 'Identify resources but don\'t auto remediate (the default recommendation)', owner: 'customer', default: true, cues: ['without auto remediation', 'auto remediation disabled', 'disabled auto remediation', 'identify only', 'identify noncompliant resources', 'report only'], detail: 'Firewall Manager reports non-compliant resources; you fix them.' },
      { when: 'Auto remediate any noncompliant resources', owner: 'aws', cues: ['auto remediation enabled', 'enabled auto remediation', 'turned on auto remediation', 'auto remediate any noncompliant'], detail: 'Firewall Manager associates the policy\'s protections with in-scope resources automatically.' },
    ],
    source: waf('Creating an AWS Firewall Manager policy', 'create-policy'),
  },
  {
    id: 'firewall-manager-prerequisites',
    services: ['firewall-manager'],
    area: 'account-governance',
    name: 'Firewall Manager prerequisites (Organizations, administrator, AWS Config)',
    owner: 'customer',
    why: 'Firewall Manager works only when you join AWS Organizations, designate an administrator account and enable AWS Config in every account and Region it manages.',
    aws: 'Uses Organizations and AWS Config to discover resources.',
    customer: 'Set up the administrator account and keep AWS Config recording in all member accounts and Regions.',
    phrases: ['prerequisites', 'administrator account', 'enable aws config', 'organizations', 'set up firewall manager'],
    source: waf('AWS Firewall Manager prerequisites', 'complete-fms-prereq'),
  },
];
