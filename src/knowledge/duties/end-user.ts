import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const iot = guide('https://docs.aws.amazon.com/iot/latest/developerguide', 'AWS IoT Core Developer Guide');
const connect = guide('https://docs.aws.amazon.com/connect/latest/adminguide', 'Amazon Connect Administrator Guide');

/**
 * Services with devices and people at the edge: AWS IoT Core (the broker is
 * AWS's; devices, their credentials and policies are the customer's) and
 * Amazon Connect (the contact center platform is AWS's; agents, security
 * profiles and what callers tell you are the customer's).
 */
export const endUserDuties: DutyInput[] = [
  {
    id: 'iot-core-transport-security',
    services: ['iot-core'],
    area: 'encryption-in-transit',
    name: 'TLS between devices and the IoT message broker',
    owner: 'aws',
    why: 'The AWS IoT message broker and Device Shadow service encrypt all communication in transit with TLS 1.2 and authenticate MQTT devices with TLS client certificates.',
    aws: 'Terminates TLS at the broker and authenticates device certificates.',
    customer: 'Use current TLS libraries on devices and send SNI with the full endpoint.',
    phrases: ['tls', 'encryption in transit', 'mqtt encryption', 'device connections', 'mutual tls', 'broker encryption'],
    source: iot('Transport security in AWS IoT Core', 'transport-security'),
  },
  {
    id: 'iot-core-device-certificates',
    services: ['iot-core'],
    area: 'access-key-rotation',
    name: 'Device certificates and credentials',
    owner: 'customer',
    why: 'Each device authenticates with an X.509 certificate (or other credentials) you provision; protecting private keys on devices, rotating certificates and revoking compromised ones are yours.',
    aws: 'Issues certificates on request and rejects revoked or inactive ones.',
    customer: 'Give every device its own certificate, store keys in secure hardware, rotate before expiry, and deactivate compromised certificates.',
    phrases: ['device certificates', 'x509 certificates', 'rotate certificates', 'revoke certificates', 'device credentials', 'private keys on devices'],
    source: iot('X.509 client certificates', 'x509-client-certs'),
  },
  {
    id: 'iot-core-policies',
    services: ['iot-core'],
    area: 'iam',
    name: 'IoT policies for devices',
    owner: 'customer',
    why: 'What a device may publish, subscribe to or update is decided by the AWS IoT policies you attach to its certificate.',
    aws: 'Evaluates IoT policies on every connect, publish and subscribe.',
    customer: 'Scope policies to each thing\'s own topics and shadow (policy variables), and audit them with Device Defender.',
    tool: 'AWS IoT Device Defender audit',
    phrases: ['iot policies', 'overly permissive policies', 'topic permissions', 'who can publish', 'policy variables'],
    source: iot('AWS IoT Core policies', 'iot-policies'),
  },
  {
    id: 'iot-core-device-software',
    services: ['iot-core'],
    area: 'application-code',
    name: 'Patching device firmware and software',
    owner: 'customer',
    why: 'Devices connected to AWS IoT are yours: their firmware, operating system and application updates (for example with IoT Jobs over-the-air) are your responsibility.',
    aws: 'Provides IoT Jobs and OTA update services.',
    customer: 'Patch device firmware and software over the air and retire devices that can no longer be updated.',
    phrases: ['device firmware', 'patch devices', 'ota updates', 'over the air', 'device software', 'firmware updates'],
    source: iot('Security best practices in AWS IoT Core', 'security-best-practices'),
  },
  {
    id: 'iot-core-broker',
    services: ['iot-core'],
    area: 'managed-infrastructure',
    name: 'Running and scaling the message broker',
    owner: 'aws',
    why: 'AWS IoT Core is a managed service: the message broker, rules engine and Device Shadow infrastructure are AWS\'s to run, patch and scale.',
    aws: 'Operates, patches and scales the broker and services.',
    customer: 'Design topics and rules securely.',
    phrases: ['message broker', 'mqtt broker', 'servers', 'scaling', 'infrastructure', 'patch the broker'],
    source: iot('Security in AWS IoT', 'security'),
  },

  {
    id: 'connect-platform',
    services: ['amazon-connect'],
    area: 'managed-infrastructure',
    name: 'Running the contact center platform and telephony',
    owner: 'aws',
    why: 'Amazon Connect is a managed contact center: the telephony, media and application infrastructure, and its patching and scaling, are AWS\'s.',
    aws: 'Operates, patches and scales the platform.',
    customer: 'Configure the instance, flows and users securely.',
    phrases: ['telephony', 'contact center infrastructure', 'servers', 'patching', 'platform', 'scaling'],
    source: connect('Security in Amazon Connect', 'security'),
  },
  {
    id: 'connect-security-profiles',
    services: ['amazon-connect'],
    area: 'iam',
    name: 'Agent accounts and security profiles',
    owner: 'customer',
    why: 'Which agents and supervisors can listen to recordings, see contact data or change flows is decided by the users and security profiles you assign.',
    aws: 'Enforces the permissions of security profiles.',
    customer: 'Give users least-privilege security profiles, use SAML for sign-in, and remove leavers.',
    phrases: ['security profiles', 'agent permissions', 'who can listen to recordings', 'users', 'supervisors', 'agent accounts'],
    source: connect('Security profiles in Amazon Connect', 'connect-security-profiles'),
  },
  {
    id: 'connect-recordings-encryption',
    services: ['amazon-connect'],
    area: 'encryption-at-rest',
    name: 'Encrypting recordings, transcripts and contact data',
    owner: 'shared',
    why: 'Amazon Connect encrypts contact data classified as PII at rest and encrypts recordings in S3 with a KMS data key; the bucket, its key and access to recordings are in your account and yours to configure.',
    aws: 'Encrypts PII contact data and recordings at rest.',
    customer: 'Choose the recordings bucket and KMS key, restrict access to it, and set retention.',
    phrases: ['call recordings', 'encrypt recordings', 'transcripts', 'contact data', 'encryption at rest', 'recordings bucket'],
    source: connect('Encryption at rest', 'encryption-at-rest'),
  },
  {
    id: 'connect-caller-data',
    services: ['amazon-connect'],
    area: 'client-side-data',
    name: 'Handling payment and personal data callers give you',
    owner: 'customer',
    why: 'What your flows collect and store (card numbers, health data, PII) and how it is masked, redacted and retained are your design; Connect provides the tools.',
    aws: 'Provides encryption of customer input in flows and redaction features.',
    customer: 'Encrypt sensitive input in flows, pause recording during payments, redact transcripts, and follow PCI/HIPAA guidance.',
    phrases: ['credit card numbers', 'pci', 'caller pii', 'redact transcripts', 'sensitive customer input', 'pause recording'],
    source: connect('Best practices for PCI compliance in Amazon Connect', 'compliance-validation-best-practices-PCI'),
  },
];
