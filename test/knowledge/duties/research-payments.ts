import { ask, type DutyPhrasing } from './types.js';

const owned = 'AWS owned KMS key (the default)';
const cmk = 'Customer managed KMS key';
const privateWorkflow = 'Private workflow (your own workflow definition and ECR images)';
const ready2run = 'Ready2Run workflow';

export const researchPaymentsPhrasings: DutyPhrasing[] = [
  // AWS Payment Cryptography
  ask('payment-cryptography-hsms', 'aws', 'who runs the hsms behind aws payment cryptography'),
  ask('payment-cryptography-hsms', 'aws', 'do we have to patch hsm firmware for payment cryptography?'),
  ask('payment-cryptography-hsms', 'aws', 'who enforces dual control on physical access to the payment cryptography hsms'),
  ask('payment-cryptography-key-storage', 'aws', 'who handles encryption at rest for payment cryptography'),
  ask('payment-cryptography-key-storage', 'aws', 'how are our keys protected at rest inside aws payment cryptography, do we encrypt them?'),
  ask('payment-cryptography-key-exchange', 'customer', 'who imports our zone master key into aws payment cryptography with tr-34'),
  ask('payment-cryptography-key-exchange', 'customer', 'who exports working keys as tr-31 key blocks to our processor from payment cryptography'),
  ask('payment-cryptography-key-exchange', 'customer', 'who handles the kek exchange with visa when we move to aws payment crypto'),
  ask('payment-cryptography-key-custodians', 'customer', 'who are the key custodians for keys we load into payment cryptography'),
  ask('payment-cryptography-key-custodians', 'customer', 'do we still need a key ceremony with split knowledge if we use aws payment crypto'),
  ask('payment-cryptography-iam', 'customer', 'who controls which roles can call translatepindata in payment cryptography'),
  ask('payment-cryptography-iam', 'customer', 'who decides who can use the payment keys in aws payment cryptography'),
  ask('payment-cryptography-pci-compliance', 'shared', 'who prepares the evidence for our pci pin assessment when the pin translation runs on aws payment cryptography'),
  ask('payment-cryptography-pci-compliance', 'shared', 'payment cryptography is a p2pe decryption component, does that cover our p2pe solution?'),

  // AWS HealthLake
  ask('healthlake-managed-infrastructure', 'aws', 'who patches the fhir server behind healthlake'),
  ask('healthlake-managed-infrastructure', 'aws', 'who manages the infrastructure of our healthlake data store'),
  ask('healthlake-encryption-at-rest', 'aws', 'who encrypts healthlake data at rest'),
  ask('healthlake-encryption-at-rest', 'aws', 'healthlake data store on the aws owned key, who handles encryption', owned),
  ask('healthlake-encryption-at-rest', 'shared', 'we created our healthlake data store with a customer managed key, who owns encryption now', cmk),
  ask('healthlake-access', 'customer', 'who controls which users can read patient records in healthlake'),
  ask('healthlake-access', 'customer', 'who configures smart on fhir scopes for our healthlake data store'),
  ask('healthlake-phi-hipaa', 'shared', 'is healthlake hipaa compliant or is that on us'),
  ask('healthlake-phi-hipaa', 'shared', 'who signs the baa to store phi in healthlake'),
  ask('healthlake-import-export-data', 'customer', 'who secures the s3 bucket for healthlake import jobs'),
  ask('healthlake-import-export-data', 'customer', 'who is responsible for the fhir data we load into health lake'),

  // AWS HealthOmics
  ask('healthomics-managed-compute', 'aws', 'who patches the instances that run our healthomics workflows'),
  ask('healthomics-managed-compute', 'aws', 'who manages the compute for healthomics workflow runs'),
  ask('healthomics-workflow-containers', 'shared', 'who patches the containers used by healthomics workflows'),
  ask('healthomics-workflow-containers', 'customer', 'we run a private workflow in healthomics with our own ecr images, who patches the containers', privateWorkflow),
  ask('healthomics-workflow-containers', 'aws', 'we use a ready2run workflow in healthomics, who maintains the containers', ready2run),
  ask('healthomics-encryption-at-rest', 'aws', 'who encrypts the healthomics sequence store at rest'),
  ask('healthomics-encryption-at-rest', 'shared', 'our healthomics sequence store uses a customer managed key, who manages encryption', cmk),
  ask('healthomics-encryption-at-rest', 'aws', 'healthomics store with the default aws owned key - who owns encryption', owned),
  ask('healthomics-access', 'customer', 'who sets up the service role for healthomics workflow runs'),
  ask('healthomics-access', 'customer', 'who controls access to sequence stores in healthomics'),
  ask('healthomics-phi-handling', 'customer', 'who keeps phi out of sample ids in healthomics'),
  ask('healthomics-phi-handling', 'customer', 'is phi in healthomics workflow names our problem'),

  // AWS ParallelCluster
  ask('parallelcluster-node-patching', 'customer', 'who patches the head node in parallelcluster'),
  ask('parallelcluster-node-patching', 'customer', 'who patches the compute nodes of our parallelcluster cluster'),
  ask('parallelcluster-node-patching', 'customer', 'who is responsible for os updates on pcluster nodes'),
  ask('parallelcluster-node-patching', 'customer', 'who patches parallelcluster'),
  ask('parallelcluster-slurm-upgrade', 'customer', 'who upgrades slurm on our parallelcluster cluster'),
  ask('parallelcluster-slurm-upgrade', 'customer', 'does aws upgrade slurm for us in parallel cluster'),
  ask('parallelcluster-slurm-upgrade', 'customer', 'who upgrades parallelcluster to a new version'),
  ask('parallelcluster-iam', 'customer', 'who manages the iam instance roles for parallelcluster'),
  ask('parallelcluster-iam', 'customer', 'who scopes the additional iam policies on pcluster nodes'),
  ask('parallelcluster-network-access', 'customer', 'who restricts ssh access to the parallelcluster head node'),
  ask('parallelcluster-network-access', 'customer', 'who sets allowedips for dcv on our parallel cluster'),

  // AWS Parallel Computing Service
  ask('pcs-slurm-controller', 'aws', 'who patches the slurm controller in aws pcs'),
  ask('pcs-slurm-controller', 'aws', 'does aws manage slurmctld for aws parallel computing service'),
  ask('pcs-slurm-controller', 'aws', 'who manages the accounting database in aws pcs'),
  ask('pcs-compute-node-amis', 'customer', 'who patches the compute nodes in aws pcs'),
  ask('pcs-compute-node-amis', 'customer', 'who builds the ami for aws pcs compute node groups'),
  ask('pcs-patching-split', 'shared', 'who patches aws pcs'),
  ask('pcs-patching-split', 'shared', 'aws pcs patching - is that all aws or do we patch stuff too'),
  ask('pcs-slurm-version-update', 'shared', 'who upgrades slurm to a new major version on aws pcs'),
  ask('pcs-slurm-version-update', 'shared', 'our aws pcs cluster slurm version is near end of support, whose job is moving it'),
  ask('pcs-iam-and-network', 'customer', 'who sets up the instance profile for aws pcs compute nodes'),
  ask('pcs-iam-and-network', 'customer', 'who locks down the cluster security group for aws pcs'),
  ask('healthlake-customer-managed-key', 'customer', 'healthlake fhir store with a cmk: who writes and looks after the key policy and grants'),
  ask('healthlake-customer-managed-key', 'customer', 'we picked our own kms key for the healthlake data store, who rotates it and makes sure it never gets disabled'),
  // PIN compliance planning, Control Objective 1: requirement 2 (procedures documentation) and 4 (no PIN blocks in logs) are the customer's.,
  ask('payment-cryptography-pin-procedures-documentation', 'customer', 'for the pci pin audit who writes up how pins are kept away from our employees, aws payment cryptography or us'),
  ask('payment-cryptography-pin-procedures-documentation', 'customer', 'aws runs the payment hsms so does aws document our pin translation protocols for the qpa?'),
  ask('payment-cryptography-pin-blocks-in-logs', 'customer', 'our app logs the encrypted pin block before calling translate pin data in payment cryptography, who has to stop that'),
  ask('payment-cryptography-pin-blocks-in-logs', 'customer', 'pin blocks ended up in our transaction journal, is aws payment cryptography responsible?'),
  ask('healthlake-access', 'customer', 'healthlake: who grants our app permission to do fhir search and read on the data store'),
  ask('healthlake-access', 'customer', 'who can run fhir searches against our healthlake data store, aws or our iam admins?'),
  ask('healthlake-no-phi-in-names', 'customer', 'we named a healthlake import job with the patient mrn, is that on aws to protect?'),
  ask('healthlake-no-phi-in-names', 'customer', 'healthlake: who makes sure phi never ends up in data store names or tags'),
  // HealthOmics run groups and workflow engines; AWS PCS capacity
  ask('healthomics-run-groups', 'customer', 'a healthomics run ate gpus for 3 days, who was supposed to cap max duration on the run group'),
  ask('healthomics-run-groups', 'customer', 'who configures concurrent vcpu limits for our healthomics runs'),
  ask('healthomics-workflow-engine', 'aws', 'do we have to install and patch nextflow ourselves to run workflows on healthomics?'),
  ask('healthomics-workflow-engine', 'aws', 'healthomics: who keeps the wdl engine that executes our pipelines up to date'),
  ask('healthomics-engine-version-migration', 'customer', 'healthomics added nextflow 24 support, who ports our pipelines off v23 and deals with the breaking changes'),
  ask('healthomics-engine-version-migration', 'customer', 'whose job is moving our healthomics workflow definitions to a newer supported nextflow release'),
  ask('pcs-compute-capacity', 'shared', 'aws pcs: who launches and terminates compute nodes as slurm jobs queue up'),
  ask('pcs-compute-capacity', 'shared', 'who decides the min and max instance count of our aws pcs compute node groups, and who scales within it'),
];
