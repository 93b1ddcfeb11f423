import { chatFillers } from './terms.js';

/**
 * The question grammar beside the data: verbs ("patch", "encrypt", "harden")
 * and objects ("guest os", "database engine", "runtime") that combine into an
 * area, the words that carry no meaning for the answer, and the names of
 * other clouds (never mapped to an AWS service).
 */

export type Act = 'patch' | 'harden' | 'encrypt' | 'configure';
export type Obj = 'os' | 'engine' | 'runtime' | 'host' | 'platform' | 'data' | 'traffic';

export const acts: Record<Act, string[]> = {
  patch: ['patch', 'patches', 'patched', 'patching', 'update', 'updates', 'updated', 'updating', 'upgrade', 'upgrades', 'upgraded', 'upgrading', 'security updates', 'security update', 'security patches', 'security patch', 'apply patches', 'applying patches', 'maintain', 'maintains', 'maintained', 'maintaining', 'maintenance', 'keep up to date', 'keeping up to date', 'fixing flaws', 'fix flaws', 'bug fixes', 'hotfixes'],
  harden: ['harden', 'hardens', 'hardening', 'hardened', 'lock down', 'locking down'],
  encrypt: ['encrypt', 'encrypts', 'encrypted', 'encrypting', 'encryption'],
  configure: ['configuration', 'configurations', 'configure', 'configures', 'configuring', 'configured', 'setting up', 'set up'],
};

export const objects: Record<Obj, string[]> = {
  os: ['os', 'data plane', 'docker engine', 'docker', 'container runtime', 'container agent', 'ecs agent', 'ecs container agent', 'kubelet', 'guest os', 'operating system', 'operating systems', 'guest operating system', 'guest operating systems', 'instance os', 'underlying os', 'underlying operating system', 'kernel', 'nodes', 'node', 'worker nodes', 'worker node', 'node groups', 'node group', 'container instances', 'container instance', 'ami', 'amis', 'linux', 'windows', 'windows server', 'amazon linux', 'ubuntu', 'red hat', 'rhel'],
  engine: ['database engine', 'database engines', 'db engine', 'engine', 'engines', 'database', 'databases', 'db', 'dbs', 'database software', 'mysql', 'postgres', 'postgresql', 'mariadb', 'sql server', 'oracle', 'oracle database', 'db2', 'pg'],
  runtime: ['runtime', 'runtimes', 'python', 'java', 'nodejs', 'node js', 'ruby', 'dotnet', 'net core', 'php', 'interpreter', 'jdk', 'jre'],
  host: ['host', 'hosts', 'host server', 'host servers'],
  platform: ['platform', 'platforms', 'platform version', 'platform versions', 'solution stack'],
  data: ['data', 'volumes', 'volume', 'disk', 'disks', 'storage', 'stored data', 'objects', 'object', 'tables', 'table', 'files', 'file', 'items', 'messages', 'records', 'information', 'artifacts', 'build artifacts'],
  traffic: ['traffic', 'connections', 'connection', 'network traffic', 'communications', 'communication', 'data in motion', 'api requests'],
};

/** What an act applied to an object means; `service` = the service's own patch area. */
export const combos: Record<Act, Partial<Record<Obj, string>>> = {
  patch: { os: 'guest-os-patching', engine: 'database-engine-patching', runtime: 'runtime-patching', host: 'hypervisor-host-os', platform: 'service' },
  harden: { os: 'guest-os-hardening', host: 'hypervisor-host-os', platform: 'guest-os-hardening' },
  encrypt: { data: 'encryption-at-rest', os: 'encryption-at-rest', engine: 'encryption-at-rest', traffic: 'encryption-in-transit' },
  configure: { os: 'guest-os-hardening', host: 'hypervisor-host-os' },
};

/** An act alone; `service` = the service's own patch area. "configure" alone says nothing. */
export const actAlone: Partial<Record<Act, string>> = {
  patch: 'service',
  harden: 'guest-os-hardening',
  encrypt: 'encryption-at-rest',
  configure: 'configuration-compliance',
};

/** An object alone (no act): "who owns the guest os on ec2". */
export const objectAlone: Partial<Record<Obj, string>> = {
  data: 'client-side-data',
  os: 'guest-os-patching',
  engine: 'database-engine-patching',
  runtime: 'runtime-patching',
  host: 'hypervisor-host-os',
  platform: 'service',
};

/**
 * Words that carry no service or area: question words, verbs of owning, generic nouns; and the commonest function
 * words of German, Spanish and French that are no English words, for those who mix them in ("ist das aws oder wir?").
 */
export const stopwords = new Set(
  `a an the of for on in at to with w by from and or but nor not no yes as into onto over under about between across within inside outside via per than then
  who whom whose what which when where why how whether if is are am was were be been being do does did doing done have has had having
  can could should would will shall may might must need needs needed ought
  i me my mine myself we us our ours you your yours it its itself they them their he she this that these those there here
  ist das und oder wir uns ich nicht eine wer sind aber nosotros quien quienes nous avec mais
  ctrl pls plz uk q1 q2 q3 q4 h1 h2 deprovisioning deprovision deprovisioned
  aws amazon customer customers client clients consumer tenant tenants provider cloud clouds
  responsible responsibility responsibilities accountable liable own owns owned owner owners ownership
  handle handles handled handling manage manages managed managing management administer administers administration
  take takes taking care job duty duties task tasks role part side party parties
  secure secures securing security protect protects protected protecting protection safeguard safeguarding
  configure configures configured configuring configuration config setup set sets setting settings up turn turns enable enables enabled enabling disable
  provide provides provided providing ensure ensures ensuring make makes making keep keeps kept look looks after
  run runs running ran operate operates operating operation operations deploy deploys deployed deploying hosted hosting
  use uses used using utilize service services offering product products feature features resource resources workload workloads
  environment environments account accounts application applications app apps system systems solution solutions
  instance bucket function functions cluster clusters queue queues topic topics table container containers task pod pods
  thing things stuff something anything everything part parts level layer layers piece component components
  shared share model models matrix split divide divided responsibility
  really actually also any all each every some both either neither only just even still already ever always never often
  please tell know want wondering question questions ask asking answer explain mean means meaning sure
  like such other another more most less much many few lot lots very quite rather
  new old current latest existing default defaults automatic automatically auto manual manually
  whose whoever everyone someone somebody anyone nobody person people team teams company org organisation organization
  vs versus compared comparison difference between
  get gets got give gives go goes going come comes let lets say says put puts
  responsibe resposible reponsible
  i'm im dont doesnt isnt arent cant wont wasnt hadnt shouldnt mustnt neednt aint shouldve wouldve couldve mustve mightve wouldnt couldnt etc e g eg ie
  weve ive youve theyve didnt havent hasnt werent youre theyre whats thats theres heres
  necessary required require requires requirement requirements obligation obligations
  good best practice practices recommended recommend proper properly correctly
  we're you're they're it's that's what's who's
  ok okay k q qq ppl rn eta yeah eli5 tldr followup follow ${chatFillers.join(' ')}
  ugh lgtm sry sorry folks team guys y'all yall`.split(/\s+/).filter(Boolean),
);

/** Everyday words of the domain that are not service names (an unknown word is otherwise read as one). */
export const generalWords = new Set(
  `stateful stateless adcs pki ca cas anchor anchors xks collab collabs serverless govcloud ato atos ntp walkthrough walkthroughs eu emea apac latam gdpr ccpa sox itgc itgcs cuec cuecs gl erp crm hr edi dept depts ict outsourced outsourcing datawarehouse datawarehouses queueing num secnumcloud anssi acpr bafin nis2 dora mec tor noc nailed cnf cnfs vnf vnfs ran onboarded wms mes plm baa phi pii x mgmt misconfig misconfigs misconfigured dba dbas sqlserver rts nic nics priv privs rcu wcu rcus wcus acu acus throttled filesystem filesystems bcp drp doc docs hook fs
  bc cuz coz lims qms eqms vmp hris hrms lms ehr pacs itsm cmdb sop sops capa gxp alcoa iq oq pq urs frs dpo dpia dpias ropa dsar dsars acct accts standup standups
  ccp clf saa scs sap dva soa dop ans mls c01 c02 c03 quiz quizzes studying exam exams cert certs
  kb kbs wsus sccm mecm gpo gpos powershell rdp microsoft tcp udp icmp geolocation
  ssp ssps poam poams conmon isso issm cjis pcr pcrs
  ai genai llm llms ml
  sqli xss csrf xsrf ssrf rce xxe lfi rfi idor owasp ddos fw fws ngfw ngfws esp ike ikev1 ikev2 ipsec natt bgp asn asns ospf gre mtu vlan vlans dhcp arp l2 l3 l4 l7 ttl otp totp ldap ldaps kerberos ntlm cve cves cvss siem soar edr xdr ids ips hsts cors jwt jwts oauth oauth2 mtls sni ocsp crl pem pfx pkcs hmac rsa ecdsa
  5g 4g lte 3gpp scas telco telcos telecom regs
  csv csvs tsv json jsonl ndjson yaml yml xml parquet avro orc xlsx xls pdf pdfs txt zip gz gzip tar
  exec execs cfd hpc mpi
  sap hana s4hana datafile datafiles
  monday tuesday wednesday thursday friday saturday sunday weekend cyber holiday holidays christmas peak storefront storefronts
  bf bfcm
  cobol copybook copybooks jcl cics vsam ipl racf smf ptf ptfs mainframe mainframes zos os390 mvs tso ispf
  virginia ohio oregon california london ireland frankfurt paris stockholm milan zurich spain madrid tokyo osaka seoul mumbai hyderabad singapore sydney melbourne jakarta montreal calgary sao paulo bahrain uae cape town hong kong tel aviv
  chd cde pan tpsp tpsps aoc aocs roc rocs saq saqs asv asvs fim tf tfstate iac
  raci qsa auditor auditors workpaper workpapers postmortem post-mortem retro incident incidents oncall on-call pager paged outage outages blip
  console consoles management portal dashboard interface cli sdk sdks api apis endpoint endpoints request requests call calls
  hard drive drives device devices media medium equipment rack racks site sites premises office building buildings room rooms cage cages
  failed failure failures broken faulty damaged old retired end life lifecycle cycle end-of-life
  network networks networking internet wire cable cables link links fiber power cooling fire electricity generator generators
  physical logical virtual underlying below beneath above top bottom stack level tier tiers
  install installs installed installing installation software version versions release releases build builds image
  user person staff employee employees admin admins administrator administrators operator operators developer developers engineer engineers
  access login logins log sign signin password credentials credential identity identities token tokens session sessions
  data information record records file files content documents document backup item items message messages event events
  public private internal external inbound outbound ingress egress traffic flow flows packet packets port protocol protocols
  attack attacks attacker attackers threat threats risk risks vulnerability exploit exploits hacker hackers abuse malicious
  monitor monitors monitored watch watching detect detects detected detection alert notify notification notifications report reports reporting
  review reviews audit auditor auditors evidence proof certify certified certification standard standards framework frameworks regulation regulations law laws
  durable durability reliable reliability available uptime performance latency cost costs price pricing billing bill budget
  region zone zones location locations country countries global local regional worldwide
  create creates created delete deletes deleted remove removes removed add adds added change changes changed modify modifies
  write writes read reads store stores storing stored save saves saved copy copies copied move moves moved retain retains keep
  test tests testing tested check checks checking verify verifies verified validate validation scan scans scanned
  rotate rotates rotated rotating rotation renew renewal expire expiry expiration issue issues issued
  grant grants granted deny denies denied allow allows allowed block blocks blocked restrict restricts restricted limit limits
  control controls controlled govern policy policies rule rules permission permissions privilege privileges
  plan plans planning design designs designed architect architecture architectures pattern patterns strategy
  customer-managed aws-managed self fully partially partly mostly entirely completely jointly together alone solely
  first second third one two three four five single multiple several various different same separate
  day days week weeks month months year years time times hour hours minute minutes schedule scheduled window windows
  cluster node instance server host machine vm computer computers hardware firmware bios chip chips
  mine yours theirs ours whom whose whoever which whatever anything nothing everything
  what's who's how's where's isn't aren't doesn't don't won't can't shouldn't
  example examples case cases scenario scenarios situation type types kind kinds sort way ways method methods
  good bad better worse safe unsafe secure insecure trusted untrusted sensitive confidential critical important
  handle deal dealing responsible accountable charge charged owner
  train trains trained finding findings response responses result results fine grained project projects
  ci cd cicd pipeline pipelines long lived short against intruder intruders hazard hazards flood floods disaster disasters
  gateway gateways job jobs query queries repository repositories stream streams bucket buckets key keys role roles group groups
  choose chooses chose choosing chosen select selects selecting pick picks picking decide decides deciding decision where
  apply applies applied enforce enforces enforced define defines defined rebuild rebuilds rebuilt send sends sent receive receives
  through underneath behind while including securely properly during before after
  domain domains broker brokers listener listeners authorizer authorizers controller controllers email emails prompt prompts
  ciso cso cto nist fips stig sox itar cjis soc siem soar edr xdr dlp devops devsecops sre oncall sla slas kpi
  cron crontab lodash npm pip maven gradle jenkins terraform ansible kubectl helm argocd docker dockerhub
  infra estate inherit inherited since anyway legacy supposed suppose assume assumed thought believe heard guess pretty definitely probably think thinks thinking correct incorrect correctly mark marks marked marking fintech insurtech healthtech edtech regtech taskdef taskdefs
  zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions
  rm cp mv ls mb rb cui irb dua duas pi pis phd postdoc postdocs grad lab labs
  pw pwd srm ou ous buildspec cmks gw
  microservice microservices frontend frontends webapp webapps codebase monorepo servicemesh istio grpc websocket websockets hotfix hotfixes
  datastore datastores multitenant saas paas iaas onprem
  prod staging dev env envs vpn ssh rdp sftp ftp smtp dns api dkim dmarc spf jwt oauth mtls cidr byok hyok cmk kek dek
  cryptoperiod cryptoperiods fim ish saq saqs pan pans tokenization tokenisation hitrust csf casb ztna sase pam sbom sboms cvss kev sast dast iast rasp
  ndr ueba mttr mttd bia dpa dpas scc sccs ferpa glba evidencing auditability sod ssae tsc irap c5 hds mtcs tisax cmmc nispom jsig il2 il4 il5 il6
  cissp ccsp oscal stix taxii ioc iocs ttp ttps mitre pentester pentesters redteam tabletop tabletops sli slis kri kris abac pbac jit jea jumpbox mdm byod
  pivot pivoting pivoted designate designates designated fsbp triage triaging triaged
  cdk pulumi req reqs incompat incompatible mle mles numpy pandas scipy sklearn pytorch torch tensorflow keras cuda cudnn jupyter conda
  scada plc plcs hmi hmis opc dcs ics mes historian historians
  trm mas apra dora nis2 hkma rbi ospar bafin eba finma pdpa lgpd gmp glp appi pipeda nerc cip hitech ismap kisms sama nydfs naic ffiec ccpa cpra sox fisma itar pipl popia`.split(/\s+/).filter(Boolean),
);

/** Word endings of ordinary English words ("failed", "decommissioning", "replication"): never read as a service name. */
export const englishSuffixes = /(?:ing|ed|ly|tion|sion|ment|ness|ity|ities|ance|ence|ive|ous|ful|less|able|ible|ize|ise|ized|ised|ship|er)s?$/;

/** One-word area aliases that only count when nothing more specific is said ("application secrets" is about secrets). */
export const weakAliases = new Set(['application', 'applications', 'content', 'users', 'snapshot', 'snapshots', 'packages', 'image', 'images', 'scale', 'ports', 'routes', 'trail', 'trails', 'logs', 'ir', 'dr', 'ha', 'ids', 'audit', 'audits', 'root', 'recovery', 'restore', 'restores', 'availability', 'infrastructure', 'hardware', 'servers', 'code', 'physical', 'compliance', 'governance', 'incident', 'incidents', 'breach', 'capacity', 'scaling', 'monitoring', 'alerts', 'metrics', 'logging', 'certificate', 'certificates', 'server', 'containers', 'power', 'cooling', 'replication', 'versioning', 'isolation', 'training', 'peering', 'throttling', 'my data', 'our data', 'your data']);

/** On-premises virtualization and private-cloud products: the customer runs them, so their hosts are the customer's. */
export const onPremisesSoftware = new Set(['vmware', 'vsphere', 'esxi', 'vcenter', 'openstack', 'proxmox', 'nutanix', 'hyperv']);
/**
 * Other vendors' software and SaaS that AWS services also work with: a foreign name on its own (foreignTokens),
 * context beside an AWS service (vendorProducts).
 */
const vendorSoftware = [
  ...onPremisesSoftware,
  // operations, source control and business SaaS
  'datadog', 'splunk', 'newrelic', 'pagerduty', 'github', 'gitlab', 'bitbucket', 'jira', 'confluence', 'atlassian', 'servicenow',
  'zendesk', 'workday', 'sharepoint', 'o365', 'm365', 'gsuite', 'blackbaud',
  // messaging and communications SaaS, industrial software vendors
  'twilio', 'sendgrid', 'mailchimp', 'rockwell', 'factorytalk', 'thingworx', 'mindsphere', 'kepware', 'kepserverex', 'wonderware', 'aveva', 'osisoft',
  // AI platforms used directly, payment providers
  'chatgpt', 'langsmith', 'shopify', 'stripe',
  // file-sharing SaaS, data platforms hosted by their vendor
  'dropbox', 'onedrive', 'palantir',
  // endpoint management run by the customer, AI model vendors' own APIs
  'sccm', 'intune', 'jamf', 'cohere',
  // a CI service hosted by its vendor
  'circleci',
  // industrial automation vendors (their edge devices, PLC software and clouds), SAP's own SaaS products
  'siemens', 'schneider', 'honeywell', 'yokogawa', 'beckhoff', 'codesys', 'successfactors', 'ariba', 'concur',
  // network storage appliances kept on premises
  'synology', 'qnap', 'truenas',
];

/** Other clouds' names: a question naming one is never mapped to an AWS service. */
export const foreignTokens = new Set([
  'azure', 'gcp', 'bigquery', 'gke', 'aks', 'oke', 'cosmosdb', 'alibaba', 'aliyun', 'digitalocean', 'heroku', 'firebase',
  'playfab', 'tableau', 'linode', 'vultr', 'oci', 'openshift', 'netlify', 'vercel', 'cloudflare', 'snowflake', 'databricks', 'salesforce',
  'hetzner', 'ovh', 'ovhcloud', 'megaport', 'packetfabric', 'ibmcloud', 'tencent', 'huawei', 'supabase', 'planetscale', 'backblaze', 'scaleway', 'upcloud',
  'rackspace', 'aiven', 'fastly', 'akamai', 'koyeb', 'appwrite', 'flyio', 'railway', 'fastconnect', 'expressroute',
  // HashiCorp's cloud platform ("HCP Vault"), a contact-centre cloud
  'hcp', 'genesys',
  // Other vendors' network and security appliances and services.
  'meraki', 'zscaler', 'fortinet', 'fortigate', 'paloalto', 'prisma', 'panorama', 'veeam', 'commvault', 'zerto', 'nakivo', 'acronis', 'rubrik', 'cohesity', 'druva', 'crowdstrike', 'sentinelone', 'juniper', 'netskope', 'equinix',
  // Other vendors' data, ML and device-management services.
  'fivetran', 'airbyte', 'openai', 'huggingface', 'jamf', 'intune', 'purview', 'confluent', 'redpanda',
  // other vendors' vector databases and research data-transfer services
  'pinecone', 'weaviate', 'qdrant', 'zilliz', 'globus',
  // Other vendors' video platforms and IoT clouds.
  'brightcove', 'kaltura', 'jwplayer', 'wowza', 'bitmovin', 'vimeo', 'influxdata', 'hivemq', 'balena', 'balenacloud', 'thingsboard', 'blynk',
  // Other vendors' game services and anti-cheat products.
  'battleye', 'denuvo', 'steamworks', 'epicgames', 'nakama', 'heroiclabs', 'multiplay',
  // Other vendors' HSMs and secrets products, and another cloud's object storage.
  'thales', 'payshield', 'entrust', 'utimaco', 'futurex', 'hashicorp', 'wasabi',
  // On-premises virtualization and private-cloud products, and other vendors' SaaS (their own providers secure
  // them): refused when the question names no AWS service, read as context when it does (vendorProducts).
  'exadata', ...vendorSoftware,
]);

/**
 * Other vendors' products that AWS services work with ("the vmware host our datasync agent runs on", "a github
 * source for codepipeline", "a splunk destination for firehose"): with an AWS service named, the question is
 * about the AWS side; without one, it is refused like another cloud.
 */
export const vendorProducts = new Set([
  // ("the vmware host our datasync agent runs on", "a lambda that calls twilio", "a greengrass core that reads a rockwell plc")
  // ("python, tableau, etc inside the workspace": Tableau Desktop installed on a WorkSpace)
  ...vendorSoftware, 'salesforce', 'slack', 'marketo', 'hubspot', 'tableau',
  // self-managed software the customer runs on AWS ("confluent platform on our ec2"); its SaaS is another cloud ("confluent cloud")
  'confluent', 'redpanda',
  // network appliances as the customer gateway of a VPN or Direct Connect
  'palo alto', 'paloalto', 'fortinet', 'fortigate', 'juniper', 'meraki', 'check point',
  'hyper v',
  // HSMs keys are imported from ("our old Thales payShield"), secrets tools run on EC2
  'thales', 'payshield', 'entrust', 'utimaco', 'futurex', 'hashicorp',
  // device posture and endpoint tools a Verified Access or Identity Center policy reads
  'crowdstrike', 'jamf', 'intune', 'sentinelone',
  // software vendors whose products customers run on EC2 ("IBM MQ", "IBM QRadar"), anti-cheat in game servers
  'ibm', 'battleye', 'denuvo', 'easy anti cheat',
]);

/**
 * Hosting platforms and colocation sites a team moves from or connects from ("elasticache replacing our heroku redis
 * add-on", "the DX router at our Equinix location"): context beside an AWS service, unless offered as the other
 * choice ("heroku dynos or app runner?"). Not the other clouds, nor CDNs that sit in front of AWS.
 */
/** Colocation sites whose space the customer rents ("our Equinix cage"): the customer's own site, not the vendor's thing. */
export const colocationSites = new Set(['equinix', 'coresite', 'cyrusone', 'interxion', 'colt']);

export const hostingPlatforms = new Set([
  'heroku', 'vercel', 'netlify', 'digitalocean', 'linode', 'vultr', 'hetzner', 'ovh', 'ovhcloud', 'supabase', 'planetscale',
  'koyeb', 'flyio', 'railway', 'appwrite', 'rackspace', 'scaleway', 'upcloud', 'aiven', 'equinix',
  'brightcove', 'kaltura', 'jwplayer', 'wowza', 'bitmovin', 'vimeo',
]);
export const foreignPhrases = [
  'google cloud', 'vpc service controls', 'sentinel analytics', 'sap rise', 'rise with sap', 'sap digital manufacturing', 'sap btp', 'sap business technology platform', 'hana enterprise cloud', 'compute engine', 'app engine', 'cloud sql', 'cloud run', 'cloud functions', 'blob storage',
  'cosmos db', 'oracle cloud', 'oci vault', 'oci object storage', 'oci compute', 'oci database', 'oracle compute cloud', 'compute cloud customer', 'exadata cloud customer', 'ibm cloud', 'azure blob', 'google kubernetes engine', 'cloud spanner', 'spanner',
  'digital ocean', 'virtual machine scale sets', 'app service', 'azure functions', 'hyper v', 'confluent cloud',
  'new relic', 'mongodb atlas', 'confluent cloud', 'elastic cloud', 'office 365', 'microsoft 365', 'google workspace', 'azure devops',
  'fly io', 'palo alto', 'check point', 'defender for cloud', 'microsoft defender', 'microsoft sentinel', 'azure sentinel', 'security command center', 'vertex ai', 'hugging face', 'dbt cloud', 'deno deploy', 'cloud storage for firebase', 'neon postgres', 'railway app', 'render com',
  'autonomous database', 'autonomous data warehouse', 'autonomous db', 'pub sub', 'cloud armor', 'identity aware proxy', 'azure front door', 'azure firewall', 'cloud interconnect', 'cloud nat', 'cloud kms', 'key vault',
  'service bus', 'privileged identity management', 'traffic director', 'sole tenant', 'sole tenant nodes', 'gke autopilot', 'cloud build', 'artifact registry', 'container apps', 'event grid', 'event hubs',
  'assured workloads', 'photon cloud', 'easy anti cheat', 'epic games', 'epic online services', 'unity gaming services', 'xbox live', 'playstation network', 'steam works', 'mux video', 'mux data', 'particle device cloud', 'particle cloud', 'influxdb cloud', 'azure sphere', 'azure iot', 'iot hub', 'google cloud iot', 'jw player', 'google chronicle', 'chronicle siem', 'cloud guard', 'r2 bucket', 'r2 buckets', 'r2 storage', 'google distributed cloud',
  'docker scout', 'docker hub', 'salesforce government cloud', 'cohere dashboard', 'api cohere com',
  'unity multiplay', 'ignition gateway', 'ignition scada', 'ignition server', 'inductive automation', 'falcon sensor', 'falcon sensors', 'falcon console', 'falcon platform',
  'zoom for healthcare', 'zoom meetings', 'zoom recordings', 'zoom calls', 'zoom phone', 'zoom cloud', 'box com', 'box drive', 'google drive', 'salesforce shield', 'shield platform encryption', 'health cloud',
  'exchange online', 'sharepoint online', 'share point online', 'exchange server', 'microsoft entra', 'entra id',
  'citrix cloud', 'terraform cloud', 'hcp terraform', 'hcp vault', 'hcp consul', 'pulumi cloud', 'spacelift', 'github codespaces',
  'google maps', 'maps platform', 'browserstack', 'browser stack', 'sauce labs', 'saucelabs', 'lambdatest', 'firebase test lab',
];

/**
 * Service aliases that are also the names of open-source or generic technology ("kubernetes",
 * "redis", "hadoop"): they stand for the AWS service only when nothing in the question says the
 * thing runs outside AWS.
 */
export const genericTechAliases = new Set([
  'kubernetes', 'k8s', 'kubernetes cluster', 'redis', 'memcached', 'valkey', 'hadoop', 'kafka', 'cassandra', 'elasticsearch',
  'elastic search', 'activemq', 'rabbitmq', 'flink', 'vm', 'vms', 'virtual machine', 'virtual machines', 'virtual desktop', 'virtual desktops', 'vdi',
  'serverless functions',
]);

/**
 * Identity providers of other vendors: a question about one of them that names no AWS service is about that
 * vendor's tenant, not AWS's model ("Okta tenant session policies"); with an AWS service named it is
 * federation, answered as such ("federating IAM Identity Center with Okta").
 */
export const thirdPartyIdps = new Set(['okta', 'auth0', 'onelogin', 'jumpcloud', 'ping', 'pingfederate', 'pingidentity', 'entra', 'adfs', 'keycloak', 'duo']);

/**
 * Features and short names that mention a service without naming it as the subject ("kms keys", "parameter
 * store", "a trail"): duties of that service rank as the service's own, but the service is not taken as the
 * question's service (an area alias may contain the words).
 */
export const serviceMentions: Record<string, string> = {
  'kms key': 'kms', 'kms keys': 'kms', cmk: 'kms', cmks: 'kms', 'customer managed key': 'kms', 'customer managed keys': 'kms', 'aws managed key': 'kms', 'aws managed keys': 'kms',
  'parameter store': 'systems-manager', 'patch manager': 'systems-manager', 'session manager': 'systems-manager', 'ssm agent': 'systems-manager', ssm: 'systems-manager',
  trail: 'cloudtrail', trails: 'cloudtrail', 'event history': 'cloudtrail', secret: 'secrets-manager', secrets: 'secrets-manager',
  'identity center': 'identity-center', 'control tower': 'control-tower', scp: 'organizations', scps: 'organizations', 'management account': 'organizations',
  'nat instance': 'vpc', 'nat instances': 'vpc', 'nat gateway': 'vpc', 'nat gateways': 'vpc',
  xks: 'kms', 'external key store': 'kms', 'roles anywhere': 'iam', 'access key': 'iam', 'access keys': 'iam',
  'web acl': 'waf', 'web acls': 'waf', 'shield advanced': 'shield', 'shield standard': 'shield', 'security hub': 'security-hub', 'acm certificate': 'acm', 'acm certificates': 'acm',
};

/** Words that start a reason clause ("SINCE it's their hw", "BC it's managed"); whole.ts adds "as". */
export const reasonConjunctions: readonly string[] = ['since', 'because', 'bc', 'cause', 'cuz', 'coz'];

/** Things that imply a service only when the question names none ("a custom AMI we bake with packer" is EC2's). */
export const aloneMentions: Record<string, string> = { ami: 'ec2', amis: 'ec2' };

/** Phrases that place a workload outside AWS (on premises, self-hosted). */
export const offAwsPhrases = [
  'on prem', 'on premise', 'on premises', 'onprem', 'onpremise', 'onpremises', 'bare metal', 'baremetal', 'self managed', 'self hosted',
  'selfhosted', 'own data center', 'own datacenter', 'own data centre', 'own datacentre', 'our data center', 'our datacenter',
  'our data centre', 'our datacentre', 'my laptop', 'our laptops', 'colocation', 'home lab', 'homelab', 'own servers', 'own hardware',
  'in the office', 'in our office', 'own vm', 'own vms', 'office server', 'office servers', 'under the desk', 'under my desk', 'server closet',
  'server room', 'our server room', 'own dc', 'own dcs', 'our dc', 'our dcs', 'district office', 'head office', 'branch office', 'main office',
];

/** Nouns for the thing being run: an unknown word right before one ("vsphere hosts") names a product. */
export const thingNouns = new Set([
  'host', 'hosts', 'server', 'servers', 'cluster', 'clusters', 'node', 'nodes', 'vm', 'vms', 'machine', 'machines', 'instance',
  'instances', 'database', 'databases', 'db', 'dbs', 'storage', 'bucket', 'buckets', 'function', 'functions', 'container', 'containers',
  'appliance', 'appliances', 'platform', 'service', 'services', 'cloud', 'engine', 'warehouse', 'queue', 'queues', 'workers',
]);

/**
 * Words that narrow an area to one of its refinements (areas.ts `refinements`): a DDoS question
 * that names Shield Standard or automatic network-layer protection is about AWS's part; one that
 * names Shield Advanced, WAF rate-based rules or resilient architecture is about the customer's.
 * When cues of two refinements of the same area occur, the area's own answer stands.
 */
export const refinementCues: { area: string; refinement: string; cues: string[] }[] = [
  {
    area: 'ddos-protection',
    refinement: 'shield-standard',
    cues: [
      'shield standard', 'automatic', 'automatically', 'always on', 'built in', 'no extra cost', 'no additional cost', 'no additional charge',
      'infrastructure level', 'infrastructure layer', 'network layer', 'transport layer', 'network and transport layer', 'layer 3', 'layer 4',
      'layer 3 and 4', 'syn flood', 'syn floods', 'udp flood', 'udp floods', 'reflection attack', 'reflection attacks', 'volumetric',
      'baseline', 'baseline ddos', 'basic ddos', 'by default', 'default protection', 'already there', 'out of the box', 'free tier of shield',
    ],
  },
  {
    area: 'ddos-protection',
    refinement: 'shield-advanced-resilience',
    cues: [
      'shield advanced', 'application layer', 'layer 7', 'http flood', 'http floods', 'rate based', 'rate based rules', 'waf', 'web acl',
      'resilient', 'resilience', 'resiliency', 'architecture', 'architect', 'absorb', 'scale out', 'shield response team', 'srt',
      'cost protection', 'protection groups', 'health based detection',
    ],
  },
];

/** A customer possessive right before an area phrase ("our soc 2 report") means the customer's own counterpart of an AWS-owned area. */
export const customerPossessives = new Set(['my', 'our', 'own']);
export const ownReadings: Record<string, string> = {
  'aws-compliance-reports': 'compliance-evidence',
};

/**
 * Real AWS products and features named with a noun made-up products are named with too (features.ts
 * unknownProductName), as words, with or without the service's name.
 */
export const awsProductNames = new Set([
  'origin shield', 'shield advanced', 'shield standard', 'aws shield', 'dns firewall', 'route 53 resolver dns firewall', 'resolver dns firewall',
  'network firewall', 'web application firewall', 'firewall manager', 'sagemaker autopilot', 'cloudfront origin shield',
]);

/**
 * Words of real AWS features, editions and options written after a service's name ("SageMaker Studio",
 * "Lambda SnapStart", "Redshift Spectrum", "S3 Object Lock"): a Title-Case name made of these (and the
 * service's own words) is a feature srm may not have duties for, never a made-up product (features.ts).
 */
export const awsFeatureWords = new Set([
  // AWS's own chips, as instance kinds ("EC2 Inferentia instances")
  'graviton', 'inferentia', 'trainium',
  // VPC Encryption Controls' modes
  'enforce', 'monitor',
  // any resource's name and tags ("the EC2 Name tag")
  'name', 'names', 'tag', 'tags',
  // compute, containers, serverless
  'spot', 'reserved', 'dedicated', 'savings', 'nitro', 'enclave', 'enclaves', 'graviton', 'metal', 'snapstart', 'provisioned',
  'concurrency', 'layers', 'layer', 'extensions', 'url', 'urls', 'edge', 'express', 'anywhere', 'autopilot', 'karpenter', 'pod',
  'pods', 'identity', 'addons', 'addon', 'blueprints', 'hybrid', 'wavelength', 'local', 'zones', 'zone', 'outposts', 'batch',
  'launch', 'template', 'templates', 'connect', 'hibernation', 'placement', 'tenancy', 'capacity', 'blocks', 'fleet', 'fleets',
  'mac', 'fleetiq',
  // storage and databases
  'object', 'lock', 'lambda', 'access', 'points', 'point', 'intelligent', 'tiering', 'glacier', 'deep', 'archive',
  'directory', 'buckets', 'tables', 'table', 'vectors', 'vector', 'transfer', 'acceleration', 'inventory', 'lens',
  'replication', 'versioning', 'mfa', 'delete', 'fast', 'snapshot', 'restore', 'elastic', 'volumes', 'io2', 'gp3', 'proxy',
  'performance', 'insights', 'blue', 'green', 'deployments', 'global', 'database', 'serverless', 'backtrack', 'cloning',
  'limitless', 'optimized', 'reads', 'writes', 'streams', 'stream', 'dax', 'accelerator', 'pitr', 'recovery', 'spectrum',
  'datashare', 'datashares', 'sharing', 'zero', 'etl', 'ra3', 'scaling', 'multi', 'cluster', 'instance',
  // analytics, ML and AI
  'studio', 'canvas', 'notebooks', 'notebook', 'pipelines', 'jumpstart', 'clarify', 'ground', 'truth', 'feature', 'store',
  'hyperpod', 'unified', 'lakehouse', 'catalog', 'crawler', 'crawlers', 'databrew', 'quality', 'agents', 'agent',
  'knowledge', 'bases', 'base', 'guardrails', 'flows', 'prompt', 'management', 'evaluation', 'evaluations', 'custom', 'fine',
  'tuning', 'tuned', 'marketplace', 'playground', 'workgroup', 'workgroups', 'federated', 'query', 'queries', 'connectors',
  // security, identity and networking
  'analyzer', 'guard', 'policies', 'policy', 'malware', 'runtime', 'monitoring', 'extended', 'threat', 'detection',
  'advanced', 'standard', 'origin', 'functions', 'function', 'shield', 'bot', 'control', 'fraud', 'rules', 'managed', 'firewall',
  'resolver', 'dnssec', 'health', 'checks', 'profiles', 'transit', 'gateway', 'lattice', 'privatelink', 'verified', 'ipam',
  'reachability', 'flow', 'logs', 'traffic', 'mirroring', 'lake', 'organization', 'trails', 'external', 'key', 'keys',
  'region', 'imported', 'material', 'asymmetric', 'hmac', 'private', 'ca', 'connector', 'roles', 'center',
  'permission', 'sets', 'boundaries', 'session', 'manager', 'patch', 'parameter', 'state', 'automation', 'distributor', 'incident',
  'change', 'calendar', 'explorer', 'quick', 'setup', 'conformance', 'packs', 'aggregator', 'advisor', 'delegated', 'admin',
]);

/**
 * Nouns products are named with that name no feature of AWS ("VPC Packet Scrubber", "Client VPN Posture
 * Sentinel", "DMS cutover orchestrator", "CloudFront Origin Cloak").
 * None is corrected to another word ("guardian" is no typo of "guarding").
 */
export const inventedHeads = new Set([
  'scrubber', 'scrubbers', 'sentinel', 'sentinels', 'cloak', 'cloaks', 'concierge', 'orchestrator', 'orchestrators', 'assurance', 'escrow',
  'autoheal', 'healer', 'guardian', 'guardians', 'warden', 'sentry', 'watchdog', 'fortress', 'bodyguard', 'autopilot',
  'autopatch', 'autopatcher', 'autopatches',
]);

/** Words after a service's name that say something runs on it ("our ec2-BASED ingestion tier"): no variant or mode of it is named. */
export const basisWords = new Set(['based', 'backed', 'hosted', 'powered', 'driven']);

/** Layers of an application that "tier" names after them ("web tier", "data tier"): no edition of a service. */
const appLayers = new Set(['web', 'app', 'application', 'data', 'db', 'database', 'presentation', 'logic', 'business', 'api', 'front', 'frontend', 'backend', 'middle', 'cache', 'caching', 'storage', 'compute', 'worker', 'batch', 'public', 'private', 'dmz', 'edge', 'ui', 'service', 'services', 'processing', 'integration', 'messaging', 'ingestion', 'ingest', 'reporting', 'persistence', 'analytics', 'streaming', 'inference', 'etl']);

/** Words before "tier" that name a layer of an application ("our ec2 WEB tier", "the rds DATA tier"), not a tier AWS sells. */
export function appLayerTier(words: readonly string[], noun: string): boolean {
  return /^tiers?$/.test(noun) && words.length > 0 && words.every((w) => appLayers.has(w));
}
