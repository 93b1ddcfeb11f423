import { ask, type DutyPhrasing } from './types.js';

export const mediaPhrasings: DutyPhrasing[] = [
  // AWS Elemental MediaLive
  ask('medialive-input-security-groups', 'customer', 'who decides which ips are allowed to push into our medialive rtmp input'),
  ask('medialive-input-security-groups', 'customer', 'medialive input security group allows the whole internet, does aws lock that down or do we'),
  ask('medialive-input-security-groups', 'customer', 'anyone can push a stream to our elemental medialive push input, whose fix is that'),
  ask('medialive-infrastructure', 'aws', 'do we have to patch the encoders that medialive runs our channels on?'),
  ask('medialive-infrastructure', 'aws', 'medialive encoding servers need os updates - is that on us or amazon'),
  ask('medialive-pipeline-redundancy', 'customer', 'we went with a single pipeline medialive channel to save $$ and it died mid-event, who was supposed to make it redundant'),
  ask('medialive-pipeline-redundancy', 'customer', 'who decides if a medialive channel gets standard class with two pipelines'),
  ask('medialive-pipeline-redundancy', 'customer', 'doesnt aws give every medialive channel pipeline redundancy automaticaly?'),
  ask('medialive-channel-resiliency-shared', 'shared', "our standard medialive channel has two pipelines - is the whole live stream's resiliency aws's now?"),
  ask('medialive-channel-resiliency-shared', 'shared', 'who makes a two-pipeline medialive workflow actually redundant from source to cdn'),
  ask('medialive-srt-encryption', 'customer', 'medialive srt output needs a passphrase - who creates that secret in secrets manager'),
  ask('medialive-srt-encryption', 'customer', 'who handles encryption of the srt stream coming out of medialive to our partner'),
  ask('medialive-link-device-updates', 'shared', 'who keeps the software on our elemental link box up to date'),
  ask('medialive-link-device-updates', 'shared', 'our link device never gets updates because the channel runs 24/7, whose problem is that'),

  // AWS Elemental MediaConvert
  ask('mediaconvert-infrastructure', 'aws', 'who patches the servers that run our mediaconvert jobs'),
  ask('mediaconvert-infrastructure', 'aws', 'elemental mediaconvert transcoding fleet - os updates on those boxes are on aws right?'),

  // AWS Elemental MediaPackage and SPEKE
  ask('mediapackage-drm-key-provider', 'customer', 'mediapackage speke integration: who runs the drm key server'),
  ask('mediapackage-drm-key-provider', 'customer', 'does aws operate the license server for drm on mediapackage or is that our vendor'),
  ask('mediapackage-drm-key-provider', 'customer', 'for mediaconvert drm encryption, who provides the content keys through speke'),
  ask('mediapackage-infrastructure', 'aws', 'who patches the packaging servers behind mediapackage'),
  ask('mediapackage-infrastructure', 'aws', 'mediapackage infrastructure security - aws or us?'),
  ask('mediapackage-cdn-authorization', 'customer', 'people are pulling our stream straight from the mediapackage endpoint and skipping cloudfront, who locks that down'),
  ask('mediapackage-cdn-authorization', 'customer', 'who sets up the cdn identifier header + secret for mediapackage v2'),
  ask('mediapackage-cdn-authorization', 'customer', 'mediapackage origin endpoint policy so only our cdn can fetch - us or aws?'),

  // AWS Elemental MediaConnect
  ask('mediaconnect-flow-encryption', 'customer', 'who sets up srt passphrase encryption on our mediaconnect flow'),
  ask('mediaconnect-flow-encryption', 'customer', 'mediaconnect static key encryption for an entitlement to a partner - is storing the key our job'),
  ask('mediaconnect-infrastructure', 'aws', 'who maintains the servers that carry mediaconnect flows'),
  ask('mediaconnect-infrastructure', 'aws', 'patch mediaconnect - is there anything for us to do'),

  // AWS Elemental MediaTailor
  ask('mediatailor-ad-decision-server', 'customer', 'our mediatailor ads url still uses http, who changes it to https'),
  ask('mediatailor-ad-decision-server', 'customer', 'which player variables mediatailor forwards to the ad decision server - aws decides or we do?'),
  ask('mediatailor-infrastructure', 'aws', 'who runs the ad stitching servers for mediatailor'),
  ask('mediatailor-infrastructure', 'aws', 'do we patch anything for elemental mediatailor infrastructure'),

  // Secrets Manager secrets of a media workflow (DRM and ad partner credentials): setting up their rotation
  ask('secrets-manager-rotation', 'customer', 'ad partner api key in secrets manager - who has to set up rotation with a rotation lambda', 'Secret you created, rotation not configured (the default)'),
  ask('secrets-manager-rotation', 'customer', 'who sets up rotation for the drm vendor token we keep in secrets manager'),
  ask('mediapackage-drm-key-provider', 'customer', 'who wires up fairplay and widevine drm for our mediapackage endpoints'),
  ask('mediapackage-drm-key-provider', 'customer', 'do we have to configure playready/widevine encryption on mediapackage ourselves?'),
  ask('mediatailor-preconditioned-ads', 'customer', 'we skip mediatailor transcoding and hand it our own pre-encoded ad creatives, who makes sure their renditions line up with the stream'),
  ask('mediatailor-preconditioned-ads', 'customer', 'mediatailor ad conditioning set to none and ads are getting skipped because they don\'t match the manifest, aws problem?'),
];
