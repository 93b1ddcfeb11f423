import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';
import { src } from '../sources.js';

const outpostsRackMaintenance = guide('https://docs.aws.amazon.com/outposts/latest/userguide', 'AWS Outposts User Guide for Outposts racks')('Outposts rack maintenance', 'outpost-maintenance');
const outpostsPhysicalAccess = guide('https://docs.aws.amazon.com/wellarchitected/latest/data-residency-hybrid-cloud-services-lens', 'Data Residency and Hybrid Cloud Lens')(
  'DRHCSEC06-BP01 Restrict the number of people authorized to gain physical access to your AWS Outposts',
  'drhcsec06-bp01',
);
const snowball = guide('https://docs.aws.amazon.com/snowball/latest/developer-guide', 'AWS Snowball Edge Developer Guide');
const snowballDevice = snowball('Protecting data on your device', 'data-protection-device');
const snowballImport = snowball('Jobs to import data into Amazon S3 using a Snowball Edge device', 'importtype');

/**
 * Customer premises: AWS Outposts (racks and servers) and AWS Snowball Edge.
 * AWS owns, monitors, patches and services the hardware; the site it sits in
 * (power, cooling, network, who may walk up to it) and custody while it is
 * there are the customer's. The physical security of the equipment as a whole
 * stays shared, as the model's area answer says.
 */
export const premisesDuties: DutyInput[] = [
  // AWS Outposts
  {
    id: 'outposts-physical-security',
    services: ['outposts'],
    area: 'physical-security',
    name: 'Physical security of an Outpost at your site',
    owner: 'shared',
    why: 'An Outpost sits in your facility: you provide the site and protect the place it stands in, while AWS owns the Outpost, monitors it, detects tampering and ties the data on it to a removable Nitro Security Key.',
    aws: 'Owns, monitors and services the hardware, with tamper detection and encryption tied to the Nitro Security Key.',
    customer: 'Secure the site and the rack\'s location, and escort AWS technicians.',
    phrases: ['physical security', 'physically protect the outpost', 'physical security of the rack', 'protect the outposts rack', 'physical security of outposts', 'physical security in our data center', 'outpost in our datacenter', 'tamper detection', 'nitro security key'],
    conditions: [
      { when: 'The site: your facility, room or cage where the Outpost stands', owner: 'customer', cues: ['site', 'our site', 'our facility', 'our data center', 'our datacenter', 'the room', 'the building', 'premises', 'colo'], detail: 'Securing the place the Outpost stands in (access, surveillance, the building) is yours.' },
      { when: 'The Outpost hardware itself (tamper detection, Nitro Security Key)', owner: 'aws', cues: ['tamper detection', 'tamper', 'nitro security key', 'the hardware itself', 'enclosure'], detail: 'AWS owns and monitors the hardware, detects tampering and ties the data to the removable Nitro Security Key.' },
    ],
    source: src.outpostsSecurity,
  },
  {
    id: 'outposts-site-access-control',
    services: ['outposts'],
    area: 'physical-security',
    name: 'Controlling who can physically access the Outpost site',
    owner: 'customer',
    why: 'The Outpost is in your data center, so physical access to it is granted by you: AWS guidance is to allow it only to people with a business need (electricians, fiber installers, staff escorting AWS technicians) and to review that access periodically.',
    aws: 'Sends vetted installation technicians when maintenance is needed.',
    customer: 'Limit badge or cage access to the Outpost to those with a business need, log and review it, and revoke unused access.',
    phrases: ['physical access', 'who can enter', 'badge access', 'cage access', 'access to the cage', 'restrict physical access', 'escort', 'people who can touch the rack', 'walk up to the rack', 'physically reach the outpost', 'site access control', 'access reviews'],
    source: outpostsPhysicalAccess,
  },
  {
    id: 'outposts-site-facility',
    services: ['outposts'],
    area: 'physical-security',
    name: 'Site power, cooling, space and floor loading',
    owner: 'customer',
    why: 'Site requirements for Outposts racks: the facility where the Outpost is installed must meet the power, cooling and airflow, weight and space requirements; providing them (with redundant power feeds for availability) is the customer\'s.',
    aws: 'Specifies the facility requirements and supplies the rack with its own redundant power shelves and network devices.',
    customer: 'Provide power feeds, cooling, airflow, floor loading and space that meet the requirements, and keep them available.',
    phrases: ['power', 'power and cooling', 'power feeds', 'cooling', 'airflow', 'hvac', 'floor space', 'weight', 'electricity', 'ups', 'site requirements', 'data center facility'],
    source: src.outpostsSite,
  },
  {
    id: 'outposts-network-uplinks',
    services: ['outposts'],
    area: 'global-network',
    name: 'Network uplinks and the service link to the Region',
    owner: 'customer',
    why: 'The Outpost connects to its parent Region through the service link over your network: the uplinks from the Outpost network devices, the local network and the WAN or Direct Connect path to the Region are provided by the customer (AWS encrypts the service link traffic).',
    aws: 'Runs the Region side of the service link and encrypts service link traffic.',
    customer: 'Provide redundant uplinks, local network and internet or Direct Connect connectivity with the bandwidth and latency required; monitor the connection.',
    tool: 'AWS Direct Connect, CloudWatch ConnectedStatus metric',
    phrases: ['service link', 'uplinks', 'network uplinks', 'connectivity to the region', 'wan link', 'direct connect to the outpost', 'network connectivity', 'local network', 'internet connection'],
    source: src.outpostsSite,
  },
  {
    id: 'outposts-hardware-replacement',
    services: ['outposts'],
    area: 'hardware-disposal',
    name: 'Replacing failed Outpost hardware',
    owner: 'shared',
    why: 'Outposts maintenance: for an Outposts rack, AWS sends an installation team that replaces unhealthy hosts, switches or rack elements on site; for an Outposts server, AWS ships a replacement server that you install in the same location before returning the failed one with the prepaid label.',
    aws: 'Detects irreparable hardware, notifies the owner, and replaces rack components on site (racks) or ships a replacement server (servers).',
    customer: 'Racks: schedule the AWS visit and provide access. Servers: move data off instance store, swap the server yourself and ship the failed one back.',
    phrases: ['replace failed hardware', 'hardware replacement', 'failed host', 'broken server', 'replace the server', 'hardware failure', 'failed switch', 'swap the hardware', 'rma', 'install the replacement', 'replacement unit', 'replacement server', 'server broke'],
    conditions: [
      { when: 'Outposts rack', owner: 'aws', cues: ['outposts rack', 'outpost rack', 'racks', 'rack', 'outposts host', 'outpost host', 'failed host', 'host failed', 'hosts in the rack', 'server in the rack failed', 'servers in the outposts rack', 'server in our outpost rack'], detail: 'An AWS installation team replaces the unhealthy hosts, switches or rack elements on site.' },
      { when: 'Outposts server', owner: 'customer', cues: ['outposts server', 'outposts servers', 'outpost server', 'outpost servers', '1u server', '2u server'], detail: 'AWS ships a replacement server; you install it and return the failed one.' },
    ],
    source: outpostsRackMaintenance,
  },
  {
    id: 'outposts-equipment-maintenance',
    services: ['outposts'],
    area: 'managed-infrastructure',
    name: 'Maintaining the Outpost equipment (firmware, patches, hardware health)',
    owner: 'aws',
    why: 'Under the shared responsibility model AWS is responsible for the hardware and software that run AWS services on an Outpost, as in a Region: AWS manages security patches, updates firmware and maintains the Outpost equipment, and monitors its health.',
    aws: 'Patches and updates the Outpost firmware and AWS software, maintains the equipment and monitors performance and health.',
    customer: 'Patch the guest OS and applications of your instances on the Outpost; keep the service link up so updates can arrive.',
    phrases: ['firmware updates', 'patch the outpost', 'outpost software', 'security patches for the outpost', 'update firmware', 'outpost maintenance', 'hypervisor on the outpost', 'maintain the hardware', 'maintains the outpost equipment', 'hardware maintenance', 'monitor the hardware health'],
    source: outpostsRackMaintenance,
  },
  {
    id: 'outposts-media-destruction',
    services: ['outposts'],
    area: 'hardware-disposal',
    name: 'Destroying data on replaced Outpost hardware',
    owner: 'aws',
    why: 'When AWS replaces a host on an Outpost it removes and destroys the NIST-compliant physical security key, effectively shredding any data that might remain on the hardware, so that no data leaves your site.',
    aws: 'Destroys the Nitro Security Key of replaced hosts before the hardware leaves the site.',
    customer: 'Back up what you need before hardware is replaced; delete data you no longer need.',
    phrases: ['data on replaced hardware', 'destroy the security key', 'crypto shredding', 'data leaving our site', 'decommission the outpost', 'wipe the outpost', 'returned hardware'],
    source: outpostsRackMaintenance,
  },
  {
    id: 'outposts-capacity-planning',
    services: ['outposts'],
    area: 'capacity-scaling',
    name: 'Spare capacity on the Outpost for failures and maintenance',
    owner: 'customer',
    why: 'An Outpost has only the capacity you ordered: when instances are retired from failed hardware they move to available capacity, and if there is none they stay stopped until the Outpost owner frees capacity or requests more.',
    aws: 'Migrates stopped instances onto available capacity and fulfils capacity orders.',
    customer: 'Order enough capacity (N+1) for host failures and maintenance, monitor utilization, and free or add capacity when needed.',
    phrases: ['capacity', 'spare capacity', 'n+1', 'run out of capacity', 'order more capacity', 'capacity planning', 'headroom'],
    source: outpostsRackMaintenance,
  },

  // AWS Snowball Edge
  {
    id: 'snowball-physical-security',
    services: ['snowball'],
    area: 'physical-security',
    name: 'Physical security of a Snowball device',
    owner: 'shared',
    why: 'AWS builds Snowball Edge with tamper-resistant enclosures, 256-bit encryption and a Trusted Platform Module for chain of custody, and inspects each device for tampering on return; while the device is at your site, keeping it safe is yours.',
    aws: 'Provides the tamper-resistant, encrypted device with a TPM and checks it for tampering when it comes back.',
    customer: 'Keep the device secured while it is on site and ship it back promptly.',
    phrases: ['physical security', 'physically protect the device', 'protect the snowball', 'tamper resistant', 'tpm', 'chain of custody', 'device security', 'protect the device in transit', 'during shipping', 'in transit and at our site', 'while shipping'],
    conditions: [
      { when: 'While the device is at your site', owner: 'customer', cues: ['at our site', 'on site', 'onsite', 'at our office', 'in our office', 'on premises', 'at our location', 'in our data center', 'in our warehouse', 'at our warehouse', 'our facility', 'in our facility', 'in our building', 'in our possession', 'while we load', 'while we copy', 'until pickup', 'before pickup', 'until it ships back'], detail: 'Keeping the device secured while it is with you, and shipping it back promptly, is yours.' },
      { when: 'The device design: tamper-resistant enclosure, TPM and tamper checks on return', owner: 'aws', cues: ['tamper resistant', 'tamper evident', 'tpm', 'enclosure', 'tamper checks', 'inspected on return', 'comes back to amazon', 'comes back to aws', 'back at aws', 'returned to aws', 'when it comes back', 'arrives back at aws'], detail: 'AWS builds the device tamper-resistant with a TPM and inspects it for tampering when it comes back.' },
    ],
    source: snowballDevice,
  },
  {
    id: 'snowball-device-handling',
    services: ['snowball'],
    area: 'physical-security',
    name: 'Inspecting the device on arrival and reporting lost or damaged devices',
    owner: 'customer',
    why: 'AWS recommends that you inspect the device for damage or tampering when it arrives (and not connect a suspicious one), never leave it on a loading dock, and report stolen, missing or broken devices as soon as possible.',
    aws: 'Ships a replacement device when you report a problem.',
    customer: 'Inspect on arrival, keep it off loading docks and out of the weather, and report theft, loss or damage immediately.',
    phrases: ['inspect the device', 'loading dock', 'stolen device', 'lost device', 'damaged device', 'signs of tampering on arrival', 'report a missing snowball'],
    source: snowballDevice,
  },
  {
    id: 'snowball-job-credentials',
    services: ['snowball'],
    area: 'secrets-management',
    name: 'Protecting the manifest and unlock code',
    owner: 'customer',
    why: 'Anyone with a job\'s manifest and unlock code can access the contents of the device, so protecting them (and keeping them apart from each other) is the customer\'s.',
    aws: 'Encrypts the manifest so only the unlock code can decrypt it, and lets you request new credentials.',
    customer: 'Store the manifest and unlock code in different places, share them only with the people who unlock the device, and rotate them if exposed.',
    phrases: ['manifest', 'unlock code', 'job credentials', 'manifest file', 'unlock the device', 'credentials for the snowball', 'keep the unlock code and manifest separate', 'unlock code and manifest file safe', 'store the manifest apart from the unlock code', 'protecting the unlock code'],
    source: snowballDevice,
  },
  {
    id: 'snowball-device-erasure',
    services: ['snowball'],
    area: 'hardware-disposal',
    name: 'Erasing the device after the data is imported',
    owner: 'aws',
    why: 'When all of your data has been imported into Amazon S3, AWS performs a complete erasure of the device following the NIST 800-88 media sanitization standards.',
    aws: 'Erases the device per NIST 800-88 after the import is processed and verified.',
    customer: 'Nothing to wipe on the device after return; verify the import first.',
    phrases: ['erase the device', 'wipe the snowball', 'data erasure', 'nist 800 88', 'sanitize the device', 'data left on the device', 'media sanitization', 'erase data before sending it back', 'wipe before returning', 'before we ship it back', 'delete data from the device before return'],
    source: snowballImport,
  },
  {
    id: 'snowball-import-verification',
    services: ['snowball'],
    area: 'backups',
    name: 'Verifying the import before deleting local copies',
    owner: 'customer',
    why: 'AWS warns not to delete your local copies of the transferred data until you have verified the job completion report and reviewed the import logs, which list objects that failed to import.',
    aws: 'Produces the job completion report and success and failure logs.',
    customer: 'Review the job report and logs, re-transfer failed objects, and only then delete local copies.',
    phrases: ['job completion report', 'verify the import', 'import logs', 'delete local copies', 'failed objects', 'check the transfer', 'all files made it to s3', 'verify the data arrived', 'verify files were imported'],
    source: snowballImport,
  },
];
