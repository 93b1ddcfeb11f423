import type { ConditionInput } from '../schema.js';

const customerKeyCues = ['customer managed key', 'customer managed kms key', 'our own kms key', 'own cmk', 'cmk'];

/**
 * The two settings of "encryption at rest" for a service that encrypts with an AWS owned key unless you choose a
 * customer managed KMS key: AWS's by default, shared with your key (the service encrypts, the key is yours).
 * `service` names the service in the details ("EventBridge"); `note` is added to the customer managed key's detail.
 */
export function awsOwnedOrCustomerKey(service: string, note = ''): ConditionInput[] {
  return [
    { when: 'AWS owned key (the default)', owner: 'aws', default: true, cues: ['aws owned key', 'by default', 'default encryption'], detail: `${service} encrypts with a key AWS owns and manages.` },
    { when: 'Customer managed KMS key', owner: 'shared', cues: customerKeyCues, detail: `${service} encrypts with your key; its key policy, rotation and availability are yours${note}.` },
  ];
}
