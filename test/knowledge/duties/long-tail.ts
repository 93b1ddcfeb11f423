import { ask, type DutyPhrasing } from './types.js';

const owned = 'AWS owned key (the default)';
const cmk = 'Customer managed KMS key';

export const longTailPhrasings: DutyPhrasing[] = [
  // Amazon DataZone
  ask('datazone-encryption-at-rest', 'aws', 'who encrypts the datazone domain data at rest'),
  ask('datazone-encryption-at-rest', 'aws', 'is encryption at rest for amazon datazone something we have to turn on?'),
  ask('datazone-encryption-at-rest', 'aws', 'datazone domain on the aws owned key, who handles encryption', owned),
  ask('datazone-encryption-at-rest', 'shared', 'we created our datazone domain with a customer managed key, who owns encryption at rest now', cmk),
  ask('datazone-catalog-content', 'customer', 'who decides which data assets get published to the datazone catalog'),
  ask('datazone-catalog-content', 'customer', 'datazone business glossary and metadata we publish, is classifying that on aws?'),
  ask('datazone-project-membership', 'customer', 'who keeps the member list of our datazone projects current when people join or leave'),
  ask('datazone-project-membership', 'customer', 'does amazon datazone drop an ex-employee from the projects they were a contributor on'),

  // AWS Clean Rooms
  ask('clean-rooms-analysis-rules', 'customer', 'who sets the analysis rules on our configured table in clean rooms'),
  ask('clean-rooms-analysis-rules', 'customer', 'aws clean rooms protects our data from the partner automatically right, so we dont need analysis rules?'),
  ask('clean-rooms-c3r-encryption', 'customer', 'who encrypts our tables with c3r before uploading to clean rooms'),
  ask('clean-rooms-c3r-encryption', 'customer', 'cleanrooms cryptographic computing - who manages the shared secret key'),
  ask('clean-rooms-infrastructure', 'aws', 'who patches the query engine behind aws clean rooms'),
  ask('emr-serverless-infrastructure', 'aws', 'emr serverless who patches the os of the workers'),
  ask('emr-serverless-infrastructure', 'aws', 'moving spark jobs to EMR Serverless - do we still patch anything underneath?'),
  ask('emr-serverless-runtime-role', 'customer', 'who scopes the job runtime role on our emr serverless application'),
  ask('msk-multi-az-availability', 'shared', 'our msk cluster must survive an az outage, whose job is that'),
  ask('msk-multi-az-availability', 'shared', 'if we lose an availability zone does msk keep our topics up automatically'),
  ask('sagemaker-endpoint-availability', 'shared', 'does our sagemaker real-time endpoint fail over by itself if an az goes down'),
  ask('sagemaker-endpoint-availability', 'shared', 'who is responsible for sagemaker endpoint high availability'),
  ask('sagemaker-dlc-patching', 'shared', 'we use an aws deep learning container for pytorch on sagemaker, who patches that image'),
  ask('sagemaker-dlc-patching', 'shared', 'who keeps the aws dlc images our training jobs use patched'),
  ask('outposts-availability', 'shared', 'who owns the availability of our outposts deployment'),
  ask('outposts-availability', 'shared', 'outpost downtime - is keeping the outpost available aws or us'),
  ask('inspector-vulnerability-intelligence', 'aws', 'who keeps the cve database that amazon inspector scans against up to date'),
  ask('inspector-vulnerability-intelligence', 'aws', 'inspector flagged nothing on a new cve - is maintaining the vulnerability feed on us?'),
  ask('vpn-aws-endpoints', 'aws', 'who does maintenance on the aws side endpoints of our site-to-site vpn'),
  ask('vpn-aws-endpoints', 'aws', 'one of our vpn tunnels dropped during aws endpoint maintenance, who maintains those endpoints'),
  ask('vpn-aws-endpoints', 'aws', 'tunnel 2 of our s2s vpn flapped while aws was doing maintenance, who looks after the aws side endpoints'),
  ask('vpn-aws-endpoints', 'aws', 'our site to site vpn blipped during maintenance, who maintains the tunnel endpoints on amazons end'),
  ask('vpn-tunnel-redundancy', 'shared', 'site-to-site vpn ha: two tunnels come from aws, does that make high availability fully theirs?'),
  ask('vpn-tunnel-redundancy', 'shared', 'is vpn high availability overall on aws since they provide two tunnels'),
  ask('vpn-tunnel-redundancy', 'customer', 'vpn ha: only one tunnel is up on our firewall, whose job is getting redundancy back', 'Only one of the two tunnels configured or up on the customer gateway'),
  ask('vpn-tunnel-redundancy', 'shared', 'vpn ha with both tunnels up on our customer gateway, who owns it', 'Both tunnels configured and up on the customer gateway'),
  ask('vpn-tunnel-redundancy', 'shared', 'site to site vpn redundancy: aws gives us two tunnels, is HA handled then?'),
  ask('vpn-tunnel-redundancy', 'shared', 'who is responsible for vpn failover between the two tunnels'),
  ask('timestream-retention', 'customer', 'who sets the magnetic store retention on our timestream tables'),
  ask('timestream-retention', 'customer', 'sensor metrics land in timestream liveanalytics - does amazon decide how many days stay in the memory store or do we'),
  ask('timestream-retention', 'customer', 'does timestream just pick good retention defaults for memory vs magnetic or is that on us to configure'),
  ask('timestream-retention', 'customer', 'timestream keeps sensor data forever?? who decides the retention period'),
  ask('iam-role-session-duration', 'customer', 'who sets the maximum session duration on our iam roles'),
  ask('iam-role-session-duration', 'customer', 'sts sessions last 12 hours for our assumed roles, isnt aws supposed to cap that'),
  ask('rds-ca-certificate-rotation', 'customer', 'rds ca certificate rotation to rds-ca-rsa2048-g1: aws or us?'),
  ask('rds-ca-certificate-rotation', 'customer', 'the rds certificate authority is expiring, who rotates it'),
  ask('sagemaker-serverless-inference-infrastructure', 'aws', 'who patches the compute behind sagemaker serverless inference'),
  ask('sagemaker-serverless-inference-infrastructure', 'aws', 'sagemaker serverless endpoint - do we patch any hosts, we never pick instances'),
  ask('sagemaker-own-containers', 'customer', 'we bring our own container to a sagemaker endpoint, who patches the os packages in it'),
  ask('sagemaker-own-containers', 'customer', 'byoc training image on sagemaker has a cve, whose job to fix'),
  ask('emr-serverless-runtime-role', 'customer', 'emr serverless jobs can read every bucket, isnt aws supposed to limit that'),
  ask('clean-rooms-infrastructure', 'aws', 'clean rooms infrastructure security, us or aws?'),

  // Amazon OpenSearch Serverless
  ask('opensearch-serverless-encryption', 'aws', 'who encrypts opensearch serverless collections at rest'),
  ask('opensearch-serverless-encryption', 'aws', 'aoss encryption policy with the aws owned key, who is responsible for encryption', owned),
  ask('opensearch-serverless-encryption', 'shared', 'our opensearch serverless collection uses a customer managed key in the encryption policy, whose job is encryption', cmk),
  ask('opensearch-serverless-network-policy', 'customer', 'who decides if an opensearch serverless collection endpoint is public or vpc only'),
  ask('opensearch-serverless-network-policy', 'customer', 'aoss network policy has AllowFromPublic true, is that on aws to lock down?'),
  ask('opensearch-serverless-data-access', 'customer', 'who writes the data access policies for opensearch serverless collections'),
  ask('opensearch-serverless-data-access', 'customer', 'who controls which roles can query indexes in our aoss collection'),

  ask('opensearch-serverless-capacity', 'aws', 'who scales the ocus for amazon opensearch serverless'),
  ask('opensearch-serverless-capacity', 'aws', 'aoss capacity: do we have to add nodes when indexing load grows?'),

  // Amazon WorkSpaces Secure Browser
  ask('secure-browser-encryption-in-transit', 'aws', 'who encrypts traffic to workspaces secure browser in transit'),
  ask('secure-browser-encryption-in-transit', 'aws', 'is tls for workspaces web sessions something we configure?'),
  ask('secure-browser-portal-identity', 'customer', 'who sets up mfa for the workspaces secure browser web portal'),
  ask('secure-browser-portal-identity', 'customer', 'secure browser portal login via our identity provider, who controls who can log in'),
  ask('secure-browser-network-settings', 'customer', 'who controls which sites users can reach from workspaces secure browser'),
  ask('secure-browser-network-settings', 'customer', 'workspaces web network settings vpc subnets and security groups - ours or aws?'),

  // Amazon IVS
  ask('ivs-playback-authorization', 'customer', 'who makes ivs channels private with playback authorization'),
  ask('ivs-playback-authorization', 'customer', 'amazon ivs stream is public by default, who has to sign playback tokens so only subscribers watch'),
  ask('ivs-playback-authorization', 'customer', 'we lost the private playback key for our ivs private channel, does aws have a copy or is that on us'),
  ask('ivs-playback-authorization', 'customer', 'who rotates the jwt signing key for ivs viewer tokens'),
  ask('ivs-stream-key', 'customer', 'our ivs stream key got posted on discord and randoms are broadcasting, who resets it'),
  ask('ivs-stream-key', 'customer', 'does amazon ivs rotate stream keys on its own or do we'),
  ask('ivs-stream-key', 'customer', 'who is supposed to keep the ivs streamkey secret'),
  ask('ivs-infrastructure', 'aws', 'who runs the ingest and transcoding servers for amazon ivs'),
  ask('ivs-infrastructure', 'aws', 'interactive video service infrastructure security, is that aws?'),

  // AWS License Manager
  ask('license-manager-license-rules', 'customer', 'who makes sure the license rules in license manager match our oracle agreement'),
  ask('license-manager-license-rules', 'customer', 'aws license manager keeps us license compliant automatically, right?'),
  ask('license-manager-infrastructure', 'aws', 'who patches the servers behind aws license manager'),
  ask('license-manager-infrastructure', 'aws', 'license manager infrastructure security - aws or us'),

  // AWS IoT SiteWise
  ask('sitewise-encryption-at-rest', 'aws', 'who encrypts asset data in aws iot sitewise'),
  ask('sitewise-encryption-at-rest', 'aws', 'sitewise on the sitewise default encryption, who owns encryption at rest', owned),
  ask('sitewise-encryption-at-rest', 'shared', 'we switched iot sitewise to kms based encryption with a customer managed key, who owns encryption now', cmk),

  // Amazon Kendra
  ask('kendra-document-access-control', 'customer', 'who controls document level access in kendra so users only see docs they are allowed to'),
  ask('kendra-document-access-control', 'customer', 'kendra search results show confidential docs to everyone, whose job were the acls?'),
  ask('kendra-encryption-at-rest', 'aws', 'who encrypts the kendra index at rest'),
  ask('kendra-encryption-at-rest', 'aws', 'kendra index with the default aws owned key, who handles encryption', owned),
  ask('kendra-encryption-at-rest', 'shared', 'our kendra index uses a customer managed key, whose responsibility is encryption at rest', cmk),

  // Amazon Lex
  ask('lex-stored-data-encryption', 'aws', 'who encrypts the utterances amazon lex stores'),
  ask('lex-stored-data-encryption', 'aws', 'are lex bot sample utterances and session attributes encrypted at rest by aws?'),
  ask('lex-conversation-logs', 'customer', 'who turns on conversation logs for our lex bot'),
  ask('lex-conversation-logs', 'customer', 'lex bot audio logs in s3, who encrypts them with kms'),
  ask('lex-ai-opt-out', 'customer', 'who opts us out of amazon lex using our conversations to improve the service'),
  ask('lex-ai-opt-out', 'customer', 'lex bots: does aws train on our data unless we set an ai opt out policy?'),
  ask('lex-coppa-child-directed', 'customer', 'our lex bot is for children under 13, who flags it as coppa'),
  ask('lex-coppa-child-directed', 'customer', 'does aws set the childdirected flag on amazon lex bots or do we'),
  ask('transcribe-pii-redaction', 'customer', 'who turns on pii redaction in amazon transcribe jobs'),
  ask('transcribe-pii-redaction', 'customer', 'transcribe masks ssns in transcripts on its own right? or do we have to enable content redaction'),

  // Amazon Transcribe
  ask('transcribe-output-encryption', 'aws', 'who encrypts transcripts that amazon transcribe writes to our bucket'),
  ask('transcribe-output-encryption', 'aws', 'transcribe job output with the default s3 key sse s3, who handles encryption', 'Default Amazon S3 key (SSE-S3)'),
  ask('transcribe-output-encryption', 'shared', 'we pass our kms key for the output of transcribe jobs, who owns encryption', 'Your KMS key for the job output'),
  ask('transcribe-ai-opt-out', 'customer', 'who opts us out of amazon transcribe using our call recordings to improve the service'),
  ask('transcribe-ai-opt-out', 'customer', 'does transcribe train on our recordings unless we set an ai opt out policy'),
  ask('transcribe-medical-transcript-review', 'customer', 'transcribe medical output for our telehealth visits - does aws guarantee its accurate enough to drop straight into the ehr?'),
  ask('transcribe-medical-transcript-review', 'customer', 'who is on the hook for checking amazon transcribe medical got the medication names right before clinicians rely on it'),

  // Amazon Chime SDK
  ask('chime-sdk-meeting-attendee-access', 'customer', 'chime sdk - who decides who is allowed to join our telehealth meeting'),
  ask('chime-sdk-meeting-attendee-access', 'customer', 'amazon chime sdk attendee join token leaks, whose problem'),
  ask('chime-sdk-meeting-attendee-access', 'customer', 'does the chime sdk authenticate our users before they get into a meeting or is that our app'),

  // Amazon Translate
  ask('translate-terminology-encryption', 'aws', 'who encrypts our custom terminologies in amazon translate'),
  ask('translate-terminology-encryption', 'aws', 'translate custom terminology on default aws encryption, who handles it', 'AWS encryption (the default)'),
  ask('translate-terminology-encryption', 'shared', 'our amazon translate terminology uses a customer managed key, whose job is encryption', cmk),
  ask('translate-ai-opt-out', 'customer', 'who opts us out of amazon translate using our text to improve the service'),
  ask('translate-ai-opt-out', 'customer', 'amazon translate: is opting out of service improvement with an ai opt out policy on us'),

  // Amazon Polly
  ask('polly-output-storage', 'customer', 'who encrypts the audio files polly generates for us'),
  ask('polly-output-storage', 'customer', 'polly keeps our synthesized audio encrypted for us, right?'),
  ask('polly-text-in-transit', 'aws', 'does amazon polly keep the text we send, and who encrypts it in transit'),
  ask('polly-text-in-transit', 'aws', 'who protects the submitted text sent to polly in transit'),

  // Amazon Personalize
  ask('personalize-encryption-at-rest', 'aws', 'who encrypts our datasets stored in amazon personalize'),
  ask('personalize-encryption-at-rest', 'aws', 'personalize dataset group on personalize managed keys, who owns encryption', 'Personalize managed keys (the default)'),
  ask('personalize-encryption-at-rest', 'shared', 'amazon personalize dataset group with our own kms key, who is responsible for encryption at rest', cmk),
  ask('personalize-key-permissions', 'customer', 'who grants amazon personalize permission to use our kms key'),
  ask('personalize-key-permissions', 'customer', 'personalize recommendations broke after we changed the key policy, whose job was that'),
  ask('personalize-delete-user-data', 'customer', 'a customer invoked right to be forgotten, who deletes their data from amazon personalize'),
  ask('personalize-delete-user-data', 'customer', 'who runs the data deletion job to delete users in personalize'),
  ask('mediaconvert-service-role', 'customer', 'who creates the iam role mediaconvert uses to read our input bucket'),
  ask('mediaconvert-service-role', 'customer', 'elemental mediaconvert gets access denied on the output bucket, who fixes the service role'),

  // Amazon Location Service
  ask('location-encryption-at-rest', 'aws', 'who encrypts device positions stored by amazon location service'),
  ask('location-encryption-at-rest', 'aws', 'location service tracker on the aws owned key, who handles encryption', owned),
  ask('location-encryption-at-rest', 'shared', 'our amazon location geofence collection has a customer managed key, who owns encryption at rest', cmk),
  ask('location-encryption-in-transit', 'aws', 'who encrypts device positions in transit to amazon location'),
  ask('location-encryption-in-transit', 'aws', 'is tls to the location service api something we configure?'),

  // Amazon Managed Grafana
  ask('grafana-workspace-permissions', 'customer', 'who controls which people can create and delete managed grafana workspaces'),
  ask('grafana-workspace-permissions', 'customer', 'amazon managed grafana iam permissions, is that on aws?'),
  ask('grafana-user-roles', 'customer', 'who decides which users get the admin role in our managed grafana workspace'),
  ask('grafana-user-roles', 'customer', 'managed grafana editor role mapping from saml, ours or aws'),

  // Amazon Managed Service for Prometheus
  ask('prometheus-encryption-at-rest', 'aws', 'who encrypts metrics stored in amazon managed service for prometheus'),
  ask('prometheus-encryption-at-rest', 'aws', 'managed prometheus workspace with the aws owned key, who handles encryption', owned),
  ask('prometheus-encryption-at-rest', 'shared', 'our amp workspace was created with a customer managed key, who owns encryption at rest', cmk),

  // AWS CodeArtifact
  ask('codeartifact-encryption-at-rest', 'aws', 'who encrypts packages stored in codeartifact'),
  ask('codeartifact-encryption-at-rest', 'aws', 'codeartifact domain on the aws managed key, who handles encryption', 'AWS managed key (the default)'),
  ask('codeartifact-encryption-at-rest', 'shared', 'our code artifact domain uses a customer managed key, whose job is encryption at rest', cmk),
  ask('codeartifact-encryption-in-transit', 'aws', 'who encrypts traffic between codeartifact and upstream repositories'),
  ask('codeartifact-encryption-in-transit', 'aws', 'is npm install from codeartifact encrypted in transit by aws'),
  ask('codeartifact-storage-availability', 'aws', 'who keeps our codeartifact repos available and makes sure published packages arent lost'),
  ask('codeartifact-storage-availability', 'aws', 'the storage behind codeartifact, do we need to worry about its durability or is that aws'),

  // AWS Fault Injection Service
  ask('fis-stop-conditions', 'customer', 'who defines stop conditions for aws fis experiments'),
  ask('fis-stop-conditions', 'customer', 'fault injection service will stop on its own if the experiment goes too far, right?'),
  ask('fis-experiment-design', 'customer', 'who plans the chaos experiments we run with aws fis, like knocking out a whole az'),
  ask('fis-experiment-design', 'customer', 'does aws fault injection service run resilience tests on our workload by itself?'),
  ask('fis-experiment-role', 'customer', 'who scopes the experiment role aws fis uses'),
  ask('fis-experiment-role', 'customer', 'aws fis terminated the wrong instances, whose job was limiting the aws fis experiment role'),

  // Amazon MWAA
  ask('mwaa-airflow-version-upgrade', 'customer', 'who upgrades the airflow version of our mwaa environment'),
  ask('mwaa-airflow-version-upgrade', 'customer', 'managed airflow is managed, so aws moves us to new airflow versions automatically?'),
  ask('mwaa-source-bucket', 'customer', 'who secures the s3 dags bucket for mwaa'),
  ask('mwaa-source-bucket', 'customer', 'amazon mwaa requirements.txt bucket, who controls who can upload dags'),

  // Amazon FSx for NetApp ONTAP
  ask('fsx-ontap-admin-users', 'customer', 'who manages the fsxadmin password on fsx for ontap'),
  ask('fsx-ontap-admin-users', 'customer', 'fsx for netapp ontap vsadmin and fsxadmin passwords, aws or us?'),

  // AWS Batch on Fargate
  ask('batch-fargate-host-patching', 'aws', 'aws batch on fargate compute environment, who patches the hosts'),
  ask('batch-fargate-host-patching', 'aws', 'our aws batch jobs run on fargate resources, do we patch the underlying servers?'),

  // Amazon Pinpoint
  ask('pinpoint-sms-opt-in', 'customer', 'who is responsible for getting recipient opt in consent before we send sms from amazon pinpoint'),
  ask('pinpoint-sms-opt-in', 'customer', 'pinpoint sends the texts so aws makes sure people consented to recieve them, right?'),
  ask('pinpoint-sender-id-registration', 'customer', 'who registers our sender id for pinpoint sms in countries that require it'),
  ask('pinpoint-sender-id-registration', 'customer', 'pinpoint 10dlc registration for our origination number - us or aws?'),
  ask('pinpoint-infrastructure', 'aws', 'who patches the servers that run amazon pinpoint campaigns'),
  ask('pinpoint-infrastructure', 'aws', 'pinpoint infrastructure security, is that on us?'),
  ask('pinpoint-app-client-permissions', 'customer', 'who scopes the cognito identity pool role our app uses to register pinpoint endpoints'),
  ask('pinpoint-app-client-permissions', 'customer', 'guest users of our ios app can call putevents on every pinpoint project, is locking that down aws or us'),

  // Amazon Verified Permissions
  ask('verified-permissions-policies-schema', 'customer', 'who writes and reviews the cedar policies in our verified permissions policy store'),
  ask('verified-permissions-policies-schema', 'customer', 'amazon verified permissions is managed so aws checks our policy store schema is right?'),
  ask('verified-permissions-encryption', 'aws', 'who encrypts the verified permissions policy store at rest'),
  ask('verified-permissions-encryption', 'aws', 'verified permissions policy store on the aws owned key, who handles encryption', owned),
  ask('verified-permissions-encryption', 'shared', 'we encrypted our verified permissions policy store with a customer managed key, who owns encryption now', cmk),
  ask('verified-permissions-enforce-decision', 'customer', 'who enforces the allow or deny decision from verified permissions in our app'),
  ask('verified-permissions-enforce-decision', 'customer', 'verified permissions returned deny but the user still got in - whose job was the isauthorized check?'),

  // AWS Resource Access Manager
  ask('ram-resource-shares', 'customer', 'who decides which accounts our subnets get shared with through aws ram'),
  ask('ram-resource-shares', 'customer', 'resource access manager resource share has way too many principals, is that aws to fix?'),
  ask('ram-external-principals', 'customer', 'who controls whether aws ram can share with accounts outside our org'),
  ask('ram-external-principals', 'customer', 'aws ram allow external principals was turned on, whose responsiblity is that'),

  // AWS Service Catalog
  ask('service-catalog-launch-constraints', 'customer', 'who sets the launch role in service catalog launch constraints'),
  ask('service-catalog-launch-constraints', 'customer', 'aws service catalog provisions products so aws scopes the launch role permissions, right?'),
  ask('service-catalog-template-constraints', 'customer', 'who restricts which instance types end users can pick in a service catalog product'),
  ask('service-catalog-template-constraints', 'customer', 'service catalog template constraints on product parameters, ours or aws?'),

  // Amazon WorkMail
  ask('workmail-mfa-sign-in', 'customer', 'who turns on mfa for workmail mailbox users'),
  ask('workmail-mfa-sign-in', 'customer', 'amazon workmail personal access tokens and identity center login, is that aws?'),
  ask('workmail-retention-policy', 'customer', 'who sets the email retention policy in amazon workmail'),
  ask('workmail-retention-policy', 'customer', 'workmail deletes old mail on its own so aws decides how long mail is kept?'),
  ask('workmail-infrastructure', 'aws', 'who patches the mail servers behind amazon workmail'),
  ask('workmail-infrastructure', 'aws', 'work mail infrastructure security - us or aws'),
  ask('workmail-domain-dns-records', 'customer', 'who publishes the dkim and dmarc records for our workmail domain'),
  ask('workmail-domain-dns-records', 'customer', 'workmail mail ends up in junk at outlook.com, isnt spf on aws since they run the mail servers'),

  // Amazon Kinesis Video Streams
  ask('kinesis-video-encryption-at-rest', 'aws', 'who encrypts the video stored in kinesis video streams'),
  ask('kinesis-video-encryption-at-rest', 'aws', 'kinesis video stream on the default aws/kinesisvideo key, who owns encryption at rest', 'Kinesis Video-managed key aws/kinesisvideo (the default)'),
  ask('kinesis-video-encryption-at-rest', 'shared', 'our kinesis video stream uses a customer managed key, whose job is encryption at rest', cmk),
  ask('kinesis-video-producer-credentials', 'customer', 'who secures the credentials on the cameras that stream to kinesis video streams'),
  ask('kinesis-video-producer-credentials', 'customer', 'kinesis video producer devices have putmedia and everything else, who scopes those permissions'),

  // Amazon AppFlow
  ask('appflow-connection-credentials', 'customer', 'who manages the salesforce credentials stored in our appflow connection'),
  ask('appflow-connection-credentials', 'customer', 'amazon appflow connector profile oauth tokens - is rotating them on aws?'),
  ask('appflow-encryption-key', 'aws', 'who encrypts our appflow flow data'),
  ask('appflow-encryption-key', 'aws', 'appflow flow on the appflow managed key, who handles encryption', 'AppFlow-managed KMS key (the default)'),
  ask('appflow-encryption-key', 'shared', 'our app flow connector profile uses a customer managed key, who owns encryption', cmk),

  // AWS Elastic Disaster Recovery
  ask('drs-replication-agent', 'customer', 'who installs the aws replication agent on our source servers for elastic disaster recovery'),
  ask('drs-replication-agent', 'customer', 'aws drs agent is out of date on half our servers, does aws update it?'),
  ask('drs-drills', 'customer', 'who runs dr drills in aws elastic disaster recovery'),
  ask('drs-drills', 'customer', 'elastic disaster recovery left drill instances running, whose job was the cleanup'),

  // AWS Resilience Hub
  ask('resilience-hub-policy', 'customer', 'who sets the rto and rpo targets in aws resilience hub'),
  ask('resilience-hub-policy', 'customer', 'resilience hub resiliency policy - does aws pick it for us?'),
  ask('resilience-hub-assessments', 'customer', 'who acts on the resilience hub assessment recommendations'),
  ask('resilience-hub-assessments', 'customer', 'resilience hub says policy breached, will aws fix our app?'),
  ask('sagemaker-hosting-host-patching', 'aws', 'who patches the physical hosts and hypervisors under our sagemaker real-time inference endpoints'),
  ask('sagemaker-hosting-host-patching', 'aws', 'sagemaker realtime endpoint - the hypervisor under the ml instances, do we patch that?'),
  ask('vpn-tunnel-redundancy', 'customer', 'our site to site vpn has only one tunnel up on our router, who should bring up the second', 'Only one of the two tunnels configured or up on the customer gateway'),
  ask('vpn-tunnel-redundancy', 'customer', 'we only configured tunnel 1 of the aws vpn and it dropped during maintenance, whose fault', 'Only one of the two tunnels configured or up on the customer gateway'),
  ask('vpn-tunnel-redundancy', 'shared', 'both tunnels are up on our customer gateway, who owns vpn redundancy now', 'Both tunnels configured and up on the customer gateway'),
  ask('opensearch-serverless-encryption-policy', 'customer', 'before creating an opensearch serverless collection, who writes the encryption policy for it'),
  ask('opensearch-serverless-encryption-policy', 'customer', 'aoss collection creation fails because no encryption policy matches, who has to write one'),
  ask('codeartifact-package-origin-controls', 'customer', 'who configures package origin controls in codeartifact to block public versions of our private packages'),
  ask('codeartifact-package-origin-controls', 'customer', 'codeartifact protects us from dependency substitution automatically right?'),
  ask('vpn-aws-endpoints', 'aws', 'who upgrades the vpn endpoints on the aws side of our site to site vpn'),
  ask('vpn-aws-endpoints', 'aws', 'replacing the aws side vpn endpoints for our s2s vpn, aws job?'),
  ask('ground-station-antenna-sites', 'aws', 'who maintains the antennas at aws ground station locations'),
  ask('ground-station-antenna-sites', 'aws', 'with ground station do we have to look after any rf equipment or antenna hardware'),
  ask('ground-station-mission-configuration', 'customer', 'who sets up the mission profile and dataflow endpoint group for ground station contacts'),
  ask('ground-station-mission-configuration', 'customer', 'ground station delivers downlink data to our ec2 instances - who configures the dataflow endpoints'),
  ask('rds-ca-certificate-rotation', 'customer', 'the rds certificate authority our instances use expires next year, who switches them to the new one'),
  ask('rds-ca-certificate-rotation', 'customer', "does aws move our aurora clusters to the new rds ca and update our clients' ca bundle?"),
  ask('sagemaker-hyperpod-node-patching', 'customer', 'who applies the latest hyperpod ami patches to our cluster nodes'),
  ask('sagemaker-hyperpod-node-patching', 'customer', 'sagemaker hyperpod nodes without auto patching: who rolls out the new security ami', 'No auto-patching on the instance group (the default)'),
  ask('sagemaker-hyperpod-node-patching', 'aws', 'hyperpod instance group has autopatchconfig set, who patches the nodes now', 'AMI auto-patching configured on the instance group (AutoPatchConfig)'),
  ask('sagemaker-hyperpod-auto-patching-opt-in', 'customer', 'does hyperpod patch our nodes automatically out of the box or do we have to enable it for every instance group'),
  ask('sagemaker-hyperpod-auto-patching-opt-in', 'customer', 'on hyperpod, is switching on autopatchconfig something aws does for us or do we add it to each group'),
  ask('braket-third-party-device-terms', 'customer', 'braket wont let us submit to the ionq qpu until someone accepts provider terms. is that aws or us'),
  ask('braket-third-party-device-terms', 'customer', 'who signs off on the rigetti terms and conditions before our quantum jobs can use real hardware in braket'),
  ask('data-exchange-subscription-verification', 'customer', 'aws data exchange subscription verification: who vets the subscribers, aws or the provider'),
  ask('data-exchange-subscription-verification', 'customer', 'as a data exchange provider do we have to review subscription requests ourselves'),
  ask('data-exchange-subscription-verification', 'customer', 'pending subscription verification requests on our data exchange listing - does aws screen those people first?'),
  ask('timestream-retention', 'customer', 'who picks how long timestream keeps data in the memory store and in the magnetic store'),
  ask('datazone-portal-infrastructure', 'aws', 'who keeps the servers behind the amazon datazone data portal patched'),
  ask('datazone-portal-infrastructure', 'aws', 'do we have to host or patch anything for the datazone portal web app?'),
  ask('ivs-insecure-ingest', 'customer', 'our obs encoders push plain rtmp to ivs because the channel has insecureIngest=true, whos on the hook for that'),
  ask('ivs-insecure-ingest', 'customer', 'who decides if an amazon ivs channel accepts unencrypted rtmp instead of rtmps'),
  ask('ivs-insecure-ingest', 'customer', 'ivs channel got switched to accept unencrypted rtmp from the encoders - is that aws\'s to fix or ours'),
  ask('ivs-insecure-ingest', 'customer', 'is rtmp without tls on our ivs channel an aws thing to fix?'),
  ask('service-catalog-service-infrastructure', 'aws', 'is aws service catalog something we have to patch or keep highly available ourselves'),
  ask('service-catalog-service-infrastructure', 'aws', 'who runs and patches the servers behind aws service catalog'),
  ask('service-catalog-service-infrastructure', 'aws', 'service catalogue had an outage this morning - is keeping that up our job?'),
  // kbb: SageMaker invoke access, Transcribe infrastructure and output bucket, KVS camera firmware
  ask('sagemaker-endpoint-invoke-access', 'customer', 'who controls which roles have sagemaker:InvokeEndpoint on our fraud model endpoint'),
  ask('sagemaker-endpoint-invoke-access', 'customer', 'is it aws that decides who can invoke the endpoint of our sagemaker model or is that our iam'),
  ask('transcribe-infrastructure', 'aws', 'who patches the servers behind amazon transcribe'),
  ask('transcribe-infrastructure', 'aws', 'we use transcribe medical for dictation, do we maintain any of the speech recognition servers?'),
  ask('transcribe-output-bucket-access', 'customer', 'amazon transcribe puts the transcripts in our own bucket, who locks down access to that bucket'),
  ask('transcribe-output-bucket-access', 'customer', 'transcribe output bucket - who makes sure random people cant read the transcripts'),
  ask('kinesis-video-producer-device-software', 'customer', 'our doorbell cams push to kinesis video streams and have a firmware cve, is aws on the hook'),
  ask('kinesis-video-producer-device-software', 'customer', 'who patches the camera firmware on devices streaming into kinesis video streams'),
  ask('transcribe-configuration-vulnerability-analysis', 'shared', 'who owns configuration and vulnerability analysis for amazon transcribe'),
  ask('transcribe-configuration-vulnerability-analysis', 'shared', 'vulnerability analysis and config management of our transcribe jobs: aws or us?'),
  ask('transcribe-compliance-validation', 'shared', 'amazon transcribe is in scope for pci dss, does that make our call recording pipeline compliant?'),
  ask('transcribe-compliance-validation', 'shared', 'who handles compliance validation for transcribe'),
  // AWS Mainframe Modernization
  ask('mainframe-modernization-application-testing', 'customer', 'blu age turned our cobol into java - does aws guarantee the new code behaves the same or do we test it'),
  ask('mainframe-modernization-application-testing', 'customer', 'who signs off functional equivalence of the refactored app in aws mainframe modernization before cutover'),
  ask('mainframe-modernization-iam', 'customer', 'who decides which devs can deploy applications to our mainframe modernization environments'),
  ask('mainframe-modernization-iam', 'customer', 'm2 environment permissions for the ci pipeline, is that aws or us to lock down'),
  ask('mainframe-modernization-infrastructure', 'aws', 'who secures the network and servers behind aws mainframe modernization'),
  ask('mainframe-modernization-infrastructure', 'aws', 'mainframe modernisation service infrastructure security, whose job'),
  ask('clean-rooms-id-mapping-table-rule', 'aws', 'can we change the rule clean rooms puts on the id mapping table'),
  ask('clean-rooms-id-mapping-table-rule', 'aws', 'who maintains the analysis rule attached to an entity resolution id mapping table in clean rooms'),
  ask('clean-rooms-rule-enforcement', 'aws', 'two members\' tables with different aggregation thresholds in one clean rooms query, which threshold gets applied and by whom'),
  ask('clean-rooms-rule-enforcement', 'aws', 'clean rooms: when tables from several members are joined, who makes sure the strictest rules are applied'),
  ask('clean-rooms-member-abilities', 'customer', 'in clean rooms, who picks the member paying for compute'),
  ask('clean-rooms-member-abilities', 'customer', 'who chooses which clean rooms member is allowed to get the results of analyses'),
  ask('clean-rooms-data-protection', 'shared', 'overall, is protecting our dataset from partners in a clean rooms collaboration on aws or on us'),
  ask('clean-rooms-data-protection', 'shared', 'clean rooms: protecting our raw data from the partners we collaborate with, is that aws, us or both'),
  ask('kendra-infrastructure', 'aws', 'do we patch the operating system of the machines that run amazon kendra'),
  ask('kendra-infrastructure', 'aws', 'kendra being managed, who keeps its underlying servers updated'),
  // kbd: Secure Browser patching, IVS geo-blocking, Lex obfuscation and bot design, Chime SDK media, WorkMail export key
  ask('secure-browser-browser-patching', 'aws', 'a chrome zero day dropped, do we have to update the browser inside workspaces secure browser'),
  ask('secure-browser-browser-patching', 'aws', 'who keeps the browser image of workspaces web sessions up to date'),
  ask('ivs-playback-restrictions', 'aws', 'who blocks viewers outside the eu on our public ivs channel once we attach a restriction policy', 'Public channel with a playback restriction policy'),
  ask('ivs-playback-restrictions', 'customer', 'our ivs channel requires signed tokens, who enforces the country restrictions on viewers', 'Private channel (playback authorization enabled)'),
  ask('ivs-playback-restrictions', 'customer', 'we attached allowed countries to a private ivs channel with playback authorization and it does nothing, whose job is geo restriction then', 'Private channel (playback authorization enabled)'),
  ask('ivs-playback-restrictions', 'aws', 'amazon ivs geoblocking by country - does ivs enforce it'),
  ask('lex-slot-obfuscation', 'customer', 'customers say their account numbers to our lex bot and they show up in the logs, who masks that'),
  ask('lex-slot-obfuscation', 'customer', 'does amazon lex hide pii in conversation logs automatically or do we turn on obfuscation'),
  ask('lex-bot-design', 'customer', 'who writes the intents and sample utterances for an amazon lex bot'),
  ask('lex-bot-design', 'customer', 'lex bot collects more personal data than it needs, is the slot design aws or ours'),
  ask('chime-sdk-media-infrastructure', 'aws', 'who patches and scales the turn and audio mixing servers behind amazon chime sdk'),
  ask('chime-sdk-media-infrastructure', 'aws', 'our video calls go through chime sdk media services, who secures those servers'),
  ask('workmail-mailbox-export-key', 'customer', 'legal needs a workmail mailbox exported for ediscovery, whose kms key encrypts the zip'),
  ask('workmail-mailbox-export-key', 'customer', 'who provides the bucket and encryption key for a workmail mailbox export job'),
  ask('sitewise-infrastructure-security', 'aws', 'iot sitewise cloud side: who secures the network infrastructure the service runs on?'),
  ask('sitewise-infrastructure-security', 'aws', 'who patches the sitewise service in the cloud'),
  // kbD: WorkMail always encrypts mailboxes; KVS own-key setup; moving content out of WorkDocs
  ask('workmail-encryption-at-rest', 'aws', 'coming from on-prem exchange where we ran bitlocker - is there something to switch on so workmail mail is encrypted on disk?'),
  ask('workmail-encryption-at-rest', 'aws', 'our workmail org uses the default aws managed key, who handles encrypting the mailboxes at rest', 'AWS managed WorkMail key (the default)'),
  ask('workmail-encryption-at-rest', 'shared', 'we created the workmail organization with a customer managed key, who owns mailbox encryption at rest now', cmk),
  ask('kinesis-video-key-choice', 'customer', 'auditors want our kvs streams on our own kms key rather than aws/kinesisvideo, who creates and wires that up'),
  ask('kinesis-video-key-choice', 'customer', 'does kinesis video streams move our camera streams onto a customer managed key by itself or do we set that up'),
  ask('workdocs-content-migration', 'customer', 'amazon workdocs is going away, who gets our files out of it and into the new platform'),
  ask('workdocs-content-migration', 'customer', 'will aws move our workdocs folders somewhere when the service is retired, or is the export on us'),
  // kbI
  ask('end-user-messaging-sms-infrastructure', 'aws', 'who secures the servers behind the end user messaging sms api that delivers our otp codes'),
  ask('end-user-messaging-sms-infrastructure', 'aws', 'aws end user messaging sms sends our login codes - is the infrastructure behind the sms api ours to protect?'),
  ask('x-ray-sensitive-data-in-traces', 'customer', 'somebody put customer emails in x-ray trace annotations, who must stop sending pii there'),
  ask('x-ray-sensitive-data-in-traces', 'customer', 'x ray: whose job is it to keep personal data out of segment metadata?'),
  // kbB: missed held-out questions (paraphrased)
  ask('transcribe-own-bucket-encryption-policy', 'customer', 'our clinic dictation goes through transcribe medical into a bucket we own, who makes sure those transcripts stay encrypted with our cmk'),
  ask('transcribe-own-bucket-encryption-policy', 'customer', 'transcribe medcal output bucket encryption for PHI - do we set that up or is it aws'),
  ask('transcribe-own-bucket-encryption-policy', 'customer', 'who ensures the amazon transcribe medical radiology transcripts are encrypted at rest in our own bucket'),
];
