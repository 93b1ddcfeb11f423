import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const medialive = guide('https://docs.aws.amazon.com/medialive/latest/ug', 'AWS Elemental MediaLive User Guide');
const mediaconvert = guide('https://docs.aws.amazon.com/mediaconvert/latest/ug', 'AWS Elemental MediaConvert User Guide');
const mediapackage = guide('https://docs.aws.amazon.com/mediapackage/latest/userguide', 'AWS Elemental MediaPackage v2 User Guide');
const mediaconnect = guide('https://docs.aws.amazon.com/mediaconnect/latest/ug', 'AWS Elemental MediaConnect User Guide');
const mediatailor = guide('https://docs.aws.amazon.com/mediatailor/latest/ug', 'AWS Elemental MediaTailor User Guide');

/**
 * The AWS Elemental media services (MediaLive, MediaConvert, MediaPackage,
 * MediaConnect, MediaTailor): AWS runs the encoders, packagers, transport and
 * ad-stitching fleet; which sources may push to an input, the keys that
 * encrypt a flow, the DRM key provider behind SPEKE and the ad decision
 * server a configuration calls are the customer's. (MediaConvert's service
 * role is in long-tail.ts; Amazon IVS is there too.)
 */
export const mediaDuties: DutyInput[] = [
  // AWS Elemental MediaLive
  {
    id: 'medialive-input-security-groups',
    services: ['medialive'],
    area: 'security-groups',
    name: 'Input security groups that allow sources to push to MediaLive inputs',
    owner: 'customer',
    why: 'Working with input security groups: a MediaLive input security group is a list of CIDR blocks allowed to push content to the push inputs (RTMP, RTP, UDP push) it is attached to; MediaLive ignores pushes from other addresses. You create the group, choose its ranges and attach it to each push input.',
    aws: 'Accepts pushed content only from the address ranges in the input security groups attached to the input.',
    customer: 'Identify the public addresses your encoders push from, put only those CIDR blocks in the input security group (never 0.0.0.0/0 outside tests), attach it to every push input and update it when the encoders move.',
    tool: 'MediaLive input security groups',
    misconception: 'A push input is not restricted to your encoders by AWS: it accepts whatever the attached input security group allows, and 0.0.0.0/0 lets anyone push.',
    phrases: ['input security group', 'input security groups', 'push input', 'rtmp push input', 'rtp push input', 'udp push input', 'who can push to the input', 'allowed to push', 'encoder ip addresses', 'our encoder ips', 'medialive allow list', 'medialive allowlist', 'cidr blocks for the input', 'push input open to the internet', 'anyone can push a stream'],
    source: medialive('Working with input security groups', 'working-with-input-security-groups'),
  },
  {
    id: 'medialive-infrastructure',
    services: ['medialive'],
    area: 'managed-infrastructure',
    name: 'The encoding infrastructure that runs MediaLive channels',
    owner: 'aws',
    why: 'Security in AWS Elemental MediaLive: security of the cloud is AWS\'s, which protects the infrastructure that runs the service. A MediaLive channel runs its encoding pipelines on servers AWS operates, patches and replaces (in a standard channel MediaLive itself restarts a failed pipeline); no encoder instance appears in your account.',
    aws: 'Operates, patches, scales and secures the servers and encoder software that run channel pipelines, and restarts a failed pipeline.',
    customer: 'Choose the channel class, restrict who can push to inputs, encrypt SRT outputs, and control the MediaLive API with IAM.',
    misconception: 'There is no MediaLive encoder instance for you to patch or upgrade: the encoding servers are AWS\'s.',
    phrases: ['encoding servers', 'encoder servers', 'medialive encoders', 'encoding pipelines servers', 'servers behind medialive', 'patch medialive', 'medialive instances', 'medialive infrastructure', 'live encoding fleet', 'who runs the live encoders'],
    source: medialive('Security in AWS Elemental MediaLive', 'security'),
  },
  {
    id: 'medialive-pipeline-redundancy',
    services: ['medialive'],
    area: 'high-availability',
    name: 'Choosing pipeline redundancy: standard or single-pipeline channel class',
    owner: 'customer',
    why: 'Implementing pipeline redundancy: you set the channel class (and input classes) to implement or omit pipeline redundancy. A standard channel has two encoding pipelines fed by two identical sources, and the downstream system switches to the other output if one pipeline fails; a single-pipeline channel stops producing output when its pipeline fails. Which class a channel uses, the second source and the downstream failover are yours.',
    aws: 'Runs both pipelines of a standard channel and restarts a failed pipeline within minutes; runs one pipeline for a single-pipeline channel.',
    customer: 'Choose STANDARD for channels that must survive a pipeline failure, use standard-class inputs with two identical sources, and set up the downstream system (packager, origin) to fail over between the two outputs.',
    tool: 'MediaLive channel class (STANDARD or SINGLE_PIPELINE)',
    misconception: 'MediaLive does not make every channel redundant: a single-pipeline channel has no second pipeline, and its output stops if that pipeline fails.',
    phrases: ['channel class', 'standard channel', 'single pipeline channel', 'single-pipeline channel', 'pipeline redundancy', 'two pipelines', 'second pipeline', 'pipeline failover', 'pipeline failure', 'redundant pipelines', 'standard class input', 'single pipeline', 'encoder redundancy'],
    source: medialive('Implementing pipeline redundancy', 'plan-redundancy-mode'),
  },
  {
    id: 'medialive-srt-encryption',
    services: ['medialive'],
    area: 'encryption-in-transit',
    name: 'The SRT passphrase that encrypts MediaLive SRT inputs and outputs',
    owner: 'customer',
    why: 'Creating an SRT output group: MediaLive SRT output content must be encrypted, so you store a passphrase in AWS Secrets Manager that MediaLive uses to encrypt it (and an SRT input decrypts with the passphrase secret you name). Creating the secret, letting MediaLive read it and sharing the passphrase with the other end are yours.',
    aws: 'Reads the passphrase from the secret you name and encrypts (or decrypts) the SRT stream with it.',
    customer: 'Store the passphrase in Secrets Manager, give the MediaLive role permission to read it, share it with the downstream (or upstream) system, and change it on both ends when needed.',
    tool: 'AWS Secrets Manager',
    phrases: ['srt output', 'srt output group', 'srt passphrase', 'srt caller output', 'srt listener output', 'srt input', 'srt caller input', 'srt encryption', 'encrypt the srt output', 'passphrase in secrets manager', 'srt password'],
    source: medialive('Creating an SRT output group', 'opg-srt'),
  },
  {
    id: 'medialive-link-device-updates',
    services: ['medialive'],
    area: 'patch-management',
    name: 'Software updates on AWS Elemental Link devices',
    owner: 'shared',
    why: 'Updating software on a Link device: AWS supplies the Link device software, and the device installs updates automatically while it is powered on and the MediaLive channels that use it are stopped; if your channels rarely stop, starting a maintenance window at a suitable time (with the device powered and online) is yours.',
    aws: 'Publishes Link device software and installs it automatically on an idle device, or within two hours of a maintenance window you start.',
    customer: 'Keep the device powered on and connected, and stop its channels or start a maintenance window at a quiet time so updates get installed.',
    tool: 'MediaLive input devices: Start maintenance',
    misconception: 'Link updates are automatic only when the device is idle: a device feeding channels that never stop stays out of date until you start a maintenance window.',
    phrases: ['elemental link', 'link device', 'link devices', 'link device software', 'link device update', 'link firmware', 'input device software', 'input device update', 'device maintenance window', 'start maintenance', 'update the link'],
    source: medialive('Updating software on a Link device', 'device-update'),
  },

  // AWS Elemental MediaConvert
  {
    id: 'mediaconvert-infrastructure',
    services: ['mediaconvert'],
    area: 'managed-infrastructure',
    name: 'The transcoding fleet that runs MediaConvert jobs',
    owner: 'aws',
    why: 'Security in AWS Elemental MediaConvert: security of the cloud is AWS\'s, which protects the infrastructure that runs the service. MediaConvert is a managed, file-based transcoding service: jobs run on servers AWS operates and patches, and no instance of them appears in your account.',
    aws: 'Operates, patches, scales and secures the servers and software that run transcoding jobs.',
    customer: 'Control who can submit jobs (IAM), the role MediaConvert uses for your buckets, and the encryption and access of your inputs and outputs.',
    misconception: 'There is no MediaConvert instance for you to patch: the transcoding hosts are AWS\'s.',
    phrases: ['transcoding hosts', 'transcoding servers', 'transcoding instances', 'transcoding fleet', 'encoding servers', 'servers behind mediaconvert', 'patch mediaconvert', 'mediaconvert instances', 'underlying transcoding infrastructure'],
    source: mediaconvert('Security in AWS Elemental MediaConvert', 'security'),
  },

  // AWS Elemental MediaPackage (and the SPEKE encryptors that share its key exchange)
  {
    id: 'mediapackage-drm-key-provider',
    services: ['mediapackage', 'mediaconvert'],
    area: 'key-management',
    name: 'The DRM key provider behind SPEKE (content keys and licenses)',
    owner: 'customer',
    why: 'Content encryption and DRM in AWS Elemental MediaPackage: MediaPackage encrypts through the SPEKE API, and the DRM provider supplies the content keys through SPEKE and the licenses to players. Choosing a DRM provider that supports SPEKE, and running or contracting the key server and the API Gateway proxy in front of it, is yours; AWS does not run the key provider.',
    aws: 'Requests keys from the SPEKE endpoint you configure and encrypts the packaged output with them.',
    customer: 'Contract a SPEKE-compatible DRM provider (or run your own key server), set up the API Gateway proxy and the IAM role MediaPackage uses to call it, and keep the key and license service available and secure.',
    tool: 'SPEKE (Secure Packager and Encoder Key Exchange)',
    misconception: 'SPEKE is only the interface: the DRM key provider and license server are a third party or yours, not AWS\'s.',
    phrases: ['speke', 'speke key provider', 'drm key provider', 'drm provider', 'drm platform', 'drm key server', 'key server', 'license server', 'drm license server', 'drm licenses', 'content keys', 'speke gateway', 'speke endpoint', 'drm encryption', 'conditional access key provider'],
    source: mediapackage('Content encryption and DRM in AWS Elemental MediaPackage', 'using-encryption'),
  },
  {
    id: 'mediapackage-infrastructure',
    services: ['mediapackage'],
    area: 'managed-infrastructure',
    name: 'The packaging and origin infrastructure of MediaPackage',
    owner: 'aws',
    why: 'Infrastructure Security in AWS Elemental MediaPackage: as a managed service, MediaPackage is protected by AWS global network security; AWS runs the servers that package and originate your streams.',
    aws: 'Operates, patches, scales and secures the packaging and origin servers.',
    customer: 'Restrict who can reach the endpoints (endpoint policies, CDN authorization), use IAM for the API, and encrypt content with a DRM provider where needed.',
    phrases: ['packaging servers', 'origin servers', 'mediapackage infrastructure', 'patch mediapackage', 'servers behind mediapackage', 'who runs the packagers'],
    source: mediapackage('Infrastructure Security in AWS Elemental MediaPackage', 'infrastructure-security'),
  },
  {
    id: 'mediapackage-cdn-authorization',
    services: ['mediapackage'],
    area: 'resource-policies',
    name: 'Restricting origin endpoint access to your CDN (CDN authorization, endpoint policy)',
    owner: 'customer',
    why: 'Secure MediaPackage content with CDN authorization: to stop viewers bypassing your CDN, you configure the CDN to send the X-MediaPackageV2-CDNIdentifier header, store its value as a secret in AWS Secrets Manager, and give MediaPackage a role to read it; MediaPackage then fulfills only requests carrying that value. With CloudFront you can instead allow the distribution through origin access control (SigV4) in the origin endpoint policy. Setting this up, and rotating the header value in both the CDN and the secret, is yours.',
    aws: 'Compares the CDN identifier header with your secret (or checks the SigV4 signature against the endpoint policy) and rejects requests that do not match.',
    customer: 'Set the custom header in your CDN, store the value in Secrets Manager, create the IAM role MediaPackage uses to read it, attach the origin endpoint policy (or CloudFront OAC), and rotate the value manually in both places.',
    tool: 'MediaPackage CDN authorization / CloudFront origin access control',
    misconception: 'Keeping viewers from going around your CDN straight to the origin endpoint is not something MediaPackage does for you: it enforces only the CDN authorization or endpoint policy you configure.',
    phrases: ['cdn authorization', 'cdn auth', 'cdn identifier', 'cdn identifier header', 'cdnidentifier', 'authorization header', 'origin endpoint policy', 'endpoint policy', 'origin endpoint access', 'bypass the cdn', 'direct origin requests', 'origin access control', 'restrict the origin endpoint', 'who can pull from the endpoint'],
    source: mediapackage('Secure MediaPackage content with CDN authorization', 'cdn-auth'),
  },

  // AWS Elemental MediaConnect
  {
    id: 'mediaconnect-flow-encryption',
    services: ['mediaconnect'],
    area: 'encryption-in-transit',
    name: 'Encrypting flow sources, outputs and entitlements (static key, SRT passphrase, SPEKE)',
    owner: 'customer',
    why: 'Data protection for AWS Elemental MediaConnect: MediaConnect can decrypt incoming video and encrypt outgoing video, but only as you configure it: with static key encryption or an SRT passphrase you store the key in AWS Secrets Manager and give MediaConnect permission to read it; with SPEKE you partner with a conditional access key provider. Sharing and changing the key with the other parties is yours.',
    aws: 'Decrypts the source and encrypts outputs and entitlements with the key it reads from your secret, using the role you grant.',
    customer: 'Turn on encryption for each source, output and entitlement, store the key or passphrase in Secrets Manager, create the IAM role MediaConnect assumes to read it, and share and change the key with the other parties.',
    tool: 'AWS Secrets Manager',
    phrases: ['static key encryption', 'srt passphrase', 'srt password', 'srt encryption', 'encrypt the flow', 'flow encryption', 'encrypted source', 'encrypt the contribution', 'contribution feed encryption', 'entitlement encryption', 'zixi encryption', 'encryption key for the flow', 'passphrase in secrets manager', 'key in secrets manager for the flow'],
    source: mediaconnect('Data protection for AWS Elemental MediaConnect', 'data-protection'),
  },
  {
    id: 'mediaconnect-infrastructure',
    services: ['mediaconnect'],
    area: 'managed-infrastructure',
    name: 'The transport infrastructure that runs MediaConnect flows',
    owner: 'aws',
    why: 'Infrastructure security in AWS Elemental MediaConnect: as a managed service, MediaConnect is protected by AWS global network security; AWS runs the servers that receive, transport and deliver your flows.',
    aws: 'Operates, patches, scales and secures the servers and network that carry flows.',
    customer: 'Allow only your sources (whitelist CIDR) on each flow, encrypt sources and outputs, and control the API with IAM.',
    phrases: ['mediaconnect infrastructure', 'servers behind mediaconnect', 'patch mediaconnect', 'transport servers', 'who runs the flow servers'],
    source: mediaconnect('Infrastructure security in AWS Elemental MediaConnect', 'infrastructure-security'),
  },

  // AWS Elemental MediaTailor
  {
    id: 'mediatailor-ad-decision-server',
    services: ['mediatailor'],
    area: 'encryption-in-transit',
    name: 'The ad decision server URL and the viewer data it is sent',
    owner: 'customer',
    why: 'MediaTailor passing parameters to ADS: MediaTailor calls the ad decision server at the template URL you enter in the playback configuration, filled with the session and player variables you choose to include; which server that is, whether its URL is HTTPS and what viewer data (device ids, IP addresses) goes to it are your configuration. The ADS itself is yours or an ad partner\'s.',
    aws: 'Calls the ADS URL in the configuration, substituting the session and player variables the template names.',
    customer: 'Use an HTTPS ADS URL, pass only the viewer data the ADS needs (and your privacy terms allow), keep credentials out of the URL, and secure the ADS or agree its security with the ad partner.',
    misconception: 'MediaTailor sends what your template URL asks for, to the address you entered: an http:// ADS URL or a device id in it is configuration to fix, not a MediaTailor default.',
    phrases: ['ad decision server', 'ads url', 'ad decision server url', 'template ads url', 'ads request url', 'session variables', 'player variables', 'player params', 'dynamic ad variables', 'data sent to the ads', 'device id to the ads', 'ad server over http', 'vast request'],
    source: mediatailor('MediaTailor passing parameters to ADS', 'passing-paramters-to-the-ads'),
  },
  {
    id: 'mediatailor-infrastructure',
    services: ['mediatailor'],
    area: 'managed-infrastructure',
    name: 'The ad insertion and manifest infrastructure of MediaTailor',
    owner: 'aws',
    why: 'Infrastructure security in MediaTailor: as a managed service, MediaTailor is protected by AWS global network security; AWS runs the servers that personalize manifests and stitch ads.',
    aws: 'Operates, patches, scales and secures the ad insertion and channel assembly servers.',
    customer: 'Control API access with IAM and resource policies, and configure the origin, ADS and CDN securely.',
    phrases: ['mediatailor infrastructure', 'servers behind mediatailor', 'patch mediatailor', 'ad stitching servers', 'manifest servers'],
    source: mediatailor('Infrastructure security in MediaTailor', 'infrastructure-security'),
  },
];
