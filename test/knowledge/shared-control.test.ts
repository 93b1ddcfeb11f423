import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';

/** The model's shared controls asked about as a whole are shared; one side of them, or a service's own duty, is not. */
const cases: { q: string; owner: 'aws' | 'customer' | 'shared'; duty?: string }[] = [
  // the whole: a word for all of it, "one owner or split", both sides' systems
  { q: 'patching across the board: one owner or split?', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'config management in general, between the aws infrastructure and our databases, whose is it', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'security awareness overall: us, aws, or both', owner: 'shared', duty: 'general-awareness-training-control' },
  { q: 'patch management program covering both the infrastructure and our apps: who owns it', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'configuration management for the ml training platform, aws infra devices plus our servers: owner column?', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'between our ecs tasks, dynamodb and s3, is patching overall on aws or on us?', owner: 'shared', duty: 'general-patch-management-control' },
  // the control itself asked about, with one side given as the premise
  { q: 'our vendor says aws already trains everyone on security awareness. who owns this control for our soc 2?', owner: 'shared', duty: 'general-awareness-training-control' },
  { q: 'aws patches its own infra, fine. for the risk register, is patch management still shared?', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'configuration mgmt: aws does its network devices. what do i put in the owner field', owner: 'shared', duty: 'general-configuration-management-control' },
  // the control spoken of as the model's control, with one service named
  { q: 'we list patch management as a control for our ec2 workloads, which side owns it', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'vulnerability management as a control in our iso register, aws side and ours: who owns it overall', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'vuln mgmt, as a control: is it ours, amazons or split?', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'training: aws trains its staff and we train ours - so who owns the control?', owner: 'shared', duty: 'general-awareness-training-control' },
  { q: 'is configuration management on our rds estate shared or ours? the model page says shared', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'config mgmt on dynamodb: aws configures its fleet, we set the table settings. so who owns config mgmt', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'configuration management for our opensearch domain, i.e. the host config and our access policies settings', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'the auditor wants a single owner for patching of our ecs on ec2 cluster and the hosts below it', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'ecs on fargate patching: aws handles the host layer, we handle our images. for the control matrix, one owner?', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'configuration management of our elasticache cluster: aws configures the nodes, we pick the parameter group. so whose is it', owner: 'shared', duty: 'general-configuration-management-control' },
  { q: 'patch management for our workspaces fleet: the host infra plus the bundle image we built. who', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'on ec2 who patches the hypervisor and who patches our debian on the boxes? i want the whole picture', owner: 'shared', duty: 'general-patch-management-control' },
  { q: 'awareness and training: our devs vs aws\'s own staff. how is this control owned for the audit', owner: 'shared', duty: 'general-awareness-training-control' },
  { q: 'configuration management for our api gateway stack: aws configures its edge fleet, we configure stages and authorizers. how do we classify it', owner: 'shared', duty: 'general-configuration-management-control' },
  // one side, or a service's duty
  { q: 'patching and scaling of the eks control plane, the etcd and api servers: aws or us?', owner: 'aws' },
  { q: 'configuration management of our rds: aws configures the hosts, we do parameter groups. who owns our parameter group settings?', owner: 'customer' },
  { q: 'configuration management of our ec2 instances, who does it', owner: 'customer' },
  { q: 'who patches the hypervisor under our nodes', owner: 'aws' },
  { q: 'awareness training for our developers, who runs it', owner: 'customer' },
  { q: 'configuration management of our ec2 instances', owner: 'customer' },
];

describe('shared controls as a whole', () => {
  it.each(cases)('$q -> $owner', ({ q, owner, duty }) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe(owner);
    if (duty && a.owner !== 'unknown') expect(a.duty?.id).toBe(duty);
  });
});
