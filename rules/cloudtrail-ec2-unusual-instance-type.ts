import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

/**
 * Accelerated computing (GPU, Inferentia, Trainium, FPGA, video transcoding)
 * and high-memory families: what crypto-mining and model-training hijackers
 * launch, and what most accounts never run.
 */
const unusualFamily = /^(p[2-9][a-z0-9-]*|g[3-9][a-z0-9-]*|gr6|inf[1-9]|trn[1-9][a-z0-9-]*|dl[1-9][a-z0-9-]*|f[12]|vt1|u-[a-z0-9]+|x[12][a-z0-9-]*)\./;

const instanceType = (e: { requestParameters?: unknown }) => getString(e.requestParameters, 'instanceType') ?? '';
const maxCount = (e: { requestParameters?: unknown }) => {
  const first = items(getPath(e.requestParameters, 'instancesSet'))[0];
  const n = getPath(first, 'maxCount');
  return typeof n === 'number' ? n : 1;
};

export const cloudtrailEc2UnusualInstanceType = defineRule({
  id: 'cloudtrail-ec2-unusual-instance-type',
  title: 'GPU or other unusual EC2 instances launched',
  source: 'cloudtrail',
  severity: 'high',
  area: 'account-governance',
  controls: [],
  attack: ['T1496.001', 'T1578.002'],
  guardduty: ['CryptoCurrency:EC2/BitcoinTool.B', 'CryptoCurrency:EC2/BitcoinTool.B!DNS'],
  falsePositives: ['Machine-learning, HPC or media teams that run GPU, Inferentia, Trainium, FPGA or high-memory instances on purpose.'],
  tuning: 'suppressions (by rule and account or actor) for the accounts that run these families',
  // Failed calls too: an attempt denied by IAM or by the vCPU quota is the same intent.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances' },
  match: (e) => unusualFamily.test(instanceType(e)),
  classify: (e) => (e.errorCode ? { notes: [`The launch failed (${String(e.errorCode)}): the attempt is the signal.`] } : {}),
  description:
    "Accelerated-computing (GPU, Inferentia, Trainium, FPGA) or high-memory instances were launched or attempted. They are what crypto-mining and model-training hijackers run on stolen credentials; who may launch what, and service quotas, are the customer's side.",
  customerAction: 'Confirm the launch was planned; if not, terminate the instances, revoke the caller\'s credentials and restrict instance types with an SCP or IAM condition (ec2:InstanceType).',
  describe: (e) =>
    `RunInstances ${e.errorCode ? 'tried to launch' : 'launched'} up to ${maxCount(e)} ${instanceType(e)} instance(s)${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(items(getPath(e.responseElements, 'instancesSet'))[0], 'instanceId') ?? null,
  references: ['https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'],
  cases: [
    {
      name: 'p3 launch fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances', requestParameters: { instanceType: 'p3.16xlarge', instancesSet: { items: [{ imageId: 'ami-0123456789abcdef0', minCount: 1, maxCount: 10 }] } } }),
    },
    {
      name: 'a denied g5 attempt fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'RunInstances',
        userIdentity: { ...identities.assumedRole },
        errorCode: 'Client.UnauthorizedOperation',
        errorMessage: 'You are not authorized to perform this operation.',
        requestParameters: { instanceType: 'g5.12xlarge', instancesSet: { items: [{ imageId: 'ami-0123456789abcdef0', minCount: 1, maxCount: 4 }] } },
      }),
    },
    {
      name: 't3 launch does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances', requestParameters: { instanceType: 't3.micro', instancesSet: { items: [{ imageId: 'ami-0123456789abcdef0', minCount: 1, maxCount: 1 }] } } }),
    },
    {
      name: 'a Graviton general-purpose family does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances', requestParameters: { instanceType: 'm7g.large', instancesSet: { items: [{ imageId: 'ami-0123456789abcdef0', minCount: 1, maxCount: 1 }] } } }),
    },
  ],
});
