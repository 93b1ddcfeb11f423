import type { AreaInput, ResponsibilityInput } from './schema.js';
import { src } from './sources.js';

type Owner = ResponsibilityInput['owner'];

/** A responsibility: owner, why (`{service}` is replaced), what AWS does, what the customer does. */
export function r(owner: Owner, why: string, aws: string[], customer: string[], sources: ResponsibilityInput['sources'] = []): ResponsibilityInput {
  return { owner, why, aws, customer, sources };
}

/**
 * Responsibility areas with their default owner per model. Overrides per
 * (service, area) live in overrides.ts. Aliases are what people type; a
 * phrase belongs to one area only (a test enforces it).
 */
export const areaData: AreaInput[] = [
  {
    id: 'physical-security',
    name: 'Physical security of data centers and hardware',
    aliases: ['physical security', 'physical', 'physically', 'physically secure', 'data center', 'data centers', 'datacenter', 'datacenters', 'data centre', 'data centres', 'facilities', 'facility', 'physical access', 'security guards', 'cctv', 'environmental controls', 'power and cooling', 'physical infrastructure', 'physical premises', 'power', 'cooling', 'site security', 'physical site security'],
    sources: [src.srm, src.dataCenterControls, src.dataCenters],
    defaults: {
      all: r('aws', 'AWS secures its data centers, the hardware in them and who can enter them; this is the same for every service, and customers never get physical access.', ['Controls access to data centers with guards, badges, MFA and video surveillance, and protects power, cooling and fire suppression.', 'Audits these controls through third parties (SOC 2, ISO 27001) and publishes the reports in AWS Artifact.'], ['Nothing to operate: download the SOC reports from AWS Artifact as evidence for your auditors.']),
    },
  },
  {
    id: 'hardware-disposal',
    name: 'Hardware maintenance and storage media disposal',
    aliases: ['hardware disposal', 'disposal', 'dispose', 'disposes', 'disposing', 'failed disks', 'failed drives', 'failed hardware', 'retired hardware', 'retired disks', 'media disposal', 'media sanitization', 'decommissioning', 'decommission', 'destroying disks', 'disk destruction', 'degaussing', 'wiping disks', 'storage device decommissioning', 'end of life hardware'],
    sources: [src.dataCenterControls, src.srm],
    defaults: {
      all: r('aws', 'AWS maintains and replaces the hardware behind {service} and sanitizes or destroys storage media before it leaves a data center, following NIST 800-88.', ['Decommissions storage devices with documented sanitization and physical destruction.', 'Repairs and replaces failed hardware.'], ['Delete data you no longer need (the logical deletion is yours); use AWS Artifact for the evidence of media disposal.']),
    },
  },
  {
    id: 'hypervisor-host-os',
    name: 'Hypervisor, virtualization layer and host OS',
    aliases: ['hypervisor', 'hypervisors', 'virtualization', 'virtualization layer', 'virtualisation', 'host os', 'host operating system', 'host operating systems', 'nitro', 'nitro system', 'xen', 'underlying host', 'underlying hosts', 'host machine', 'host machines', 'physical host', 'physical hosts', 'host patching', 'dom0', 'tenant isolation', 'customer isolation', 'isolation', 'network isolation', 'isolation between customers'],
    sources: [src.srm, src.nitro, src.riskCompliance],
    defaults: {
      all: r('aws', 'AWS operates, manages and patches the host operating system and virtualization layer under {service}; customers cannot reach them.', ['Patches and hardens the hypervisor (Nitro) and host OS, isolates tenants from each other.', 'Monitors the hosts and retires degraded ones.'], ['Nothing to patch: respond to scheduled events (instance retirement, host maintenance) that AWS Health announces.']),
    },
  },
  {
    id: 'global-network',
    name: 'Global network, Regions, Availability Zones and edge locations',
    aliases: ['global network', 'global infrastructure', 'edge locations', 'edge location', 'regions', 'availability zones', 'aws network', 'backbone', 'network backbone', 'points of presence', 'aws backbone', 'physical network', 'network infrastructure', 'service link', 'service link connectivity'],
    sources: [src.srm, src.globalInfra],
    defaults: {
      all: r('aws', 'AWS builds and runs the Regions, Availability Zones, edge locations and the backbone that connects them, for {service} and every other service.', ['Operates the global backbone and encrypts traffic between its facilities at the physical layer.', 'Keeps Availability Zones physically separate with redundant power and networking.'], ['Choose Regions and Availability Zones for your workloads (data residency, latency, resilience).']),
    },
  },
  {
    id: 'managed-infrastructure',
    name: 'Underlying infrastructure (compute, storage, database and networking that run the service)',
    aliases: ['underlying infrastructure', 'infrastructure', 'the infrastructure', 'hardware', 'servers', 'physical servers', 'compute infrastructure', 'security of the cloud', 'managed infrastructure', 'service infrastructure', 'underlying hardware', 'underlying servers', 'infrastructure layer', 'durability', 'data durability', 'execution environment', 'execution environments', 'storage layer', 'storage infrastructure', 'hardware security modules', 'hardware security module', 'hsm', 'hsms', 'hsm hardware', 'software that runs aws services', 'aws software', 'foundation services'],
    sources: [src.srm, src.riskCompliance],
    defaults: {
      all: r('aws', 'AWS is responsible for "security of the cloud": the compute, storage, database and networking infrastructure that runs {service}.', ['Runs, scales and secures the hardware and the software that provide the service.'], ['Configure what you build on it securely ("security in the cloud"); use AWS Trusted Advisor and Security Hub to review your configuration.']),
    },
  },
  {
    id: 'guest-os-patching',
    name: 'Guest operating system patching',
    aliases: ['guest os patching', 'os patching', 'operating system patching', 'os patches', 'os updates', 'operating system updates', 'os security patches', 'patch manager', 'kernel patches', 'kernel updates', 'os upgrades', 'patching the os'],
    sources: [src.srm, src.patchManager],
    defaults: {
      infrastructure: r('customer', 'With {service} you run the guest operating system, so applying its security patches and updates is yours; AWS patches only the host below it.', ['Publishes updated AMIs (Amazon Linux, Windows) and patch baselines.'], ['Patch the guest OS on a schedule with AWS Systems Manager Patch Manager.', 'Rebuild from current AMIs and find missing patches with Amazon Inspector.'], [src.ec2UpdateMgmt]),
      container: r('aws', '{service} is a managed (container) service: AWS patches the operating system it runs on; you have no OS access.', ['Patches the underlying OS during the maintenance window you set.'], ['Choose a maintenance window that suits you and watch pending maintenance in AWS Health.']),
      abstracted: r('aws', '{service} is an abstracted service: AWS runs the operating system and platform, and customers only use its endpoints.', ['Patches and hardens every operating system and platform component of the service.'], ['Nothing to patch: keep the SDKs and clients that call the service up to date.']),
    },
  },
  {
    id: 'guest-os-hardening',
    name: 'Guest operating system hardening and configuration',
    aliases: ['guest os hardening', 'os hardening', 'harden the os', 'os configuration', 'cis hardening', 'antivirus', 'anti virus', 'anti malware', 'endpoint protection', 'host based firewall configuration', 'golden ami', 'golden image', 'ssh configuration', 'pod security', 'pod security standards', 'imdsv2', 'imds', 'instance metadata', 'instance metadata service', 'metadata service', 'privileged containers'],
    sources: [src.srm, src.ec2Security],
    defaults: {
      infrastructure: r('customer', 'On {service} the guest OS is yours to configure: accounts, services, SSH/RDP access, anti-malware and host firewall.', ['Provides hardened base AMIs and EC2 Image Builder with STIG/CIS components.'], ['Build hardened golden AMIs with EC2 Image Builder, use Systems Manager Session Manager instead of open SSH, enforce IMDSv2, and audit with AWS Config and Amazon Inspector.']),
      container: r('aws', 'AWS configures and hardens the operating system under {service}; you configure the service through its settings and parameter groups.', ['Hardens and maintains the OS of the managed hosts.'], ['Configure the service settings securely (parameter groups, TLS, logging) and check them with AWS Config.']),
      abstracted: r('aws', 'There is no guest OS for you on {service}: AWS hardens and operates everything below the API.', ['Hardens and operates the service platform.'], ['Configure the service itself securely; check with AWS Config and Security Hub.']),
    },
  },
  {
    id: 'database-engine-patching',
    name: 'Database engine patching and version upgrades',
    aliases: ['database engine patching', 'engine patching', 'database patching', 'db patching', 'minor version upgrade', 'minor version upgrades', 'auto minor version upgrade', 'major version upgrade', 'major version upgrades', 'engine version', 'engine upgrades', 'engine upgrade', 'database upgrades', 'database version', 'db engine version', 'maintenance window', 'engine updates', 'service software updates'],
    sources: [src.srm, src.rdsUpgrades],
    defaults: {
      infrastructure: r('customer', 'A database you install on {service} is software you run: you patch and upgrade its engine yourself.', ['Nothing above the hypervisor; publishes AMIs and Marketplace images.'], ['Patch the database engine with your own process or AWS Systems Manager (Run Command, Patch Manager), or move it to Amazon RDS so AWS applies engine patches.']),
      container: r('shared', 'On {service} AWS builds and applies engine patches and minor versions, automatically in your maintenance window if you allow it; you choose the window, whether minor upgrades are automatic, and when to do major version upgrades.', ['Releases engine patches and minor versions, and applies them during the maintenance window (automatically when auto minor version upgrade is on).', 'Applies mandatory security patches and announces end of support for old versions.'], ['Set the maintenance window and turn on auto minor version upgrade (or apply pending maintenance yourself).', 'Plan and test major version upgrades before end of support; track pending actions in AWS Health and the console.'], [src.rdsMaintenance]),
      abstracted: r('aws', '{service} has no database engine version for you to manage: AWS runs and updates the engine behind the API.', ['Updates the storage and database software continuously without maintenance windows.'], ['Nothing to patch: keep client SDKs up to date.']),
    },
  },
  {
    id: 'runtime-patching',
    name: 'Language runtime and platform patching',
    aliases: ['runtime patching', 'runtime updates', 'runtime update', 'managed runtime', 'managed runtimes', 'language runtime', 'language runtimes', 'runtime version', 'runtime versions', 'platform updates', 'platform update', 'managed platform updates', 'jvm', 'java runtime', 'python runtime', 'node runtime', 'nodejs runtime', 'web server', 'application server', 'middleware'],
    sources: [src.srm],
    defaults: {
      infrastructure: r('customer', 'Everything installed on the {service} guest OS, including language runtimes, web and application servers, is yours to update.', ['Provides patched AMIs and package repositories.'], ['Update runtimes and servers with AWS Systems Manager Patch Manager or your image pipeline (EC2 Image Builder); scan with Amazon Inspector.']),
      container: r('aws', 'AWS operates the platform software of {service}; there is no runtime for you to patch.', ['Updates the platform software of the managed service.'], ['Use supported versions and apply pending maintenance the service announces.']),
      abstracted: r('aws', 'AWS runs and patches the platform of {service}; you bring only data or code.', ['Patches the service platform.'], ['Nothing to patch: keep client SDKs up to date.']),
    },
  },
  {
    id: 'custom-runtimes',
    name: 'Custom runtimes you build',
    aliases: ['custom runtime', 'custom runtimes', 'os only runtime', 'os only runtimes', 'provided runtime', 'provided al2023', 'provided al2', 'runtime api', 'bootstrap file', 'own runtime', 'bring your own runtime'],
    sources: [src.lambdaRuntimeShared, src.srm],
    defaults: {
      all: r('customer', 'A runtime you build and ship yourself on {service} (a custom or OS-only runtime) is yours to patch; AWS patches only what it provides underneath.', ['Patches the underlying OS-only base where it provides one.'], ['Rebuild and redeploy your custom runtime when its language or libraries get security fixes; prefer managed runtimes where possible.']),
    },
  },
  {
    id: 'application-code',
    name: 'Application code and its dependencies',
    aliases: ['application code', 'app code', 'function code', 'code', 'my code', 'source code', 'custom code', 'business logic', 'dependencies', 'libraries', 'third party libraries', 'open source libraries', 'packages', 'npm packages', 'application security', 'app security', 'applications', 'application', 'software i install', 'customer applications'],
    sources: [src.srm, src.securityPillar],
    defaults: {
      all: r('customer', 'The code you deploy to {service} and the libraries it depends on are yours: AWS does not write, review or patch them.', ['Provides tooling: Amazon Inspector code and package scanning, Amazon CodeGuru, AWS CodeBuild.'], ['Keep dependencies patched and scanned (Amazon Inspector, Dependabot), review code, and store secrets in AWS Secrets Manager rather than in code.']),
    },
  },
  {
    id: 'container-images',
    name: 'Container images',
    aliases: ['container images', 'container image', 'docker images', 'docker image', 'images', 'image', 'base image', 'base images', 'dockerfile', 'container contents', 'ecr images', 'containers', 'container security', 'securing containers'],
    sources: [src.ecsShared, src.ecrScanning],
    defaults: {
      all: r('customer', 'Whatever runs inside a container image you build and deploy to {service}, from the base image to your code, is yours to patch and rebuild.', ['Publishes updated base images (for example Lambda and Amazon Linux base images) and scans images in Amazon ECR.'], ['Rebuild images from current base images, scan them with Amazon ECR / Amazon Inspector, and redeploy.']),
    },
  },
  {
    id: 'container-orchestration',
    name: 'Container orchestration control plane',
    aliases: ['control plane', 'kubernetes control plane', 'orchestration', 'container orchestration', 'orchestrator', 'api server', 'kubernetes api server', 'etcd', 'cluster control plane', 'scheduler', 'ecs control plane', 'eks control plane'],
    sources: [src.eksSecurity, src.ecsShared],
    defaults: {
      infrastructure: r('customer', 'A container orchestrator you install yourself on {service} (for example self-managed Kubernetes) is yours to run, patch and secure.', ['Nothing above the hypervisor.'], ['Patch and secure the control plane and etcd yourself, or use Amazon EKS / Amazon ECS so AWS runs it.']),
      container: r('aws', 'The orchestration control plane of {service} is run, scaled and patched by AWS.', ['Runs the control plane across Availability Zones, patches and scales it.'], ['Configure access to it (IAM, Kubernetes RBAC, private endpoints) and keep cluster versions supported.']),
      abstracted: r('aws', 'AWS runs all orchestration behind {service}.', ['Runs and patches the scheduler and control plane.'], ['Nothing to operate: control access with IAM.']),
    },
  },
  {
    id: 'security-groups',
    name: 'Security groups and host firewalls',
    aliases: ['security groups', 'security group', 'sg', 'sgs', 'firewall', 'firewalls', 'firewall rules', 'firewall configuration', 'inbound rules', 'ingress rules', 'egress rules', 'open ports', 'ports', 'host firewall', 'iptables', 'windows firewall', 'network access', 'os firewall', 'guest os firewall', 'instance firewall'],
    sources: [src.srm, src.securityGroups],
    defaults: {
      all: r('customer', 'AWS enforces security groups, but which traffic they allow to {service} resources (and any host firewall) is configuration you own.', ['Enforces the rules you write at the hypervisor / network layer; denies inbound by default.'], ['Allow only needed ports from needed sources; review with AWS Config (restricted-ssh, vpc-sg-open-only-to-authorized-ports), Security Hub and AWS Firewall Manager.']),
    },
  },
  {
    id: 'network-acls-routing',
    name: 'Network ACLs, subnets and routing',
    aliases: ['network acls', 'network acl', 'nacl', 'nacls', 'network access control lists', 'network access control list', 'route tables', 'route table', 'routing', 'routes', 'subnet routing', 'network segmentation', 'vpc configuration', 'network configuration', 'private subnets', 'public subnets', 'vpc endpoints', 'private connectivity', 'vpc peering', 'peering', 'internet gateways', 'nat gateways', 'endpoint access', 'cluster endpoint', 'api endpoint access', 'internet access', 'network policies', 'private endpoint', 'zone security', 'communications protection', 'service and communications protection'],
    sources: [src.srm, src.networkAcls],
    defaults: {
      all: r('customer', 'Your VPC design for {service} — subnets, route tables, network ACLs, gateways and endpoints — is configuration you own.', ['Provides the VPC network and enforces the ACLs and routes you configure.'], ['Segment with private subnets and network ACLs, use VPC endpoints, and review with AWS Config and VPC Reachability Analyzer.']),
    },
  },
  {
    id: 'network-monitoring',
    name: 'Network traffic monitoring (VPC Flow Logs)',
    aliases: ['flow logs', 'vpc flow logs', 'network monitoring', 'traffic monitoring', 'network traffic monitoring', 'traffic mirroring', 'network logs', 'network traffic logs', 'packet capture', 'monitor network traffic'],
    sources: [src.flowLogs],
    defaults: {
      all: r('customer', 'AWS monitors its own network, but recording and reviewing the traffic of your {service} resources is yours to turn on.', ['Monitors the AWS network for abuse and provides VPC Flow Logs, Traffic Mirroring and GuardDuty analysis.'], ['Enable VPC Flow Logs to CloudWatch Logs or S3 and let Amazon GuardDuty analyse them.']),
    },
  },
  {
    id: 'iam',
    name: 'Identity and access management (IAM users, roles and policies)',
    aliases: ['iam', 'iam users', 'control access', 'controls access', 'controlling access', 'control who can', 'controls who can', 'authorizer', 'authorizers', 'lambda authorizers', 'cognito authorizers', 'iam user', 'iam roles', 'iam role', 'iam policies', 'iam policy', 'permissions', 'least privilege', 'access management', 'user management', 'identity management', 'access control', 'access controls', 'who can access', 'user access', 'authorization', 'authentication', 'users and roles', 'privileges', 'iam permissions', 'identity and access', 'user accounts', 'users', 'console access', 'management console', 'console users', 'execution role', 'task role', 'task execution role', 'instance profile', 'instance profiles', 'service role', 'service roles', 'rbac', 'kubernetes rbac', 'role permissions'],
    sources: [src.srm, src.iamBestPractices],
    defaults: {
      all: r('customer', 'Who may do what with {service} is decided by the IAM identities and policies you create; AWS only enforces them.', ['Authenticates and authorizes every API call against your policies.', 'Provides IAM Access Analyzer and last-accessed data.'], ['Grant least privilege with IAM roles and policies, remove unused users and permissions with IAM Access Analyzer, and prefer roles over long-term users.']),
    },
  },
  {
    id: 'root-account',
    name: 'Root account protection and MFA',
    aliases: ['root account', 'root user', 'root', 'root credentials', 'mfa', 'multi factor authentication', 'multi factor', 'two factor', '2fa', 'mfa devices', 'root access keys', 'account root'],
    sources: [src.rootUser, src.mfa],
    defaults: {
      all: r('customer', 'Your AWS account root user and MFA on it (and on your IAM users) are yours to protect; AWS supplies the MFA mechanisms.', ['Supports MFA devices and passkeys, and requires MFA for root users of some account types.'], ['Turn on MFA for the root user, delete root access keys, lock root away and alert on its use with CloudTrail and Amazon EventBridge; require MFA for IAM users.']),
    },
  },
  {
    id: 'access-key-rotation',
    name: 'Access key rotation and long-term credentials',
    aliases: ['access key rotation', 'access keys', 'access key', 'rotate access keys', 'rotating access keys', 'credential rotation', 'long term credentials', 'rotate credentials', 'unused credentials', 'stale keys', 'key age', 'iam access keys', 'key pairs', 'key pair', 'ssh keys', 'ssh key', 'ec2 key pairs', 'long lived credentials', 'credentials rotation', 'rotate keys'],
    sources: [src.accessKeys, src.iamBestPractices],
    defaults: {
      all: r('customer', 'Access keys used with {service} are credentials you create, so rotating, deactivating and deleting them is yours.', ['Shows last-used data in the IAM credential report.'], ['Rotate keys at least every 90 days, delete unused ones (IAM credential report, AWS Config access-keys-rotated), and prefer IAM roles and temporary credentials.']),
    },
  },
  {
    id: 'federation',
    name: 'Federation and temporary credentials',
    aliases: ['federation', 'federated access', 'sso', 'single sign on', 'identity center', 'saml', 'oidc', 'temporary credentials', 'sts', 'assume role', 'assumerole', 'identity provider', 'idp', 'active directory federation', 'okta', 'entra id', 'workforce identities', 'web identity'],
    sources: [src.federation, src.tempCredentials],
    defaults: {
      all: r('customer', 'Connecting your identity provider and deciding which federated users get which roles for {service} is yours; AWS STS issues the temporary credentials.', ['Issues short-lived credentials through AWS STS and runs IAM Identity Center.'], ['Federate workforce users through IAM Identity Center or a SAML/OIDC provider, keep session durations short, and review role trust policies.']),
    },
  },
  {
    id: 'database-users',
    name: 'Database users and database-level permissions',
    aliases: ['database users', 'database user', 'db users', 'database accounts', 'master password', 'master user', 'admin password', 'db credentials', 'database credentials', 'database authentication', 'database permissions', 'grants', 'sql users', 'database logins', 'iam database authentication'],
    sources: [src.srm, src.securityPillar],
    defaults: {
      all: r('customer', 'The users, passwords and grants inside a database on {service} are yours to manage; AWS never manages who may log in to your data.', ['Provides IAM database authentication and Secrets Manager rotation integrations.'], ['Create least-privilege database users, rotate the master password with AWS Secrets Manager, and prefer IAM authentication where the engine supports it.']),
    },
  },
  {
    id: 'resource-policies',
    name: 'Resource policies and public access',
    aliases: ['resource policies', 'resource policy', 'resource based policy', 'resource based policies', 'file system policy', 'file system policies', 'vault lock', 'vault lock policy', 'vault access policy', 'vault policies', 'event bus policy', 'event bus policies', 'bucket policy', 'bucket policies', 'public access', 'block public access', 'public buckets', 'public bucket', 'bucket acl', 'bucket acls', 'object acl', 'acls', 'cross account access', 'sharing', 'public snapshots', 'public', 'publicly accessible', 'queue policy', 'key policy sharing', 'access policies', 'access policy', 'topic policy', 'access points', 'access point', 'repository policies', 'repository policy', 'snapshot sharing', 'sharing snapshots', 'share snapshots', 'snapshots public', 'ami sharing', 'origin access control', 'origin access identity', 'oac', 'oai'],
    sources: [src.s3BlockPublicAccess, src.iamBestPractices],
    defaults: {
      all: r('customer', 'Whether {service} resources are shared with other accounts or the public is set by the resource policies and settings you write.', ['Blocks new public S3 buckets by default and flags public access in IAM Access Analyzer.'], ['Keep S3 Block Public Access on at account level, review findings of IAM Access Analyzer, and check with AWS Config and Security Hub.']),
    },
  },
  {
    id: 'encryption-at-rest',
    name: 'Encryption at rest',
    aliases: ['encryption at rest', 'at rest', 'data at rest', 'server side encryption', 'sse', 'sse s3', 'sse kms', 'disk encryption', 'volume encryption', 'storage encryption', 'encrypted storage', 'encryption by default', 'default encryption', 'ebs encryption', 'encrypt at rest', 'encrypt data at rest', 'encryption of data at rest'],
    sources: [src.srm, src.kms],
    defaults: {
      infrastructure: r('customer', 'Encryption of {service} storage is a setting you turn on (EBS encryption, encryption by default) and keys you choose.', ['Encrypts EBS volumes with AES-256 using AWS KMS when you enable it, with no performance cost on Nitro.'], ['Turn on EBS encryption by default in every Region, encrypt snapshots and AMIs, and choose customer managed KMS keys where you need control.']),
      container: r('customer', '{service} encrypts storage with AWS KMS only when you ask for it, usually when you create the resource; choosing it and the key is yours.', ['Encrypts storage, backups, snapshots and replicas with the KMS key you choose.'], ['Enable encryption at creation with a customer managed AWS KMS key; check with AWS Config (rds-storage-encrypted and similar rules).']),
      abstracted: r('shared', '{service} encrypts data at rest by default with AWS-owned or AWS managed keys; which key is used (AWS owned, AWS managed or customer managed KMS key) and who may use it is your choice.', ['Encrypts all data at rest by default and manages the default keys.'], ['Choose a customer managed AWS KMS key where you need control of key policy, rotation and audit; restrict key use with key policies.']),
    },
  },
  {
    id: 'encryption-in-transit',
    name: 'Encryption in transit (TLS)',
    aliases: ['encryption in transit', 'in transit', 'data in transit', 'tls', 'ssl', 'https', 'ssl certificates', 'tls certificates', 'certificates', 'certificate', 'public cert', 'public certs', 'public certificate', 'public certificates', 'public tls certificate', 'public ssl certificate', 'encrypt in transit', 'in flight', 'over the wire', 'secure transport', 'encrypted connections', 'network traffic protection', 'encrypt traffic', 'encrypting traffic', 'traffic encryption', 'encrypt network traffic', 'service to service encryption', 'mutual tls', 'mtls'],
    sources: [src.srm, src.encryptionInTransit],
    defaults: {
      infrastructure: r('customer', 'TLS between clients and what you run on {service} is yours to configure; AWS encrypts only its own physical network links.', ['Encrypts traffic between its facilities and, on Nitro instances, between some instance types automatically.'], ['Terminate TLS with certificates from AWS Certificate Manager (on a load balancer or your server) and disable plaintext protocols.']),
      container: r('customer', '{service} offers TLS endpoints and certificates, but requiring TLS and making clients use it is your configuration.', ['Provides TLS endpoints and rotates the server certificates (CA bundles).'], ['Require TLS in the service configuration (for example rds.force_ssl) and make clients verify the certificate.']),
      abstracted: r('customer', 'AWS serves {service} over HTTPS endpoints, but protecting your network traffic — making clients use TLS and enforcing it with policy — is yours.', ['Provides TLS endpoints for every API.'], ['Enforce TLS with aws:SecureTransport conditions in resource policies and use current SDKs (TLS 1.2+).']),
    },
  },
  {
    id: 'key-management',
    name: 'Encryption key management (AWS KMS)',
    aliases: ['key management', 'kms', 'hsm users', 'hsm user', 'crypto users', 'crypto user', 'crypto officer', 'crypto officers', 'hsm keys', 'keys in the hsm', 'kms key', 'kms keys', 'cmk', 'cmks', 'customer managed key', 'customer managed keys', 'encryption keys', 'encryption key', 'key rotation', 'key policy', 'key policies', 'kms key rotation', 'managing keys', 'manage keys', 'byok', 'bring your own key'],
    sources: [src.kms, src.kmsRotation],
    defaults: {
      all: r('customer', 'AWS KMS protects key material in FIPS-validated HSMs, but which keys protect {service} data, who may use them and how they rotate is yours.', ['Runs the HSMs that protect key material and never exports plaintext keys.', 'Rotates AWS managed keys automatically.'], ['Use customer managed KMS keys for sensitive data, enable automatic key rotation, and keep key policies least-privilege; audit key use with CloudTrail.']),
    },
  },
  {
    id: 'secrets-management',
    name: 'Secrets management',
    aliases: ['secrets management', 'secrets', 'secret', 'passwords', 'password', 'api keys', 'api key', 'connection strings', 'hardcoded credentials', 'hard coded secrets', 'parameter store', 'secret rotation', 'credentials in code', 'environment variables'],
    sources: [src.secretsManager],
    defaults: {
      all: r('customer', 'Secrets your {service} workload uses (passwords, API keys, tokens) are yours to store, rotate and restrict.', ['Provides AWS Secrets Manager and Systems Manager Parameter Store, encrypted with KMS.'], ['Store secrets in AWS Secrets Manager with automatic rotation, never in code or plain environment variables; detect leaks with Amazon CodeGuru and GuardDuty.']),
    },
  },
  {
    id: 'data-classification',
    name: 'Sensitive data discovery and classification',
    aliases: ['data classification', 'classify data', 'classify', 'classifies', 'classifying', 'classification', 'label data', 'labelling data', 'labeling data', 'classifying data', 'sensitive data', 'sensitive data discovery', 'pii', 'personal data', 'personally identifiable information', 'data discovery', 'phi', 'cardholder data', 'data sensitivity', 'macie'],
    sources: [src.dataClassification, src.macie],
    defaults: {
      all: r('customer', 'Only you know which data you put in {service} is sensitive; classifying it and applying controls to match is yours.', ['Provides Amazon Macie to discover sensitive data in S3, and tagging.'], ['Classify data and tag resources, run Amazon Macie discovery jobs on S3, and apply stricter controls to sensitive data.']),
    },
  },
  {
    id: 'client-side-data',
    name: 'Customer data, client-side encryption and data integrity',
    aliases: ['client side encryption', 'client side data', 'client side', 'customer data', 'my data', 'our data', 'data integrity', 'content', 'customer content', 'data ownership', 'data retention', 'data deletion', 'data protection', 'data security', 'data lifecycle', 'encrypt before upload', 'instance store', 'instance store data', 'data residency', 'data sovereignty', 'data location', 'residency', 'sovereignty'],
    sources: [src.srm, src.clientSideEncryption],
    defaults: {
      all: r('customer', 'The data you store in or send to {service} is yours: you decide what to store, how long, who sees it, and whether to encrypt it client-side before AWS ever sees it.', ['Stores and processes data only as you instruct and never accesses it without your consent.'], ['Encrypt sensitive data client-side (AWS Encryption SDK, S3 Encryption Client), check integrity (checksums), and set retention and deletion (S3 Lifecycle, TTL).']),
    },
  },
  {
    id: 'backups',
    name: 'Backups and business continuity',
    aliases: ['backups', 'backup', 'back up', 'backing up', 'snapshots', 'snapshot', 'point in time recovery', 'pitr', 'restore', 'restores', 'disaster recovery', 'dr', 'business continuity', 'data recovery', 'backup retention', 'retention period', 'recovery', 'rpo', 'rto', 'versioning', 'object versioning', 'object lock', 's3 versioning', 'cross region replication', 'replication', 'dr testing', 'backed up', 'backed-up', 'backs up'],
    sources: [src.resiliency, src.backup],
    defaults: {
      infrastructure: r('customer', 'AWS does not back up what you run on {service}: snapshots, backup schedules and restore tests are yours.', ['Stores snapshots durably in S3 and runs AWS Backup.'], ['Create backup plans in AWS Backup (EBS snapshots, AMIs), copy them to another Region/account, and test restores.']),
      container: r('shared', '{service} takes automated backups that AWS stores and restores on request; you set the retention, take manual snapshots, copy them elsewhere and test restores.', ['Takes automated daily snapshots and transaction logs, and performs point-in-time restores.'], ['Set backup retention (up to 35 days), add AWS Backup plans with cross-Region/cross-account copies, and test restores regularly.'], [src.rdsBackups]),
      abstracted: r('customer', '{service} stores data durably across Availability Zones, but protection from deletion, corruption or ransomware (versioning, backups, replication) is yours to configure.', ['Stores data redundantly across multiple Availability Zones.'], ['Turn on versioning / point-in-time recovery, back up with AWS Backup, replicate to another Region or account, and test restores.']),
    },
  },
  {
    id: 'high-availability',
    name: 'High availability and resilience of the workload',
    aliases: ['high availability', 'availability', 'ha', 'multi az', 'multi-az', 'multiple availability zones', 'failover', 'fault tolerance', 'fault tolerant', 'redundancy', 'resilience', 'resiliency', 'uptime', 'multi region', 'outage', 'global tables', 'multi region replication', 'health checks', 'global database'],
    sources: [src.resiliency],
    defaults: {
      infrastructure: r('customer', 'AWS keeps its infrastructure resilient, but architecting {service} workloads across Availability Zones is yours (resilience in the cloud).', ['Provides isolated Availability Zones and replaces failed hardware.'], ['Spread instances across AZs with Auto Scaling groups and load balancers, and test failover (AWS Fault Injection Service, AWS Resilience Hub).']),
      container: r('shared', 'AWS runs the failover machinery for {service}, but you choose whether to deploy Multi-AZ or replicas and test that your application reconnects.', ['Runs synchronous standbys and automatic failover when Multi-AZ is on.'], ['Turn on Multi-AZ / replicas for production, handle reconnects in your application, and review with AWS Resilience Hub.'], [src.rdsMultiAz]),
      abstracted: r('shared', 'AWS runs {service} across multiple Availability Zones in a Region; multi-Region designs, quotas and client retries remain yours.', ['Runs the service redundantly across Availability Zones and meets its SLA.'], ['Use retries with backoff, request quota increases ahead of need, and add multi-Region replication where your RTO requires it.']),
    },
  },
  {
    id: 'capacity-scaling',
    name: 'Capacity and scaling',
    aliases: ['scaling', 'scale', 'auto scaling', 'autoscaling', 'capacity', 'capacity planning', 'provisioning capacity', 'instance sizing', 'right sizing', 'concurrency', 'throughput capacity', 'elasticity'],
    sources: [src.resiliency, src.autoScaling],
    defaults: {
      infrastructure: r('customer', 'You choose instance types and how many run for {service}; scaling policies are yours.', ['Provides capacity in each Availability Zone and EC2 Auto Scaling.'], ['Configure EC2 Auto Scaling groups and policies, and watch capacity with CloudWatch and AWS Compute Optimizer.']),
      container: r('shared', 'AWS provisions and replaces the nodes of {service}; you choose instance classes, node counts and storage autoscaling limits.', ['Provisions and replaces capacity you request; offers storage autoscaling.'], ['Size instances from CloudWatch metrics, turn on storage autoscaling, and add read replicas as load grows.']),
      abstracted: r('aws', '{service} scales automatically: AWS provisions capacity behind the API; you manage only quotas and limits.', ['Scales the service capacity automatically.'], ['Watch service quotas (Service Quotas, CloudWatch) and set concurrency/throughput limits that protect downstream systems.'], [src.lambdaScaling]),
    },
  },
  {
    id: 'monitoring',
    name: 'Monitoring, metrics and alarms',
    aliases: ['monitoring', 'metrics', 'alarms', 'alerting', 'alerts', 'observability', 'health monitoring', 'performance monitoring', 'dashboards', 'application logs', 'cloudwatch alarms setup'],
    sources: [src.cloudwatch, src.securityPillar],
    defaults: {
      all: r('customer', 'AWS publishes metrics for {service}, but deciding what to watch, setting alarms and acting on them is yours.', ['Publishes service metrics and events to Amazon CloudWatch and AWS Health.'], ['Create CloudWatch alarms and dashboards for your workloads, ship application logs to CloudWatch Logs, and route alerts to on-call.']),
    },
  },
  {
    id: 'api-logging',
    name: 'API activity logging (CloudTrail)',
    aliases: ['api logging', 'cloudtrail', 'cloud trail', 'trail', 'trails', 'api calls', 'audit logs', 'audit log', 'audit logging', 'audit trail', 'logging', 'logs', 'activity logs', 'api activity', 'management events', 'data events', 'log retention', 'log integrity', 'log file validation', 'access logging', 'server access logging', 'access logs', 's3 access logs', 'logging api calls'],
    sources: [src.cloudtrail, src.securityPillar],
    defaults: {
      all: r('customer', 'CloudTrail records 90 days of management events for {service} by default, but a durable trail (all Regions, data events, protected storage, log validation) is yours to create and watch.', ['Records management events in the 90-day CloudTrail event history.'], ['Create a multi-Region (organization) trail with log file validation to a locked-down S3 bucket encrypted with KMS; add data events where needed and alert on them with CloudWatch or EventBridge.']),
    },
  },
  {
    id: 'threat-detection',
    name: 'Threat detection and account compromise detection',
    aliases: ['threat detection', 'threats', 'guardduty', 'guard duty', 'intrusion detection', 'ids', 'malware', 'malware detection', 'anomaly detection', 'compromise', 'compromised', 'account compromise', 'compromised credentials', 'suspicious activity', 'attack detection', 'crypto mining', 'cryptomining', 'detect attacks'],
    sources: [src.guardduty, src.securityPillar],
    defaults: {
      all: r('customer', 'AWS watches its own infrastructure, but detecting threats against your account and {service} resources is yours: GuardDuty only runs when you enable it.', ['Detects abuse of its infrastructure and provides Amazon GuardDuty, Detective and Security Hub.'], ['Enable Amazon GuardDuty in every account and Region (with the protection plans you need), route findings to your responders, and review them in AWS Security Hub.']),
    },
  },
  {
    id: 'configuration-compliance',
    name: 'Configuration compliance and drift detection',
    aliases: ['configuration compliance', 'config rules', 'misconfiguration', 'misconfigurations', 'configuration drift', 'drift', 'security hub', 'compliance checks', 'secure configuration', 'cis benchmark', 'conformance packs', 'security posture', 'cspm', 'security in the cloud', 'managed services', 'managed service', 'secure configuration of managed services', 'best practices checks', 'parameter groups', 'parameter group', 'db parameter groups'],
    sources: [src.config, src.securityHub],
    defaults: {
      all: r('customer', 'How you configure {service} is yours, and so is checking it stays compliant; AWS provides the rules engines.', ['Provides AWS Config managed rules, Security Hub controls and Trusted Advisor checks.'], ['Record resources with AWS Config, enable Security Hub standards (AWS FSBP, CIS), and fix findings quickly.']),
    },
  },
  {
    id: 'vulnerability-scanning',
    name: 'Vulnerability scanning and penetration testing',
    aliases: ['vulnerability scanning', 'vulnerability management', 'vulnerabilities', 'vulnerability', 'inspector', 'cve', 'cves', 'penetration testing', 'pen testing', 'pentest', 'pentesting', 'pen test', 'security scanning', 'vulnerability scans', 'scanning'],
    sources: [src.inspector, src.penTesting],
    defaults: {
      infrastructure: r('customer', 'Finding vulnerabilities in the OS and software you run on {service} is yours; AWS scans only its own infrastructure.', ['Scans its infrastructure and provides Amazon Inspector.'], ['Turn on Amazon Inspector for EC2 and ECR, fix findings by priority, and pen test your workloads within the AWS policy.']),
      container: r('customer', 'AWS scans and patches the platform of {service}; scanning what you build on it — configuration, schema and the applications that use it — and pen testing are yours.', ['Scans and patches the managed platform.'], ['Scan the applications that use it, review configuration with Security Hub, and pen test within the AWS policy.']),
      abstracted: r('customer', 'AWS tests and fixes the service itself; finding vulnerabilities in the code, images and configuration you bring to {service} is yours.', ['Tests and fixes the service platform.'], ['Scan your code, packages and images with Amazon Inspector and review configuration with Security Hub.']),
    },
  },
  {
    id: 'ddos-protection',
    name: 'DDoS protection',
    aliases: ['ddos', 'ddos protection', 'denial of service', 'distributed denial of service', 'dos attacks', 'dos attack', 'shield', 'ddos attacks', 'ddos mitigation', 'syn floods', 'udp floods', 'http floods', 'reflection attacks', 'volumetric attacks'],
    sources: [src.shield, src.ddosWhitepaper],
    defaults: {
      all: r('shared', 'AWS Shield Standard protects {service} endpoints and the AWS network from common network-layer DDoS attacks at no cost; designing your application to absorb attacks, and Shield Advanced for more, is yours.', ['Applies AWS Shield Standard to all customers automatically.'], ['Put CloudFront, Route 53 and load balancers in front, scale out, use AWS WAF rate-based rules, and consider Shield Advanced for critical applications.']),
    },
    // Selected by the cues in lexicon.ts (`refinementCues`).
    refinements: [
      {
        id: 'shield-standard',
        name: 'Shield Standard (automatic network and transport layer protection)',
        answer: r('aws', 'AWS Shield Standard covers {service} automatically and at no extra cost: AWS detects and mitigates common network and transport layer (layer 3 and 4) DDoS attacks, such as SYN/UDP floods and reflection attacks, at its edge and network; there is nothing to turn on.', ['Runs Shield Standard for every customer: always-on network flow monitoring and inline mitigation, strongest at the edge (CloudFront, Route 53, Global Accelerator) and in front of Elastic Load Balancing.'], ['Nothing to enable for Shield Standard; application layer (layer 7) attacks, a resilient architecture, AWS WAF rate-based rules and Shield Advanced stay yours.'], [src.shield, src.shieldStandard]),
      },
      {
        id: 'shield-advanced-resilience',
        name: 'Shield Advanced, application layer protection and DDoS-resilient architecture',
        answer: r('customer', 'Protection beyond Shield Standard for {service} is yours to choose and set up: subscribing to Shield Advanced and adding protections, AWS WAF rules against application layer (layer 7) floods, and an architecture that scales to absorb an attack.', ['Runs Shield Advanced and AWS WAF, and gives Shield Advanced subscribers the Shield Response Team and cost protection.'], ['Subscribe to Shield Advanced and protect the resources that matter, attach AWS WAF rate-based rules, set up health-based detection and SRT access, and design for scale with CloudFront, Route 53 and Auto Scaling.'], [src.shield, src.ddosWhitepaper]),
      },
    ],
  },
  {
    id: 'web-application-firewall',
    name: 'Web application firewall (AWS WAF)',
    aliases: ['web application firewall', 'waf', 'waf rules', 'sql injection', 'xss', 'cross site scripting', 'owasp', 'owasp top 10', 'bot control', 'rate limiting', 'rate based rules', 'layer 7 attacks', 'throttling', 'request throttling'],
    sources: [src.waf],
    defaults: {
      all: r('customer', 'AWS provides AWS WAF, but putting it in front of {service} endpoints and choosing its rules is yours.', ['Runs AWS WAF and publishes managed rule groups.'], ['Attach an AWS WAF web ACL (managed rule groups, rate-based rules) to CloudFront, ALB or API Gateway; manage it across accounts with AWS Firewall Manager.']),
    },
  },
  {
    id: 'patch-management',
    name: 'Patch management (a shared control)',
    aliases: ['patch management', 'patch management control', 'patching responsibilities', 'patch management responsibility'],
    sources: [src.srm, src.patchManager],
    defaults: {
      all: r('shared', 'The Shared Responsibility Model names patch management a shared control: AWS patches and fixes flaws in the infrastructure under {service}, and you patch what you run on it (guest OS, applications, images) as far as the service lets you.', ['Patches and fixes flaws in the infrastructure, host OS and managed platforms.'], ['Patch your guest OS and applications (AWS Systems Manager Patch Manager), keep managed services on supported versions, and track findings in Amazon Inspector.']),
    },
  },
  {
    id: 'configuration-management',
    name: 'Configuration management (a shared control)',
    aliases: ['configuration management', 'configuration management control'],
    sources: [src.srm, src.config],
    defaults: {
      all: r('shared', 'The Shared Responsibility Model names configuration management a shared control: AWS maintains the configuration of its infrastructure devices, and you configure your own guest operating systems, databases and applications on {service}.', ['Maintains the configuration of its infrastructure devices.'], ['Define secure configurations as code and check them with AWS Config and Security Hub.']),
    },
  },
  {
    id: 'awareness-training',
    name: 'Awareness and training (a shared control)',
    aliases: ['awareness and training', 'awareness training', 'awareness and training control', 'security awareness', 'security awareness and training', 'security awareness training'],
    sources: [src.srm],
    defaults: {
      all: r('shared', 'The Shared Responsibility Model names awareness and training a shared control: AWS trains AWS employees, and you train your own employees who use {service}.', ['Trains AWS employees.'], ['Train your own builders and operators (AWS Skill Builder security courses) and run exercises.']),
    },
  },
  {
    id: 'security-awareness',
    name: 'Security awareness and training of your people',
    aliases: ['security training', 'training', 'security training for our staff', 'awareness and training of customer employees', 'training of customer employees', 'training our employees', 'training my employees', 'employee training', 'staff training', 'phishing', 'social engineering', 'user education', 'insecure user behaviour', 'insecure user behavior'],
    sources: [src.securityPillar, src.srm],
    defaults: {
      all: r('customer', 'AWS trains its own staff; training the people who use {service} in your organisation, and watching for insecure behaviour, is yours.', ['Trains AWS personnel and publishes security guidance and training.'], ['Train builders and operators (AWS Skill Builder security courses), run phishing exercises, and review risky behaviour found by IAM Access Analyzer and GuardDuty.']),
    },
  },
  {
    id: 'incident-response',
    name: 'Incident response',
    aliases: ['incident response', 'incidents', 'incident', 'security incident', 'security incidents', 'respond to incidents', 'breach', 'breaches', 'forensics', 'ir', 'incident handling', 'playbooks', 'runbooks', 'containment', 'abuse reports', 'abuse report', 'abuse notices'],
    sources: [src.incidentResponse],
    defaults: {
      all: r('customer', 'AWS responds to incidents in its infrastructure; responding to incidents in your account and {service} resources (containment, forensics, recovery) is yours.', ['Handles incidents affecting AWS infrastructure and notifies affected customers (AWS Health, abuse reports).'], ['Write and rehearse playbooks, pre-provision forensic access, automate containment with EventBridge and Lambda or Systems Manager, and consider AWS Security Incident Response.']),
    },
  },
  {
    id: 'compliance-evidence',
    name: 'Compliance certifications and audit evidence',
    aliases: ['compliance', 'compliance evidence', 'audit', 'audits', 'auditing', 'pci', 'pci dss', 'hipaa', 'iso 27001', 'fedramp', 'gdpr', 'audit evidence', 'regulatory compliance', 'evidence of compliance', 'compliance of my workload', 'compliance of my application', 'soc 2 compliance', 'pci compliance', 'hipaa compliance', 'audit manager', 'compliance obligations', 'regulatory obligations'],
    sources: [src.srm, src.artifact, src.servicesInScope],
    defaults: {
      all: r('shared', 'Compliance of what you build on {service} is shared: AWS certifies its own controls (inherited controls) and publishes the reports; you show evidence for the controls in your part (shared and customer-specific controls), depending on your data, your objectives and the laws that apply.', ['Is audited against SOC, ISO, PCI DSS, FedRAMP and more, and publishes its reports in AWS Artifact.'], ['Check the service is in scope for your program, download AWS Artifact reports for the inherited controls, and collect evidence for your own controls with AWS Audit Manager, Config and Security Hub.']),
    },
  },
  {
    id: 'aws-compliance-reports',
    name: "AWS's own compliance reports and certifications (AWS Artifact)",
    aliases: ['compliance reports', 'aws compliance reports', 'soc 2', 'soc2', 'soc 1', 'soc1', 'soc 3', 'soc3', 'soc reports', 'soc 2 reports', 'soc 1 reports', 'soc 3 reports', 'audit reports', 'third party audit reports', 'third party audits', 'third party attestations', 'attestation reports', 'attestation', 'attestations', 'certifications', 'aws certifications', 'infrastructure certifications', 'certifications of the infrastructure', 'iso certifications', 'iso certificates', 'iso 27001 certification', 'iso 27001 certifications', 'iso 27001 certificate', 'pci attestation of compliance', 'pci dss attestation of compliance', 'artifact', 'artifact reports', 'inherited controls', 'aws compliance programs', 'compliance programs', 'services in scope'],
    sources: [src.artifact, src.artifactDownload, src.compliancePrograms, src.servicesInScope, src.srm],
    defaults: {
      all: r('aws', "AWS has its own controls for {service} assessed by third-party auditors (SOC 1/2/3, ISO 27001, PCI DSS, FedRAMP and others) and provides the attestation reports and certificates through AWS Artifact; they cover AWS's part, not what you build.", ['Is assessed by third-party auditors under its compliance programs and lists the services in scope of each program.', 'Publishes SOC, ISO, PCI and other reports and certificates for download in AWS Artifact.'], ["Download the reports you need from AWS Artifact (after checking the service is in scope) and give them to your auditors for the inherited controls; your own workload's compliance evidence stays yours (AWS Audit Manager, Config, Security Hub)."]),
    },
  },
  {
    id: 'account-governance',
    name: 'Account governance (Organizations, SCPs, guardrails)',
    aliases: ['account governance', 'governance', 'organizations', 'scp', 'scps', 'service control policies', 'service control policy', 'control tower', 'landing zone', 'multi account', 'multi account strategy', 'guardrails', 'tagging', 'tag policies', 'account structure', 'billing alerts', 'cost controls'],
    sources: [src.scps, src.controlTower],
    defaults: {
      all: r('customer', 'How your accounts are organised and which guardrails constrain {service} use is yours to design; AWS provides Organizations and Control Tower.', ['Provides AWS Organizations, SCPs and Control Tower guardrails.'], ['Use a multi-account structure with AWS Organizations, SCPs as guardrails, AWS Control Tower for new accounts, and keep contact and security information current.']),
    },
  },
];
