import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { parseQuestion } from '../../src/knowledge/matcher.js';

describe('words of a question as people paste them', () => {
  it('reads an API name written in CamelCase as its words', () => {
    expect(parseQuestion('we set AutoMinorVersionUpgrade to false').tokens).toEqual(['we', 'set', 'auto', 'minor', 'version', 'upgrade', 'to', 'false']);
    const a = answerQuestion('AutoMinorVersionUpgrade is false on our rds postgres instances, who applies minor versions now');
    expect(a.owner).toBe('customer');
    if (a.owner !== 'unknown') expect(a.duty?.id).toBe('rds-minor-version-upgrades');
  });

  it('keeps product names with one or two capitals whole', () => {
    expect(parseQuestion('DynamoDB and MySQL on AdministratorAccess').tokens).toEqual(['dynamodb', 'and', 'mysql', 'on', 'administratoraccess']);
  });

  it('reads another vendor the question moves away from as context when an AWS service is named', () => {
    expect(answerQuestion('thinking of app runner instead of heroku dynos, who patches the runtime').owner).not.toBe('unknown');
    expect(answerQuestion('who patches heroku dynos').owner).toBe('unknown');
    expect(answerQuestion('heroku dynos or app runner, who patches the runtime').owner).toBe('unknown');
  });

  it('refuses a product name written after the vendor that srm does not know, but not an English word after a service', () => {
    for (const q of ['for our audit: who is responsible for the evidence collected by AWS Compliance Autopilot?', 'does AWS Patch Sentinel patch our instances automatically?', 'amazon kinesis lakehouse compaction jobs, who maintains the engine?']) {
      expect(answerQuestion(q).owner, q).toBe('unknown');
    }
    expect(answerQuestion('who patches the os of amazon ec2 spot instances').owner).toBe('customer');
  });

  it('reads a service brought in to compare ("like they do for rds", "unlike ec2") as context', () => {
    const ec2 = answerQuestion('ok dumb question but do we patch the OS on our EC2 instances or does AWS do that like they do for RDS?');
    expect(ec2.owner).toBe('customer');
    if (ec2.owner !== 'unknown') expect(ec2.service?.id).toBe('ec2');
    const rds = answerQuestion('unlike ec2, who patches the os for rds');
    expect(rds.owner).toBe('aws');
    if (rds.owner !== 'unknown') expect(rds.service?.id).toBe('rds');
  });

  it('does not rank the thing a question sets aside ("not the guest")', () => {
    expect(answerQuestion('who patches the host OS underneath our VMs? not the guest, the layer below it').owner).toBe('aws');
  });

  it('reads a kind the question says it does not have as not asked about ("we never bought shield advanced")', () => {
    const a = answerQuestion('basic L3/L4 DDoS protection on our CloudFront distros + Route 53 zones, we never bought Shield Advanced. who provides that?');
    expect(a.owner).toBe('aws');
    if (a.owner !== 'unknown') expect(a.duty?.id).toBe('shield-standard');
  });

  it('reads a code host named as the place a key leaked as context, and refuses other vendors\' security tools', () => {
    expect(answerQuestion('a dev pushed an access key to a public github repo, who has to deactivate and rotate the key?').owner).toBe('customer');
    expect(answerQuestion('who secures our github actions runners').owner).toBe('unknown');
    expect(answerQuestion('after the breach: Defender for Cloud alerts were ignored for a week. whose responsibility was triage?').owner).toBe('unknown');
  });

  it('reads "tl;dr" as chat and "security & compliance" as the model\'s opening line', () => {
    expect(answerQuestion('tl;dr is security & compliance on AWS their job or ours? one word pls').owner).toBe('shared');
    expect(answerQuestion('so overall is security + compliance aws\'s job or ours?').owner).toBe('shared');
  });

  it('refuses an edition, tier or bundle AWS does not sell, but not a real one', () => {
    for (const q of ['rds turbo edition (the new one) - who does the os patching there?', 'transfer family platinum tier has managed key rotation, so who rotates sftp keys?', 'workspaces quantum bundle, who patches the OS on those', 'snowball titan device onsite - who is responsible for its physical security']) {
      expect(answerQuestion(q).owner, q).toBe('unknown');
    }
    expect(answerQuestion('who patches windows on our workspaces graphics bundle').owner).toBe('customer');
    // a real variant word of another service is no variant of this one
    for (const q of ['we are on the lambda pro tier, so aws patches our npm deps now?', 'fargate dedicated edition: is host patching still aws?']) expect(answerQuestion(q).owner, q).toBe('unknown');
    for (const q of ['who secures our snowball edge device', 'is our app runner source bundle encrypted at rest', 'who runs the aws free tier ec2 instance os patching']) expect(answerQuestion(q).owner, q).not.toBe('unknown');
    expect(answerQuestion('who applies minor versions to rds for sql server enterprise edition').owner).not.toBe('unknown');
    // a storage class S3 does not sell; real ones pass
    expect(answerQuestion('who manages encryption keys for the new S3 Permafrost storage class?').owner).toBe('unknown');
    expect(answerQuestion('s3 glacier deep archive storage class durability, who').owner).toBe('aws');
  });

  it('refuses an engine a managed database service does not run ("rds for cassandra"), but not a real one', () => {
    for (const q of ['who patches RDS for Cassandra', 'does aws handle backups for Aurora Oracle-compatible edition', 'ElastiCache for MongoDB - who patches the engine?', 'neptune for neo4j, who takes the backups', 'memorydb for memcached: engine patching is whose?']) {
      const a = answerQuestion(q);
      expect(a.owner, q).toBe('unknown');
      if (a.owner === 'unknown') expect(a.reason, q).toMatch(/^Unknown product, edition or engine/);
    }
    // a word no dictionary knows after the first word of a service's name is another product
    expect(answerQuestion('elastic transcoder who patches').owner).toBe('unknown');
    expect(answerQuestion('elastic load balancer tls policy, who picks it').owner).toBe('customer');
    for (const q of ['who patches aurora mysql-compatible edition', 'amazon keyspaces for apache cassandra: who encrypts at rest', 'who patches rds for db2', 'amazon mq for rabbitmq broker patching', 'elasticache for redis engine patching', 'we moved oracle to aurora, who patches now']) {
      expect(answerQuestion(q).owner, q).not.toBe('unknown');
    }
  });

  it('marks where sentences and pauses start, by the words the question is read as', () => {
    const p = parseQuestion('cloudfront security. its fully aws, right (e.g. the edge) - or not?');
    // cloudfront security | its fully aws | right | e g the edge | or not
    expect([...p.breaks]).toEqual([2, 10]);
    expect([...p.pauses]).toEqual([2, 5, 6, 10]);
    // (a "+" read as "and" before a bracket is a word of the question: "s3 and glacier")
    expect([...parseQuestion('who secures s3 + (glacier) - and ec2, aws or us').pauses]).toEqual([4, 5, 7]);
  });

  it('reads a sentence after the question that asks nothing as context ("…? pentest vendor wants to know")', () => {
    expect(parseQuestion('who patches the servers behind cognito user pools? pentest vendor wants to know').askedEnd).toBe(8);
    expect(parseQuestion('who patches rds? and aurora').askedEnd).toBeNull();
    expect(parseQuestion('who patches rds?').askedEnd).toBeNull();
    // the trailing words no longer decide the duty: a penetration-testing answer was given before
    const a = answerQuestion('who patches teh servers behind cognito user pools? pentest vendor wants to know');
    expect(a.owner === 'unknown' ? null : a.duty?.id).not.toBe('general-penetration-testing');
  });

  it('keeps the area a question names when the best duty is of a service it does not mention ("our nacl rules")', () => {
    const a = answerQuestion('whos supposed to maintain our nacl rules, us or aws??');
    expect(a.owner).toBe('customer');
    expect(a.area?.id).toBe('network-acls-routing');
  });

  it('reads an AWS managed key alias ("aws/s3") as the key, not the service, but not inside an image path', () => {
    const a = answerQuestion('aws/s3 and aws/rds keys (the AWS managed ones) - do we need to turn on rotation for those?');
    expect(a.owner).toBe('aws');
    if (a.owner !== 'unknown') expect(a.duty?.id).toBe('kms-key-rotation');
    expect(parseQuestion('built FROM public.ecr.aws/lambda/nodejs:20').tokens).toContain('lambda');
  });

  it('answers the side asked about after a stated one ("we patch the guest ourselves, fine. who patches the hypervisor?")', () => {
    const a = answerQuestion('auditor follow-up: we patch the guest OS on our EC2 instances ourselves, fine. Who patches the hypervisor / virtualization layer underneath them?');
    expect(a.owner).toBe('aws');
    const b = answerQuestion('i know aws patches the rds engine, but who manages the database users?');
    expect(b.owner).toBe('customer');
  });

  it('reads control references and resource names as chat ("164.312(a)(2)(iv)", "fs-scanned-faxes")', () => {
    expect(answerQuestion('Control: HIPAA 164.312(a)(2)(iv) | Asset: Amazon EFS fs-scanned-faxes | identify the party responsible for enabling encryption at rest on the file system.').owner).toBe('customer');
    expect(answerQuestion('db-instance patching on rds, who').owner).toBe('aws');
  });

  it('refuses network vendors\' appliances', () => {
    for (const q of ['who patches cisco meraki firewalls', 'zscaler enforcement nodes availability, whose job', 'palo alto prisma access node patching']) {
      expect(answerQuestion(q).owner, q).toBe('unknown');
    }
  });
});
