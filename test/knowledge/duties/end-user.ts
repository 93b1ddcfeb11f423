import { ask, type DutyPhrasing } from './types.js';

export const endUserPhrasings: DutyPhrasing[] = [
  ask('iot-core-transport-security', 'aws', 'is mqtt traffic from our devices to aws iot core encrypted'),
  ask('iot-core-transport-security', 'aws', 'who handles tls between devices and the iot message broker'),
  ask('iot-core-device-certificates', 'customer', 'who rotates x509 device certificates in aws iot'),
  ask('iot-core-device-certificates', 'customer', 'a device private key leaked, who revokes its certificate in iot core'),
  ask('iot-core-policies', 'customer', 'who writes iot policies for our devices'),
  ask('iot-core-policies', 'customer', 'device defender says our aws iot policies are overly permissive, whose fix'),
  ask('iot-core-device-software', 'customer', 'who patches the firmware on our iot devices'),
  ask('iot-core-device-software', 'customer', 'isnt aws iot supposed to push security updates to our devices?'),
  ask('iot-core-broker', 'aws', 'who scales and patches the aws iot core message broker'),
  ask('iot-core-broker', 'aws', 'who runs the mqtt broker infrastructure for aws iot'),
  ask('connect-platform', 'aws', 'who patches the telephony platform behind amazon connect'),
  ask('connect-platform', 'aws', 'who runs the amazon connect contact center infrastructure'),
  ask('connect-security-profiles', 'customer', 'who decides which agents can listen to call recordings in amazon connect'),
  ask('connect-security-profiles', 'customer', 'who manages security profiles for amazon connect agents'),
  ask('connect-recordings-encryption', 'shared', 'who encrypts amazon connect call recordings'),
  ask('connect-recordings-encryption', 'shared', 'are transcripts and recordings from amazon connect encrypted at rest'),
  ask('connect-caller-data', 'customer', 'who protects credit card numbers callers give us in amazon connect'),
  ask('connect-caller-data', 'customer', 'who redacts caller pii from amazon connect transcripts'),
  ask('greengrass-core-device-security', 'customer', 'greengrass core devices out in the field - securing the device OS and private keys, aws or us'),
  ask('greengrass-core-device-security', 'customer', 'who patches the linux on our greengrass core devices in the factory'),
];
