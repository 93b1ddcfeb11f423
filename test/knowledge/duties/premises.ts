import { ask, type DutyPhrasing } from './types.js';

export const premisesPhrasings: DutyPhrasing[] = [
  // AWS Outposts
  ask('outposts-physical-security', 'customer', 'who is responsible for physical security of an outposts rack in our data center', 'The site: your facility, room or cage where the Outpost stands'),
  ask('outposts-physical-security', 'aws', 'who handles tamper detection on the outpost hardware itself', 'The Outpost hardware itself (tamper detection, Nitro Security Key)'),
  ask('outposts-physical-security', 'shared', 'who physically protects our aws outpost'),
  ask('outposts-site-access-control', 'customer', 'who controls badge access to the cage where our outpost sits'),
  ask('outposts-site-access-control', 'customer', 'who decides which people can physically access the outposts rack'),
  ask('outposts-site-access-control', 'customer', 'who controls who can walk up to our outposts rack'),
  ask('outposts-site-facility', 'customer', 'who provides power and cooling for an aws outposts rack'),
  ask('outposts-site-facility', 'customer', 'isnt aws responsible for the hvac and power feeds of our outpost since they own it?'),
  ask('outposts-network-uplinks', 'customer', 'who provides the network uplinks and service link connectivity for an outpost'),
  ask('outposts-network-uplinks', 'customer', 'our outpost lost its connection to the region, who owns the wan link'),
  ask('outposts-hardware-replacement', 'shared', 'who replaces failed hardware in aws outposts'),
  ask('outposts-hardware-replacement', 'aws', 'a host failed in our outposts rack, who replaces it', 'Outposts rack'),
  ask('outposts-hardware-replacement', 'customer', 'who swaps a broken outposts server when aws ships the replacement', 'Outposts server'),
  ask('outposts-equipment-maintenance', 'aws', 'who patches the firmware on our aws outposts'),
  ask('outposts-equipment-maintenance', 'aws', 'who applies security patches to the outpost software'),
  ask('outposts-equipment-maintenance', 'aws', 'who maintains the hardware of our outposts rack'),
  ask('outposts-media-destruction', 'aws', 'when aws replaces a host on our outpost who destroys the data on it'),
  ask('outposts-media-destruction', 'aws', 'who makes sure no data leaves our site on replaced outposts hardware'),
  ask('outposts-capacity-planning', 'customer', 'who makes sure our outpost has spare capacity for host failures'),
  ask('outposts-capacity-planning', 'customer', 'we ran out of capacity on the outpost after a failure, whose problem is that'),

  // AWS Snowball Edge
  ask('snowball-physical-security', 'shared', 'who is responsible for the physical security of a snowball edge device'),
  ask('snowball-physical-security', 'customer', 'who physically protects a snowball edge while its at our site', 'While the device is at your site'),
  ask('snowball-physical-security', 'aws', 'who makes the snowball enclosure tamper resistant with a tpm', 'The device design: tamper-resistant enclosure, TPM and tamper checks on return'),
  ask('snowball-physical-security', 'shared', 'who protects the snowball edge while it is being shipped'),
  ask('snowball-device-handling', 'customer', 'who inspects a snowball for tampering when it arrives'),
  ask('snowball-device-handling', 'customer', 'our snowball was left on the loading dock and went missing - who has to report it'),
  ask('snowball-job-credentials', 'customer', 'who protects the snowball manifest and unlock code'),
  ask('snowball-job-credentials', 'customer', 'who keeps the unlock code for the snowball edge safe'),
  ask('snowball-device-erasure', 'aws', 'who wipes the snowball edge after our data is imported to s3'),
  ask('snowball-device-erasure', 'aws', 'do we need to erase data from the snowball before sending it back?'),
  ask('snowball-import-verification', 'customer', 'who checks the job completion report before deleting our local copies after a snowball import'),
  ask('snowball-import-verification', 'customer', 'who verifies all files made it to s3 from the snowball'),
];
