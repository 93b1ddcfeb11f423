import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const datazone = guide('https://docs.aws.amazon.com/datazone/latest/userguide', 'Amazon DataZone User Guide');
const cleanRooms = guide('https://docs.aws.amazon.com/clean-rooms/latest/userguide', 'AWS Clean Rooms User Guide');
const opensearch = guide('https://docs.aws.amazon.com/opensearch-service/latest/developerguide', 'Amazon OpenSearch Service Developer Guide');
const secureBrowser = guide('https://docs.aws.amazon.com/workspaces-web/latest/adminguide', 'Amazon WorkSpaces Secure Browser Administration Guide');
const ivs = guide('https://docs.aws.amazon.com/ivs/latest/userguide', 'Amazon IVS User Guide');
const licenseManager = guide('https://docs.aws.amazon.com/license-manager/latest/userguide', 'AWS License Manager User Guide');
const sitewise = guide('https://docs.aws.amazon.com/iot-sitewise/latest/userguide', 'AWS IoT SiteWise User Guide');
const kendra = guide('https://docs.aws.amazon.com/kendra/latest/dg', 'Amazon Kendra Developer Guide');
const lex = guide('https://docs.aws.amazon.com/lexv2/latest/dg', 'Amazon Lex V2 Developer Guide');
const transcribe = guide('https://docs.aws.amazon.com/transcribe/latest/dg', 'Amazon Transcribe Developer Guide');
const translate = guide('https://docs.aws.amazon.com/translate/latest/dg', 'Amazon Translate Developer Guide');
const polly = guide('https://docs.aws.amazon.com/polly/latest/dg', 'Amazon Polly Developer Guide');
const personalize = guide('https://docs.aws.amazon.com/personalize/latest/dg', 'Amazon Personalize Developer Guide');
const location = guide('https://docs.aws.amazon.com/location/latest/developerguide', 'Amazon Location Service Developer Guide');
const grafana = guide('https://docs.aws.amazon.com/grafana/latest/userguide', 'Amazon Managed Grafana User Guide');
const prometheus = guide('https://docs.aws.amazon.com/prometheus/latest/userguide', 'Amazon Managed Service for Prometheus User Guide');
const codeartifact = guide('https://docs.aws.amazon.com/codeartifact/latest/ug', 'AWS CodeArtifact User Guide');
const fis = guide('https://docs.aws.amazon.com/fis/latest/userguide', 'AWS Fault Injection Service User Guide');
const mwaa = guide('https://docs.aws.amazon.com/mwaa/latest/userguide', 'Amazon MWAA User Guide');
const fsxOntap = guide('https://docs.aws.amazon.com/fsx/latest/ONTAPGuide', 'FSx for ONTAP User Guide');
const batch = guide('https://docs.aws.amazon.com/batch/latest/userguide', 'AWS Batch User Guide');
const aiOptOutSyntax = { title: 'AI services opt-out policy syntax and examples (AWS Organizations User Guide)', url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_ai-opt-out_syntax.html' };

const awsOwnedKey = (service: string, extra: string[] = []) => ({
  when: 'AWS owned key (the default)',
  owner: 'aws' as const,
  default: true,
  cues: ['aws owned key', 'aws owned keys', 'default key', 'default encryption', 'service default key', ...extra],
  detail: `${service} encrypts the data with a key AWS owns and manages; there is nothing for you to rotate or protect.`,
});
const customerKey = (service: string, extra: string[] = []) => ({
  when: 'Customer managed KMS key',
  owner: 'shared' as const,
  cues: ['customer managed key', 'customer managed keys', 'customer managed kms key', 'our own kms key', 'our own key', 'own kms key', 'cmk', ...extra],
  detail: `${service} still encrypts, but the key policy, grants, rotation and not deleting or disabling the key are yours.`,
});

/**
 * The long tail: services with few documented duties of their own. Amazon DataZone, AWS Clean Rooms, Amazon
 * OpenSearch Serverless, Amazon WorkSpaces Secure Browser, Amazon IVS, AWS License Manager, AWS IoT SiteWise, and the
 * AI, observability, developer and workflow services (Kendra, Lex, Transcribe, Translate, Polly, Personalize, Location,
 * Managed Grafana and Prometheus, CodeArtifact, FIS, MWAA), plus FSx for ONTAP admin users and AWS Batch on Fargate.
 */
export const longTailDuties: DutyInput[] = [
  // Amazon DataZone
  {
    id: 'datazone-encryption-at-rest',
    services: ['datazone'],
    area: 'encryption-at-rest',
    name: 'Encryption at rest of DataZone domains',
    owner: 'aws',
    why: 'Amazon DataZone encrypts data at rest by default with AWS owned keys, a layer you cannot disable; you can choose a customer managed key when you create the domain, and then its key policies, grants and rotation are yours.',
    aws: 'Encrypts domain data at rest with AWS owned keys, or with the customer managed key you chose at domain creation.',
    customer: 'Choose a customer managed key at domain creation if you need control, and keep its key policy and grants in place.',
    tool: 'AWS KMS',
    phrases: ['datazone domain encryption', 'encrypt the datazone domain', 'datazone data at rest', 'key for the datazone domain', 'encryption of the business catalog'],
    conditions: [awsOwnedKey('Amazon DataZone'), customerKey('Amazon DataZone')],
    source: datazone('Data encryption at rest for Amazon DataZone', 'encryption-rest-datazone'),
  },
  {
    id: 'datazone-catalog-content',
    services: ['datazone'],
    area: 'data-classification',
    name: 'The data assets and metadata you publish to the DataZone catalog',
    owner: 'customer',
    why: 'Data protection in Amazon DataZone follows the shared responsibility model: AWS protects the infrastructure, you maintain control over your content, which includes the assets, glossaries and metadata you publish and who may subscribe to them.',
    aws: 'Protects the infrastructure DataZone runs on.',
    customer: 'Decide what is published, classify it with glossary terms and metadata forms, approve subscriptions, and keep sensitive data out of names and free-text fields.',
    phrases: ['publish data assets', 'business glossary', 'metadata we publish', 'approve subscription requests', 'what goes into the catalog', 'data assets in the catalog'],
    source: datazone('Data protection in Amazon DataZone', 'data-protection'),
  },

  // AWS Clean Rooms
  {
    id: 'clean-rooms-analysis-rules',
    services: ['clean-rooms'],
    area: 'iam',
    name: 'Analysis rules on your configured tables',
    owner: 'customer',
    why: 'An analysis rule is a privacy-enhancing control that each data owner sets up on a configured table: it decides how the table can be analysed in any collaboration; without one the table cannot be queried. AWS Clean Rooms enforces the most restrictive rules of the tables a query uses.',
    aws: 'Enforces the analysis rules and output constraints on every query.',
    customer: 'Choose the analysis rule type (aggregation, list, custom), the columns, aggregations, join controls and output constraints, and approve analysis templates.',
    phrases: ['analysis rules', 'analysis rule', 'configured table', 'aggregation rule', 'output constraints', 'which queries partners can run', 'analysis templates'],
    source: cleanRooms('Analysis rules in AWS Clean Rooms', 'analysis-rules'),
  },
  {
    id: 'clean-rooms-c3r-encryption',
    services: ['clean-rooms'],
    area: 'client-side-data',
    name: 'Encrypting tables with Cryptographic Computing for Clean Rooms (C3R)',
    owner: 'customer',
    why: 'C3R is a client-side encryption tool: you encrypt your tables with the C3R encryption client and a shared secret key before uploading them, so that what any party, and AWS, can learn is limited cryptographically.',
    aws: 'Provides the C3R client and runs the supported SQL on the encrypted columns.',
    customer: 'Create and share the secret key with the other members, encrypt tables with the C3R client before upload, and choose fingerprint, sealed and cleartext columns.',
    tool: 'C3R encryption client',
    phrases: ['c3r', 'cryptographic computing', 'encrypt before uploading to clean rooms', 'shared secret key', 'fingerprint columns', 'sealed columns'],
    source: cleanRooms('Cryptographic Computing for Clean Rooms', 'crypto-computing'),
  },
  {
    id: 'clean-rooms-infrastructure',
    services: ['clean-rooms'],
    area: 'managed-infrastructure',
    name: 'The infrastructure that runs Clean Rooms queries',
    owner: 'aws',
    why: 'As a managed service, AWS Clean Rooms is protected by AWS global network security; when it reads your S3 bucket during a query, the traffic stays on the AWS private network, signed with SigV4 and encrypted with HTTPS.',
    aws: 'Runs, patches and secures the query engine and its network.',
    customer: 'Scope the service role Clean Rooms uses to read your data.',
    phrases: ['clean rooms infrastructure', 'servers that run the collaboration queries', 'query engine', 'who patches clean rooms'],
    source: cleanRooms('Infrastructure security in AWS Clean Rooms', 'infrastructure-security'),
  },

  // Amazon OpenSearch Serverless
  {
    id: 'opensearch-serverless-encryption',
    services: ['opensearch-serverless'],
    area: 'encryption-at-rest',
    name: 'Encryption policies of OpenSearch Serverless collections',
    owner: 'aws',
    why: 'Every OpenSearch Serverless collection must match an encryption policy before it can be created; the policy assigns an AWS owned key or a customer managed KMS key to the collections it matches.',
    aws: 'Encrypts the collection data at rest with the key the encryption policy names.',
    customer: 'Write encryption policies that cover your collections, and with a customer managed key keep its key policy and grants in place.',
    tool: 'AWS KMS',
    phrases: ['encryption policy', 'encryption policies', 'collection encryption', 'encrypt the collection', 'collection key'],
    conditions: [awsOwnedKey('OpenSearch Serverless', ['awsownedkey']), customerKey('OpenSearch Serverless')],
    source: { title: 'AWS::OpenSearchServerless::SecurityPolicy (AWS CloudFormation User Guide)', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchserverless-securitypolicy.html' },
  },
  {
    id: 'opensearch-serverless-network-policy',
    services: ['opensearch-serverless'],
    area: 'network-acls-routing',
    name: 'Network policies: public or VPC endpoint access to collections',
    owner: 'customer',
    why: 'For OpenSearch Serverless collections, the network settings you write in network policies decide whether the OpenSearch and OpenSearch Dashboards endpoints are reachable from the internet or only privately through VPC endpoints.',
    aws: 'Enforces the network policy on the collection and Dashboards endpoints.',
    customer: 'Write network policies that keep production collections private (OpenSearch Serverless-managed VPC endpoints) and avoid AllowFromPublic.',
    phrases: ['network policy', 'network policies', 'public access to the collection', 'collection endpoint public', 'vpc endpoint for the collection', 'allowfrompublic', 'dashboards endpoint'],
    source: opensearch('Network access for Amazon OpenSearch Serverless', 'serverless-network'),
  },
  {
    id: 'opensearch-serverless-data-access',
    services: ['opensearch-serverless'],
    area: 'iam',
    name: 'Data access policies for collections and indexes',
    owner: 'customer',
    why: 'Data access policies limit access to collections and the indexes in them, whatever the access mechanism or network source: which principals may read, write or create indexes is what you grant in them.',
    aws: 'Evaluates data access policies on every request.',
    customer: 'Grant each principal only the collection and index permissions it needs (aoss:* only where justified) and review the policies.',
    phrases: ['data access policy', 'data access policies', 'index permissions', 'who can query the collection', 'aoss permissions', 'grant access to indexes'],
    source: opensearch('Data access control for Amazon OpenSearch Serverless', 'serverless-data-access'),
  },

  {
    id: 'opensearch-serverless-capacity',
    services: ['opensearch-serverless'],
    area: 'capacity-scaling',
    name: 'Provisioning and scaling OpenSearch Compute Units (OCUs)',
    owner: 'aws',
    why: 'OpenSearch Serverless removes the provisioning, configuring and tuning of clusters: it provisions and scales the compute capacity (OCUs) for indexing and search automatically with the workload.',
    aws: 'Provisions and scales OCUs for indexing and search.',
    customer: 'Set maximum OCU limits to cap cost.',
    phrases: ['scales capacity', 'ocus', 'ocu', 'opensearch compute units', 'scale the collections', 'capacity of collections', 'add nodes when load grows', 'indexing capacity'],
    source: opensearch('What is Amazon OpenSearch Serverless?', 'serverless-overview'),
  },

  // Amazon WorkSpaces Secure Browser
  {
    id: 'secure-browser-encryption-in-transit',
    services: ['workspaces-secure-browser'],
    area: 'encryption-in-transit',
    name: 'Encryption in transit to the secure browser service',
    owner: 'aws',
    why: 'WorkSpaces Secure Browser encrypts data in transit over HTTPS and TLS 1.2; encryption in transit and secure connections are configured by default.',
    aws: 'Terminates TLS for the console, API and streaming connections.',
    customer: 'Use current browsers and clients that support TLS 1.2 or later.',
    phrases: ['tls', 'https', 'encryption in transit', 'traffic encrypted', 'session encrypted'],
    source: secureBrowser('Encryption in transit for Amazon WorkSpaces Secure Browser', 'encryption-transit'),
  },
  {
    id: 'secure-browser-portal-identity',
    services: ['workspaces-secure-browser'],
    area: 'federation',
    name: 'The identity provider and MFA protecting the web portal',
    owner: 'customer',
    why: 'The web portal endpoint of WorkSpaces Secure Browser is protected by your identity provider: who can sign in, and multi-factor authentication, are configured in your IdP.',
    aws: 'Federates portal sign-in with the identity provider you configure.',
    customer: 'Connect your SAML IdP (or IAM Identity Center), require MFA there, and remove users who leave.',
    phrases: ['web portal', 'portal login', 'identity provider', 'who can log in to the portal', 'mfa for the portal', 'saml'],
    source: secureBrowser('Infrastructure security in Amazon WorkSpaces Secure Browser', 'infrastructure-security'),
  },
  {
    id: 'secure-browser-network-settings',
    services: ['workspaces-secure-browser'],
    area: 'network-acls-routing',
    name: 'VPC, subnets and security groups that control browsing',
    owner: 'customer',
    why: 'All internet access of WorkSpaces Secure Browser sessions can be controlled by configuring network settings such as the VPC, subnets and security groups; those settings are yours.',
    aws: 'Places the browser sessions in the network settings you choose.',
    customer: 'Choose the VPC, subnets and security groups, and route internet access through your NAT and filtering.',
    phrases: ['network settings', 'which sites can users reach', 'internet access of the browser', 'vpc for the portal', 'security groups of the portal'],
    source: secureBrowser('Infrastructure security in Amazon WorkSpaces Secure Browser', 'infrastructure-security'),
  },

  // Amazon IVS
  {
    id: 'ivs-playback-authorization',
    services: ['ivs'],
    area: 'iam',
    name: 'Private channels: playback authorization and signed tokens',
    owner: 'customer',
    why: 'Requiring playback authorization on an IVS channel is optional; with it on, IVS checks every playback request for a JSON Web Token that you sign with your playback authorization key. Whether viewers need a token, and who gets one, is your decision.',
    aws: 'Verifies the playback token on channels with authorization enabled.',
    customer: 'Enable playback authorization on private channels, keep the playback key pair private, and issue short-lived tokens only to entitled viewers.',
    phrases: ['private channel', 'private channels', 'playback authorization', 'playback token', 'signed jwt', 'playback key pair', 'who can watch the stream'],
    source: ivs('Setting Up IVS Private Channels', 'private-channels'),
  },
  {
    id: 'ivs-infrastructure',
    services: ['ivs'],
    area: 'managed-infrastructure',
    name: 'The ingest, transcoding and delivery infrastructure of IVS',
    owner: 'aws',
    why: 'As a managed service, Amazon IVS is protected by AWS global network security: AWS runs the ingest endpoints, processing and edge delivery; playback is over HTTPS and ingest over RTMPS unless the channel allows insecure ingest.',
    aws: 'Runs and secures ingest, transcoding and edge delivery.',
    customer: 'Keep insecure (RTMP) ingest off, and restrict API access with IAM and resource policies.',
    phrases: ['ivs infrastructure', 'ingest servers', 'transcoding servers', 'edge delivery', 'who runs the streaming servers'],
    source: ivs('IVS Infrastructure Security', 'security-infrastructure'),
  },

  // AWS License Manager
  {
    id: 'license-manager-license-rules',
    services: ['license-manager'],
    area: 'configuration-compliance',
    name: 'Self-managed license rules that match your agreements',
    owner: 'customer',
    why: 'Self-managed licenses contain licensing rules based on the terms of your enterprise agreements; the rules you create decide how AWS processes commands that consume licenses, and AWS tells you to work with your compliance team on them.',
    aws: 'Tracks license consumption and enforces the rules you configure.',
    customer: 'Read your vendor agreements, encode them as self-managed licenses (vCPU, core, socket, instance counts and hard limits) and associate them with AMIs and instances.',
    phrases: ['license rules', 'self managed licenses', 'license configuration', 'vendor license terms', 'byol licenses', 'license counts'],
    source: licenseManager('Self-managed licenses in License Manager', 'license-configurations'),
  },
  {
    id: 'license-manager-infrastructure',
    services: ['license-manager'],
    area: 'managed-infrastructure',
    name: 'The infrastructure License Manager runs on',
    owner: 'aws',
    why: 'As a managed service, AWS License Manager is protected by AWS global network security; you reach it through AWS API calls over TLS signed by IAM principals.',
    aws: 'Runs, patches and secures the service.',
    customer: 'Control who may change licenses with IAM.',
    phrases: ['license manager infrastructure', 'who patches license manager', 'license manager servers'],
    source: licenseManager('Infrastructure security in License Manager', 'infrastructure-security'),
  },

  // AWS IoT SiteWise
  {
    id: 'sitewise-encryption-at-rest',
    services: ['iot-sitewise'],
    area: 'encryption-at-rest',
    name: 'Encryption of SiteWise data with the default or a customer managed key',
    owner: 'aws',
    why: 'AWS IoT SiteWise encrypts data with its default key (SITEWISE_DEFAULT_ENCRYPTION) unless you set the default encryption configuration of the account to a customer managed KMS key (KMS_BASED_ENCRYPTION).',
    aws: 'Encrypts asset data with the SiteWise default key, or with your key under KMS-based encryption.',
    customer: 'Choose KMS-based encryption if you need control of the key, and keep that key enabled and its policy in place.',
    tool: 'PutDefaultEncryptionConfiguration, AWS KMS',
    phrases: ['sitewise encryption', 'asset data encryption', 'default encryption configuration', 'kms based encryption', 'industrial data encryption'],
    conditions: [
      awsOwnedKey('AWS IoT SiteWise', ['sitewise default encryption', 'sitewise default key']),
      customerKey('AWS IoT SiteWise', ['kms based encryption']),
    ],
    source: sitewise('Key management in AWS IoT SiteWise', 'key-management'),
  },

  // Amazon Kendra
  {
    id: 'kendra-document-access-control',
    services: ['kendra'],
    area: 'iam',
    name: 'Document-level access control (ACLs) on indexed documents',
    owner: 'customer',
    why: 'Kendra ingests an access control list with most documents, and documents without one are public; filtering results by user or group works only from the ACLs and user context you provide (an ACL file for S3 sources, Principal objects for BatchPutDocument) and you reconfigure it when access changes.',
    aws: 'Filters search results by the ACLs and the user context in the query.',
    customer: 'Provide ACLs for every data source, pass the user token or user and groups with each query, and update access control configurations when people move or leave.',
    misconception: 'Kendra does not know who may read a document unless its ACL is ingested: a document without an ACL is returned to everyone.',
    phrases: ['document acls', 'document level access control', 'user context filtering', 'acl file', 'search results show documents users should not see', 'access control list for documents', 'user token'],
    source: kendra('Filtering on user context', 'user-context-filter'),
  },
  {
    id: 'kendra-encryption-at-rest',
    services: ['kendra'],
    area: 'encryption-at-rest',
    name: 'Encryption of the Kendra index at rest',
    owner: 'aws',
    why: 'Amazon Kendra encrypts your data at rest with an AWS owned KMS key by default, or with the AWS managed key aws/kendra or a customer managed key you choose; a customer managed key needs a key policy that lets Kendra use it.',
    aws: 'Encrypts index contents with the key you chose, the AWS owned key by default.',
    customer: 'With a customer managed key, grant Kendra use of it in the key policy and manage its lifecycle.',
    tool: 'AWS KMS',
    phrases: ['index encryption', 'encrypt the kendra index', 'kendra data at rest', 'kendra kms key'],
    conditions: [awsOwnedKey('Amazon Kendra', ['aws managed key', 'aws/kendra']), customerKey('Amazon Kendra')],
    source: kendra('Encryption at rest', 'encryption-at-rest'),
  },

  // Amazon Lex
  {
    id: 'lex-stored-data-encryption',
    services: ['lex'],
    area: 'encryption-at-rest',
    name: 'Encryption of utterances and session data Lex stores',
    owner: 'aws',
    why: 'Amazon Lex V2 encrypts user utterances and other information it stores: sample utterances and slot values are encrypted at rest, and session attributes persist in an encrypted store for the session.',
    aws: 'Encrypts sample utterances, slot values and session attributes it stores.',
    customer: 'Keep secrets out of session and request attributes.',
    phrases: ['utterances encrypted', 'sample utterances', 'session attributes', 'bot data at rest', 'stored utterances'],
    source: lex('Encryption at rest', 'encryption-at-rest'),
  },
  {
    id: 'lex-conversation-logs',
    services: ['lex'],
    area: 'monitoring',
    name: 'Enabling and encrypting conversation logs of a bot',
    owner: 'customer',
    why: 'Conversation logs are off until you enable text or audio logs on a bot alias; text logs go to your CloudWatch Logs log group and audio to your S3 bucket, which you can encrypt with customer managed KMS keys.',
    aws: 'Delivers text and audio logs to the destinations you configure.',
    customer: 'Enable logs per alias, encrypt the log group and bucket with your KMS keys, and set retention; logs are not available for COPPA bots.',
    phrases: ['conversation logs', 'text logs', 'audio logs', 'log bot conversations', 'bot transcripts', 'encrypt the conversation logs'],
    source: lex('Logging conversations with conversation logs in Lex V2', 'conversation-logs'),
  },
  {
    id: 'lex-ai-opt-out',
    services: ['lex'],
    area: 'client-side-data',
    name: 'Opting out of content use for service improvement',
    owner: 'customer',
    why: 'AI services such as Lex may use content they process to improve the service unless an AWS Organizations AI services opt-out policy opts the account out.',
    aws: 'Honours the opt-out policy attached to the organization, OU or account.',
    customer: 'Attach an AI services opt-out policy (default or lex) if your bot content must not be used.',
    phrases: ['opt out', 'ai opt out policy', 'use our conversations to improve', 'service improvement', 'train on our data'],
    source: aiOptOutSyntax,
  },

  // Amazon Transcribe
  {
    id: 'transcribe-output-encryption',
    services: ['transcribe'],
    area: 'encryption-at-rest',
    name: 'Encryption of transcripts written to your bucket',
    owner: 'aws',
    why: 'Amazon Transcribe encrypts the transcripts it places in your Amazon S3 bucket with the default Amazon S3 key (SSE-S3); you can specify your own KMS key for the output of a transcription job.',
    aws: 'Encrypts job output with SSE-S3, or with the KMS key you name in OutputEncryptionKMSKeyId.',
    customer: 'Name a KMS key for sensitive transcripts and grant the caller kms:Encrypt on it.',
    tool: 'OutputEncryptionKMSKeyId, AWS KMS',
    phrases: ['transcript encryption', 'transcription output', 'transcripts at rest', 'transcription job output', 'encrypt transcripts'],
    conditions: [
      { when: 'Default Amazon S3 key (SSE-S3)', owner: 'aws', default: true, cues: ['sse s3', 'default s3 key', 'default key', 'no kms key'], detail: 'Transcribe encrypts the transcripts with the default Amazon S3 key.' },
      { when: 'Your KMS key for the job output', owner: 'shared', cues: ['our kms key', 'own kms key', 'customer managed key', 'outputencryptionkmskeyid', 'kms key for the output'], detail: 'Transcribe encrypts with the key you name; the key, its policy and permissions are yours.' },
    ],
    source: transcribe('Data encryption', 'data-encryption'),
  },
  {
    id: 'transcribe-ai-opt-out',
    services: ['transcribe'],
    area: 'client-side-data',
    name: 'Opting out of audio and transcript use for service improvement',
    owner: 'customer',
    why: 'AI services such as Transcribe may use content they process to improve the service unless an AWS Organizations AI services opt-out policy opts the account out.',
    aws: 'Honours the opt-out policy.',
    customer: 'Attach an AI services opt-out policy if recordings must not be used.',
    phrases: ['opt out', 'ai opt out policy', 'use our recordings to improve', 'service improvement', 'train on our calls'],
    source: aiOptOutSyntax,
  },

  // Amazon Translate
  {
    id: 'translate-terminology-encryption',
    services: ['translate'],
    area: 'encryption-at-rest',
    name: 'Encryption of custom terminologies',
    owner: 'aws',
    why: 'Each custom terminology is encrypted when created; AWS encryption is the default, or you choose a KMS key of your account or another account.',
    aws: 'Encrypts custom terminologies with AWS encryption or the key you choose.',
    customer: 'With your own key, keep its policy and lifecycle.',
    tool: 'AWS KMS',
    phrases: ['custom terminology', 'custom terminologies', 'terminology encryption', 'glossary encryption', 'parallel data'],
    conditions: [
      { when: 'AWS encryption (the default)', owner: 'aws', default: true, cues: ['aws encryption', 'default encryption', 'default key', 'aws owned key'], detail: 'Translate encrypts the terminology with AWS encryption.' },
      customerKey('Amazon Translate'),
    ],
    source: translate('Encrypting your terminology', 'protect-terminology'),
  },
  {
    id: 'translate-ai-opt-out',
    services: ['translate'],
    area: 'client-side-data',
    name: 'Opting out of text use for service improvement',
    owner: 'customer',
    why: 'AI services such as Translate may use content they process to improve the service unless an AWS Organizations AI services opt-out policy opts the account out.',
    aws: 'Honours the opt-out policy.',
    customer: 'Attach an AI services opt-out policy if translated text must not be used.',
    phrases: ['opt out', 'ai opt out policy', 'use our text to improve', 'service improvement', 'train on our documents'],
    source: aiOptOutSyntax,
  },

  // Amazon Polly
  {
    id: 'polly-output-storage',
    services: ['polly'],
    area: 'encryption-at-rest',
    name: 'Storing and encrypting synthesized speech',
    owner: 'customer',
    why: 'SynthesizeSpeech is stateless: Polly keeps no copy of the audio, which you save on your own system and encrypt with a key of your choice in Amazon S3 or other storage.',
    aws: 'Returns the audio; keeps no copy you could retrieve later.',
    customer: 'Store the audio files and encrypt them (S3 default encryption or SSE-KMS).',
    phrases: ['synthesized audio', 'audio files polly generates', 'speech output', 'mp3 files', 'store the audio'],
    source: polly('Encryption at Rest', 'encryption-at-rest'),
  },
  {
    id: 'polly-text-in-transit',
    services: ['polly'],
    area: 'encryption-in-transit',
    name: 'TLS for submitted text, which Polly does not retain',
    owner: 'aws',
    why: 'All text submitted to Amazon Polly is protected by TLS in transit, and Polly does not retain the content of the submitted text.',
    aws: 'Encrypts requests with TLS and discards the submitted text.',
    customer: 'Call Polly over its HTTPS endpoints with current SDKs.',
    phrases: ['text we send', 'submitted text', 'does polly keep the text', 'encryption in transit', 'tls'],
    source: polly('Encryption in Transit', 'encryption-in-transit'),
  },

  // Amazon Personalize
  {
    id: 'personalize-encryption-at-rest',
    services: ['personalize'],
    area: 'encryption-at-rest',
    name: 'Encryption of datasets and models stored in Personalize',
    owner: 'aws',
    why: 'Any data stored within Amazon Personalize is always encrypted at rest with Personalize managed KMS keys; if you give your own KMS key when you create a resource such as a dataset group, Personalize uses it.',
    aws: 'Encrypts stored data with Personalize managed keys or the key you provide.',
    customer: 'With your own key, grant Personalize and its service role use of it.',
    tool: 'AWS KMS',
    phrases: ['dataset encryption', 'interactions data at rest', 'dataset group key', 'personalize data encrypted'],
    conditions: [
      { when: 'Personalize managed keys (the default)', owner: 'aws', default: true, cues: ['personalize managed key', 'personalize managed keys', 'default key', 'default encryption'], detail: 'Personalize encrypts with keys it manages.' },
      customerKey('Amazon Personalize'),
    ],
    source: personalize('Data encryption in Amazon Personalize', 'data-encryption'),
  },
  {
    id: 'personalize-key-permissions',
    services: ['personalize'],
    area: 'key-management',
    name: 'Letting Personalize use your KMS key',
    owner: 'customer',
    why: 'If you specify a KMS key, or your S3 bucket uses one, your key policy and the IAM policy of your service role must grant Personalize Decrypt, GenerateDataKey, DescribeKey, CreateGrant and ListGrants; revoking them later breaks filters and recommendations.',
    aws: 'Uses the key within the permissions you grant.',
    customer: 'Grant the key permissions in the key policy and the role policy, and do not revoke them while resources use the key.',
    phrases: ['key policy for personalize', 'personalize kms permissions', 'service role kms', 'grant personalize the key'],
    source: personalize('Giving Amazon Personalize permission to use your AWS KMS key', 'granting-personalize-key-access'),
  },

  // Amazon Location Service
  {
    id: 'location-encryption-at-rest',
    services: ['location'],
    area: 'encryption-at-rest',
    name: 'Encryption of device positions and geofences',
    owner: 'aws',
    why: 'Amazon Location encrypts personally identifiable data at rest (device positions, geofence geometries, ids) with AWS owned keys, a layer you cannot disable; you can add a second layer with a customer managed key on trackers and geofence collections.',
    aws: 'Encrypts positions and geofences with AWS owned keys, and with your key as a second layer when you choose one.',
    customer: 'Add a customer managed key to trackers and geofence collections if you need control, and manage that key.',
    tool: 'AWS KMS',
    phrases: ['device positions', 'tracker encryption', 'geofence encryption', 'geofence collection', 'location data at rest', 'trackers'],
    conditions: [awsOwnedKey('Amazon Location Service'), customerKey('Amazon Location Service', ['second layer of encryption'])],
    source: location('Data encryption at rest for Amazon Location Service', 'encryption-at-rest'),
  },
  {
    id: 'location-encryption-in-transit',
    services: ['location'],
    area: 'encryption-in-transit',
    name: 'TLS for requests to Amazon Location',
    owner: 'aws',
    why: 'Amazon Location encrypts all inter-network data in transit with TLS 1.2 automatically, and HTTPS requests to its APIs are signed with SigV4.',
    aws: 'Terminates TLS on the service endpoints.',
    customer: 'Send device positions over HTTPS from current SDKs.',
    phrases: ['tls', 'encryption in transit', 'positions in transit', 'https to location'],
    source: location('Data encryption in transit for Amazon Location Service', 'encryption-in-transit'),
  },

  // Amazon Managed Grafana
  {
    id: 'grafana-workspace-permissions',
    services: ['managed-grafana'],
    area: 'iam',
    name: 'IAM permissions to create and manage Grafana workspaces',
    owner: 'customer',
    why: 'Access to Amazon Managed Grafana actions and data requires credentials with IAM permissions (grafana:CreateWorkspace, UpdatePermissions and so on); you decide who holds them.',
    aws: 'Enforces IAM on every Managed Grafana API call.',
    customer: 'Grant workspace administration only to the people who need it, and scope the workspace service role to the data sources used.',
    phrases: ['grafana workspace permissions', 'who can create workspaces', 'create and delete workspaces', 'which people can create workspaces', 'grafana iam', 'workspace service role', 'data source permissions'],
    source: grafana('IAM permissions', 'AMG-and-IAM'),
  },
  {
    id: 'grafana-user-roles',
    services: ['managed-grafana'],
    area: 'federation',
    name: 'Admin and Editor roles of workspace users',
    owner: 'customer',
    why: 'Which users and groups (from IAM Identity Center or your SAML IdP) have the Grafana Admin or Editor role in a workspace is a permission you set with UpdatePermissions.',
    aws: 'Applies the roles you assign at sign-in.',
    customer: 'Assign Admin and Editor to the fewest users, map SAML assertions to roles, and review the assignments.',
    phrases: ['grafana admin role', 'grafana editor role', 'who is admin in grafana', 'dashboard editors', 'saml role mapping'],
    source: grafana('IAM permissions', 'AMG-and-IAM'),
  },

  // Amazon Managed Service for Prometheus
  {
    id: 'prometheus-encryption-at-rest',
    services: ['managed-prometheus'],
    area: 'encryption-at-rest',
    name: 'Encryption of metrics stored in a Prometheus workspace',
    owner: 'aws',
    why: 'Amazon Managed Service for Prometheus encrypts the data stored in a workspace; you can give your own KMS key (kmsKeyArn) when you create the workspace, and that key is then yours to manage.',
    aws: 'Encrypts workspace data at rest, with its own key or the key you give at creation.',
    customer: 'Give a customer managed key at workspace creation if you need control of it, and manage the key.',
    tool: 'AWS KMS',
    phrases: ['metrics encryption', 'workspace encryption', 'prometheus metrics at rest', 'kmskeyarn'],
    conditions: [awsOwnedKey('Amazon Managed Service for Prometheus'), customerKey('Amazon Managed Service for Prometheus')],
    source: prometheus('Create a Amazon Managed Service for Prometheus workspace', 'AMP-create-workspace'),
  },

  // AWS CodeArtifact
  {
    id: 'codeartifact-encryption-at-rest',
    services: ['codeartifact'],
    area: 'encryption-at-rest',
    name: 'Encryption of package assets in a domain',
    owner: 'aws',
    why: 'All assets stored in CodeArtifact are encrypted with one KMS key per domain: an AWS managed key by default, or a customer managed key you specify when you create the domain.',
    aws: 'Encrypts every asset of the domain with its KMS key.',
    customer: 'Choose a customer managed key at domain creation if you need control, and keep it enabled.',
    tool: 'AWS KMS',
    phrases: ['package encryption', 'artifact encryption', 'domain key', 'assets at rest', 'packages encrypted'],
    conditions: [
      { when: 'AWS managed key (the default)', owner: 'aws', default: true, cues: ['aws managed key', 'default key', 'default encryption', 'aws/codeartifact'], detail: 'CodeArtifact encrypts the domain with an AWS managed key.' },
      customerKey('AWS CodeArtifact'),
    ],
    source: codeartifact('Data encryption', 'security-encryption'),
  },
  {
    id: 'codeartifact-encryption-in-transit',
    services: ['codeartifact'],
    area: 'encryption-in-transit',
    name: 'TLS to CodeArtifact and its upstream repositories',
    owner: 'aws',
    why: 'All communication between customers and CodeArtifact, and between CodeArtifact and its downstream dependencies, is protected with TLS by default.',
    aws: 'Encrypts client and upstream connections with TLS.',
    customer: 'Point package managers at the HTTPS repository endpoint.',
    phrases: ['tls', 'encryption in transit', 'npm install over https', 'upstream connections', 'pulling packages encrypted'],
    source: codeartifact('Data encryption', 'security-encryption'),
  },

  // AWS Fault Injection Service
  {
    id: 'fis-stop-conditions',
    services: ['fis'],
    area: 'configuration-management',
    name: 'Stop conditions and targets of an experiment',
    owner: 'customer',
    why: 'An experiment template holds the actions, the targets and the stop conditions: CloudWatch alarms you define at the threshold where application performance is no longer acceptable; AWS FIS stops the experiment only when one of them triggers.',
    aws: 'Runs the actions and stops the experiment when a stop condition alarm fires.',
    customer: 'Define targets narrowly (tags, COUNT), attach stop-condition alarms to every template, and run experiments in a controlled window.',
    phrases: ['stop conditions', 'stop condition', 'experiment template', 'blast radius', 'chaos experiment goes too far', 'experiment targets'],
    source: fis('AWS FIS experiment template components', 'experiment-templates'),
  },
  {
    id: 'fis-experiment-role',
    services: ['fis'],
    area: 'iam',
    name: 'The IAM experiment role FIS acts with',
    owner: 'customer',
    why: 'AWS FIS runs experiments with the permissions of the IAM experiment role you give the template; what it may stop, terminate or disrupt is what that role allows.',
    aws: 'Assumes the experiment role to run the actions.',
    customer: 'Scope the experiment role to the actions and resources of the experiment, and restrict who may start experiments.',
    phrases: ['experiment role', 'fis role', 'what fis can terminate', 'who can start experiments', 'fis permissions'],
    source: fis('AWS FIS experiment template components', 'experiment-templates'),
  },

  // Amazon MWAA
  {
    id: 'mwaa-airflow-version-upgrade',
    services: ['mwaa'],
    area: 'runtime-patching',
    name: 'Upgrading the Apache Airflow version of an environment',
    owner: 'customer',
    why: 'Amazon MWAA builds images that bundle Apache Airflow releases; once an environment is created it keeps using the image version you chose until you upgrade it, after checking that your DAGs, plugins and requirements work with the new version.',
    aws: 'Builds and publishes the Airflow images and runs the upgrade you start.',
    customer: 'Plan and start Airflow version upgrades before deprecation, and test DAGs, plugins and requirements.txt against the new version.',
    phrases: ['airflow version', 'upgrade airflow', 'airflow upgrade', 'new airflow version', 'deprecated airflow version', 'image version'],
    source: mwaa('Apache Airflow versions on Amazon Managed Workflows for Apache Airflow', 'airflow-versions'),
  },
  {
    id: 'mwaa-source-bucket',
    services: ['mwaa'],
    area: 'resource-policies',
    name: 'The S3 bucket holding DAGs, plugins and requirements',
    owner: 'customer',
    why: 'An MWAA environment reads its DAGs, plugins and requirements from your Amazon S3 bucket, which must block all public access and have versioning enabled; that bucket and who may write to it are yours.',
    aws: 'Reads the code from the bucket version you point the environment to.',
    customer: 'Keep the bucket private with versioning on, and restrict who can write DAGs and requirements to it.',
    phrases: ['dags bucket', 'dag bucket', 'requirements.txt bucket', 'who can upload dags', 'plugins bucket'],
    source: mwaa('Update an Amazon MWAA environment', 'update-environment'),
  },

  // Amazon FSx for NetApp ONTAP
  {
    id: 'fsx-ontap-admin-users',
    services: ['fsx'],
    area: 'iam',
    name: 'The fsxadmin and vsadmin users of an FSx for ONTAP file system',
    owner: 'customer',
    why: 'When you create an FSx for ONTAP file system, a default ONTAP user is created at the file system level (fsxadmin, unrestricted rights) and at the SVM level (vsadmin); their passwords, additional users and roles are yours to manage.',
    aws: 'Creates the default users and enforces ONTAP role-based access control.',
    customer: 'Set strong fsxadmin and vsadmin passwords (keep them in Secrets Manager), create least-privilege users, and use fsxadmin-readonly for monitoring.',
    phrases: ['fsxadmin', 'vsadmin', 'ontap admin password', 'ontap users', 'ontap cli access', 'svm admin password'],
    source: fsxOntap('ONTAP roles and users', 'roles-and-users'),
  },

  // AWS Batch on Fargate
  {
    id: 'batch-fargate-host-patching',
    services: ['aws-batch'],
    area: 'guest-os-patching',
    name: 'Hosts under Batch jobs on Fargate resources',
    owner: 'aws',
    why: 'With Fargate resources, AWS Batch runs jobs without servers or EC2 instances for you to provision, configure or patch: each Fargate job has its own isolation boundary, and the underlying hosts are AWS\'s.',
    aws: 'Runs, patches and isolates the Fargate capacity the jobs run on.',
    customer: 'Patch the container images of the jobs, and define networking and IAM for them.',
    phrases: ['batch on fargate', 'fargate compute environment', 'fargate jobs', 'batch fargate hosts', 'patch the fargate capacity'],
    source: batch('Fargate compute environments', 'fargate'),
  },
];
