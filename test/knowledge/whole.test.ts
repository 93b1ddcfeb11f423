import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { parseQuestion } from '../../src/knowledge/matcher.js';
import { asksSplitOrWhole, partyClauses } from '../../src/knowledge/whole.js';

/** Questions about a service's security or data protection as a whole: shared, with the service's areas by owner. */
const whole: [string, string][] = [
  ['serverless means aws handles security, right? for our lambda based payments service, is security aws or ours', 'lambda'],
  ['glue etl over our raw zone: security responsibility overall?', 'glue'],
  ['securing an eks cluster end to end (control plane + iam + pod security + network), is that on aws or us', 'eks'],
  ['amazon connect contact centre for card support: is securing it aws job or ours, generally', 'amazon-connect'],
  ['Which party is responsible for data protection when we move files with AWS DataSync?', 'datasync'],
  ['who handles data protection for text i send through amazon translate', 'translate'],
  ['who is responsible for the security of our cloudhsm cluster, counting both the hsm hardware and the users and keys on it?', 'cloudhsm'],
  ['Please confirm who is responsible for the security of an AWS Outposts deployment overall.', 'outposts'],
  ['is securing RDS an AWS thing or a customer thing?', 'rds'],
  // the customer's use of the service as a whole, and "aws, us, or both"
  ['securing our msk setup: amazon, us, or both?', 'msk'],
  ['who secures our api gateway deployment, aws or us or both', 'api-gateway'],
  ['who is responsible for securing our eks?', 'eks'],
  // a misconception about the whole, after the service's name
  ['is dynamo security entirely on amazon these days?', 'dynamodb'],
  ['our kinesis streams: is that security fully handled by aws?', 'kinesis'],
  ['container security on our ecs services is all aws now, right?', 'ecs'],
  ['sqs carries order events with PII - who protects that data, amazon or us?', 'sqs'],
  ['who protects the message payloads that go through sns', 'sns'],
  ['we swapped our self-hosted kafka for msk. who is responsible for securing it now?', 'msk'],
  ['the rds security piece: aws or us?', 'rds'],
  // a claim that the whole is AWS's, whatever reason it gives; "locking down" and "keeping safe" are securing
  ['elasticache is aws managed so all of its security is aws job, right?', 'elasticache'],
  ['our db creds live in secrets manager now so keeping them safe is totally on aws?', 'secrets-manager'],
  ['we hand out appstream fleets to partners, is locking those down something aws does?', 'appstream'],
  ['network security of our vpc, aws or us', 'vpc'],
  ['we moved reporting to athena, does securing it fall on aws since its serverless?', 'athena'],
  ['glue has no servers, so is its security 100% aws?', 'glue'],
  ['for our efs file systems, who owns security, aws or us?', 'efs'],
  ['sqs is fully managed so its secure by default and nothing is left for us, right?', 'sqs'],
  ['network security for our documentdb cluster, aws or ours?', 'documentdb'],
  ['is securing our redis on elasticache the customers problem or aws?', 'elasticache'],
  ['our eks cluster: is keeping it secure on aws now?', 'eks'],
  ['for our sagemaker endpoints, what is the aws part of security vs ours?', 'sagemaker'],
  // the service's own security, whatever context comes with it
  ['kinesis firehose ships our alb access logs to s3 - the security of it, is that aws or us', 'firehose'],
  ['vendor uploads come in over sftp. security of transfer family: ours or amazons?', 'transfer-family'],
  ['the kiosk app needs a secure login page. security of amazon workspaces, whose is it?', 'workspaces'],
  ['security responsibility for eventbridge, please', 'eventbridge'],
  ['cloudfront security - it sits on amazon edge locations so surely it is all theirs', 'cloudfront'],
  ['we run a network firewall in the egress vpc. does aws own its security overall?', 'network-firewall'],
  ['lambda replaces our cron box, so security becomes purely amazons problem?', 'lambda'],
  ['is msk cluster security on aws or on us?', 'msk'],
  ['who is accountable for kinesis security? need it for the vendor review by friday', 'kinesis'],
];

/** Questions that name one aspect, or what is secured: the duty or area answers, not the whole. */
const part: [string, string, string][] = [
  ['who is responsible for security patches on ec2', 'customer', 'ec2'],
  ['who configures the security groups of our rds instances', 'customer', 'rds'],
  ['data protection: who encrypts dynamodb tables at rest', 'aws', 'dynamodb'],
  ['with aws waf in front, who is responsible for the security of our web application itself', 'customer', 'waf'],
  ['who secures a lambda function url', 'customer', 'lambda'],
  ['who secures the load balancers behind global accelerator', 'customer', 'elb'],
  ['overall, who patches the os of rds instances', 'aws', 'rds'],
  ['who is responsible for the physical security of the data centres behind s3', 'aws', 's3'],
  ['who protects the data in our efs if the one zone az has an outage', 'customer', 'efs'],
  ['our REST api in api gateway: who turns on request validation', 'customer', 'api-gateway'],
  ['network security for our ec2 fleet: who writes the security group rules', 'customer', 'ec2'],
  ['network security for our neptune cluster: who writes the security group rules', 'customer', 'neptune'],
  ['who manages security profiles for amazon connect agents', 'customer', 'amazon-connect'],
  ['who owns the physical security of an outposts rack in our building', 'customer', 'outposts'],
  ['security of the objects in our s3 bucket: who encrypts them', 'aws', 's3'],
  ['cognito guest users get a role that reads the whole bucket, who locks that role down', 'customer', 'cognito'],
  ['the snowball job manifest and the unlock code: who keeps those safe from each other', 'customer', 'snowball'],
]; 

describe('a service as a whole', () => {
  it.each(whole)('%s -> shared, every area of %s', (q, service) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe('shared');
    if (a.owner === 'unknown') return;
    expect(a.service?.id).toBe(service);
    expect(a.area.id).toBe('all');
    expect(a.byOwner?.aws.length).toBeGreaterThan(0);
    expect(a.summary).toMatch(/is shared/);
    expect(a.notes.join(' ')).toMatch(/as a whole/);
  });

  it.each(part)('%s -> %s, not the whole', (q, owner, service) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe(owner);
    if (a.owner === 'unknown') return;
    expect(a.service?.id).toBe(service);
    expect(a.area.id).not.toBe('all');
  });
});

describe('a question about how a task is split', () => {
  it('reads "who is responsible for what" as asking for the split', () => {
    const a = answerQuestion('rds postgres: os patching and the db security groups, who is responsible for what?');
    expect(a.owner).toBe('shared');
    if (a.owner === 'unknown') return;
    expect(a.parts?.map((x) => x.owner).sort()).toEqual(['aws', 'customer']);
  });

  it('answers shared with each part and its owner when two parts have different owners', () => {
    const a = answerQuestion('rds postgres: os patching vs the db security groups, who owns what?');
    expect(a.owner).toBe('shared');
    if (a.owner === 'unknown') return;
    expect(a.parts).toEqual([
      { duty: { id: 'rds-os-patching', name: 'Patching the operating system of DB instances' }, owner: 'aws' },
      { duty: { id: 'rds-security-groups', name: 'Security groups and network access to the DB instance' }, owner: 'customer' },
    ]);
    expect(a.awsResponsibilities.length).toBeGreaterThan(0);
    expect(a.customerActions.length).toBeGreaterThan(0);
    expect(a.notes.join(' ')).toMatch(/split/);
  });

  it('reads "vs" as a split only when the two parts stand on either side of it', () => {
    const split = answerQuestion('neptune: durability of the storage volume vs turning on encryption at rest');
    expect(split.owner).toBe('shared');
    if (split.owner !== 'unknown') expect(split.parts?.map((x) => x.owner).sort()).toEqual(['aws', 'customer']);
    // Two options of one setting: not two parts.
    const one = answerQuestion('provisioned redshift: who picks the maintenance window and current vs trailing track so upgrades stay out of month end');
    expect(one.owner).toBe('customer');
  });

  it('reads two clauses with AWS and the customer as subjects, one verb and two objects, as a split', () => {
    const both = answerQuestion('so does aws patch the hypervisor or do we patch our instances?');
    expect(both.owner).toBe('shared');
    expect(both.owner !== 'unknown' && both.parts?.map((x) => x.owner).sort()).toEqual(['aws', 'customer']);
    // (two verbs are two ways of doing one task; no object of its own is one owner of one task)
    expect(answerQuestion('do we need a cron job to backup cloudhsm or does aws snapshot it every day').owner).toBe('aws');
    expect(answerQuestion('does aws patch the rds engine or do we have to?').owner).not.toBe('shared');
  });

  it('reads a range from one layer of the stack to another as the whole', () => {
    expect(answerQuestion('security of our eks nodes from the metal up to our code, who owns that').owner).toBe('shared');
    // (a range between two services is no range of layers)
    expect(answerQuestion('we copy data from s3 to redshift nightly, who secures the copy').owner).not.toBe('shared');
  });

  it('reads a stack named as a whole, or the parts asked about as one control, as the whole', () => {
    expect(answerQuestion('patching across our entire ec2 app stack, from the hypervisor to the guest os and nginx: whose?').owner).toBe('shared');
    expect(answerQuestion('hypervisor patching plus guest os patching on ec2, treated as a single control in our register, owner?').owner).toBe('shared');
    // (one part of the stack, no word of the whole)
    expect(answerQuestion('who patches the hypervisor under our ec2 app stack').owner).toBe('aws');
  });

  it('keeps one owner when the question names one part, or asks without a split word', () => {
    expect(answerQuestion('overall, who patches the os of rds instances').owner).toBe('aws');
    expect(answerQuestion('who patches the os of rds instances and who configures its security groups').owner).not.toBe('shared');
  });
});

describe('the whole of a service, and the parts a question names', () => {
  it('reads "security of it" as the whole only when no later question asks about things named before', () => {
    // (the pentest named two settings; "those" are what is asked)
    expect(answerQuestion('the pentest found our memorydb cluster has no tls and no acl users. i figured aws handles the security of it?? who should have set those up').owner).toBe('customer');
    expect(answerQuestion('memorydb for our leaderboard: the security of it, aws or us?').owner).toBe('shared');
  });

  it('reads the service named as a deployment or by what it is ("functions", "on ec2 setup", "based app") as the whole', () => {
    expect(answerQuestion('security of our step functions state machines overall - aws, us, both?').owner).toBe('shared');
    expect(answerQuestion('security for the eks on ec2 setup as a whole, whose is it').owner).toBe('shared');
    expect(answerQuestion('security for our lambda based app - theirs or ours?').owner).toBe('shared');
    // (a part after the service is no whole)
    expect(answerQuestion('security of the ec2 instances guest os, who patches it').owner).toBe('customer');
  });

  it('reads "security of the service" after a tool named alone as the tool as a whole', () => {
    expect(answerQuestion('macie itself - overall security of the service including how we set it up. aws, us or both').owner).toBe('shared');
  });

  it('reads "physical custody/security" of a device as its safekeeping, not the service as a whole', () => {
    const a = answerQuestion('the snowball edge stays in our warehouse for a week while we copy data, custody/security of it meanwhile is whose');
    expect(a.owner).toBe('customer');
  });

  it('reads a side asked about ("does that mean aws patches…?") as no premise of what each side does', () => {
    const a = answerQuestion('we turned on ssm patch manager. does that mean aws patches the instances now? or do we still own picking baselines and patch windows');
    expect(a.owner).toBe('customer');
  });

  it('reads a side asked about with a negated auxiliary ("isn\'t aws supposed to…?") as no premise either', () => {
    const a = answerQuestion("we host our billing app on ubuntu ec2 instances. isn't aws supposed to install the kernel patches on them, it's their platform after all? who answers for that patching?");
    expect(a.owner).toBe('customer');
  });

  it('reads "responsible for what <thing> <verb>" as asking which thing, not who owns which part', () => {
    const a = answerQuestion('our step functions history shows customer emails in every state. who is responsible for what data gets passed between the states?');
    expect(a.owner).toBe('customer');
  });

  it('reads "aws managed" / "aws provided" before a thing as a thing of AWS, not AWS doing something', () => {
    const thing = parseQuestion('we layer our packages over the aws provided base image. after that, patching those hosts: whose job?');
    expect(partyClauses(thing)).toBeNull();
    const clause = parseQuestion('aws provides the base image and we layer our packages over it. patching those hosts: whose job?');
    expect(partyClauses(clause)).toEqual({ aws: 0, own: 6, asked: 15 });
  });

  it('reads "aws" inside a service\'s name ("we use AWS Audit Manager") as no subject of a clause', () => {
    expect(partyClauses(parseQuestion('if we use AWS Audit Manager for soc 2, does a finished assessment prove anything? who reviews the evidence'))).toBeNull();
    expect(partyClauses(parseQuestion('aws runs audit manager, we pick the framework. who reviews the evidence?'))).not.toBeNull();
  });

  it('reads a question that asks outright whether it is split, or for the big picture, as asking for the whole', () => {
    expect(asksSplitOrWhole(parseQuestion('big picture for the board: lambda runtime patching, aws alone or split?'))).toBe(true);
    expect(asksSplitOrWhole(parseQuestion('does the split tunnel on our client vpn leak traffic?'))).toBe(false);
    expect(answerQuestion('big picture please: securing our api gateway setup, aws or us? the ciso wants a one word answer').owner).toBe('shared');
  });

  it('reads a tool named before its security, or with a word for its whole, as the tool as a whole', () => {
    expect(answerQuestion('macie security in general - aws or us').owner).toBe('shared');
    expect(answerQuestion('inspector as a whole, security wise: whose').owner).toBe('shared');
  });

  it('reads "its security" in a doubt after a question about parts as no whole', () => {
    const a = answerQuestion('who sets up the security groups and nacls for our batch vpc? i assumed aws locks down the default vpc, unsure whether its security is theirs');
    expect(a.owner).toBe('customer');
  });

  it('reads "security of our <service> based <thing> overall" and "the whole thing" as the whole', () => {
    expect(answerQuestion('security of our ecs based billing backend overall, aws or ours').owner).toBe('shared');
    expect(answerQuestion('patching across the whole thing: the eks control plane plus our self-managed nodes. who owns it').owner).toBe('shared');
  });

  it('reads "security of the whole cluster" as the service as a whole', () => {
    expect(answerQuestion('ecs on ec2 for our billing jobs: security of the entire cluster, instances and tasks together, whose?').owner).toBe('shared');
  });

  it('reads "from the hypervisor to …" and "the complete stack" as patching as a whole', () => {
    expect(answerQuestion('our ehr runs on ec2 linux: patching the complete stack, from the hypervisor to the guest os to our app, who?').owner).toBe('shared');
  });

  it('reads "in the register" after both sides as asking whose the whole is', () => {
    expect(answerQuestion('patch management control: aws patches its own hosts and we patch our guests. so in the risk register is it shared?').owner).toBe('shared');
  });
});

