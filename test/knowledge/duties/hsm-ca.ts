import { ask, type DutyPhrasing } from './types.js';

export const hsmCaPhrasings: DutyPhrasing[] = [
  ask('cloudhsm-hardware', 'aws', 'who replaces a failed hsm in cloudhsm'),
  ask('cloudhsm-hardware', 'aws', 'who runs the physical hsm appliances and firmware for cloudhsm'),
  ask('cloudhsm-users-and-keys', 'customer', 'who manages hsm users and keys in cloudhsm'),
  ask('cloudhsm-users-and-keys', 'customer', 'whose job is rotating the keys on our cloudhsm hsms'),
  ask('cloudhsm-users-and-keys', 'customer', 'we lost the crypto officer password for cloudhsm, can aws recover our keys?'),
  ask('cloudhsm-cluster-ha', 'customer', 'who makes a cloudhsm cluster highly available across azs'),
  ask('cloudhsm-cluster-ha', 'customer', 'we run a single hsm in cloudhsm and it failed, whose fault'),
  ask('cloudhsm-backups', 'aws', 'who takes backups of our cloudhsm cluster'),
  ask('cloudhsm-backups', 'aws', 'does cloud hsm back up users and keys automatically'),
  ask('cloudhsm-client-software', 'customer', 'who upgrades the cloudhsm client sdk on our instances'),
  ask('cloudhsm-client-software', 'customer', 'who patches the cloudhsm client daemon and pkcs 11 library'),
  ask('private-ca-key-storage', 'aws', 'where does aws private ca keep the ca private key and who protects it'),
  ask('private-ca-key-storage', 'aws', 'who secures the hsm holding our private ca keys'),
  ask('private-ca-hierarchy', 'customer', 'who designs the ca hierarchy in aws private ca'),
  ask('private-ca-hierarchy', 'customer', 'who decides the validity period and path length of our subordinate ca in acm pca'),
  ask('private-ca-revocation', 'customer', 'who sets up crl or ocsp for aws private ca'),
  ask('private-ca-revocation', 'customer', 'who revokes a compromised certificate from our private ca'),
  ask('private-ca-issuance-control', 'customer', 'who controls who can issue certificates from our private ca'),
  ask('private-ca-issuance-control', 'customer', 'who generates audit reports of certificates issued by aws private ca'),
];
