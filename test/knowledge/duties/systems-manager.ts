import { ask, type DutyPhrasing } from './types.js';

export const systemsManagerPhrasings: DutyPhrasing[] = [
  ask('ssm-patch-manager-patching', 'customer', 'we use patch manager, so aws patches our instances now?'),
  ask('ssm-patch-manager-patching', 'customer', 'who is responsible for patching ec2 instances through systems manager patch manager'),
  ask('ssm-patch-testing', 'customer', 'does aws test the patches before patch manager installs them on our servers?'),
  ask('ssm-patch-testing', 'customer', 'a patch from patch manager broke our app - wasnt aws supposed to test it first?'),
  ask('ssm-patch-baselines', 'customer', 'who chooses the patch baseline and approval rules in patch manager'),
  ask('ssm-patch-baselines', 'customer', 'who maintains a custom patch baseline for our windows fleet'),
  ask('ssm-os-major-upgrades', 'customer', 'can patch manager upgrade windows server 2016 to 2019 for us or is that on us'),
  ask('ssm-os-major-upgrades', 'customer', 'who does major os version upgrades on our ec2 instances'),
  ask('ssm-agent-updates', 'customer', 'who keeps the ssm agent on our instances up to date'),
  ask('ssm-agent-updates', 'customer', 'our ssm agent version is ancient, whose job was updating it?'),
  ask('ssm-agent-updates', 'aws', 'auto update ssm agent is turned on in fleet manager, who updates the agent now?', 'Auto update SSM Agent turned on'),
  ask('ssm-agent-updates', 'customer', 'without auto update, who updates ssm agent', 'Auto update SSM Agent turned off (the default)'),
  ask('ssm-agent-updates', 'customer', 'who turns on auto update for the ssm agent'),
  ask('ssm-session-logging', 'customer', 'who makes sure session manager logs the commands people run'),
  ask('ssm-session-logging', 'customer', 'are ssm session manager sessions recorded by aws automatically?'),
  ask('ssm-parameter-store-encryption', 'customer', 'who encrypts values we store in parameter store'),
  ask('ssm-parameter-store-encryption', 'customer', 'is parameter store encrypted by default or do we do that'),
  ask('ssm-parameter-store-encryption', 'aws', 'for a securestring parameter in parameter store who does the encryption', 'SecureString parameter'),
  ask('ssm-parameter-store-encryption', 'customer', 'we saved the db password as a plain string parameter in parameter store, who encrypts it', 'String or StringList parameter (the default type)'),
];
