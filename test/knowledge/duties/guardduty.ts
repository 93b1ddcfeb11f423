import { ask, type DutyPhrasing } from './types.js';

export const guarddutyPhrasings: DutyPhrasing[] = [
  ask('guardduty-enable', 'customer', 'who enables guardduty in each region?'),
  ask('guardduty-enable', 'customer', 'is guardduty turned on by default in new accounts or do we do it'),
  ask('guardduty-protection-plans', 'customer', 'who turns on guardduty s3 protection and malware protection'),
  ask('guardduty-protection-plans', 'customer', 'who decides which guardduty protection plans we use'),
  ask('guardduty-security-agent', 'shared', 'who keeps the guardduty security agent up to date for runtime monitoring'),
  ask('guardduty-security-agent', 'aws', 'we turned on automated agent configuration in guardduty, who updates the agent now', 'Automated agent configuration'),
  ask('guardduty-security-agent', 'customer', 'we manage the agent manually on our eks clusters, who updates the guardduty agent', 'Agent managed manually'),
  ask('guardduty-foundational-data', 'aws', 'do we have to enable vpc flow logs for guardduty to work?'),
  ask('guardduty-foundational-data', 'aws', 'do i need vpc flow logs for guardduty'),
  ask('guardduty-foundational-data', 'aws', 'who collects the dns logs and flow logs that guardduty analyzes'),
  ask('guardduty-detection-intelligence', 'aws', 'who keeps guardduty threat intelligence up to date'),
  ask('guardduty-detection-intelligence', 'aws', 'who maintains the machine learning models behind guardduty findings'),
  ask('guardduty-findings-response', 'customer', 'guardduty found a compromised instance, who remediates it?'),
  ask('guardduty-findings-response', 'customer', 'does guardduty block the attack or do we have to respond to findings'),
  ask('guardduty-suppression-rules', 'customer', 'who writes guardduty suppression rules for false positives'),
  ask('guardduty-suppression-rules', 'customer', 'guardduty is too noisy, whose job is tuning it?'),
  ask('guardduty-security-agent', 'customer', 'we installed the guardduty eks add-on manually, who updates the agent before end of support?', 'Agent managed manually'),
];
