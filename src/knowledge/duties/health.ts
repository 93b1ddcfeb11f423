import type { DutyInput } from '../schema.js';
import { guide } from './guide.js';

const health = guide('https://docs.aws.amazon.com/health/latest/ug', 'AWS Health User Guide');

/**
 * AWS Health: AWS runs the service, decides what an event says, and encrypts what it stores (with no
 * customer key to choose); the customer decides who in its accounts may read the events, turns on the
 * organizational view, and acts on what the events say (EventBridge rules, notifications, the scheduled
 * changes they announce).
 */
export const healthDuties: DutyInput[] = [
  {
    id: 'health-data-encryption',
    services: ['aws-health'],
    area: 'encryption-at-rest',
    name: 'Encrypting AWS Health event data at rest and in transit',
    owner: 'aws',
    why: 'Data encryption (AWS Health User Guide): all data AWS Health stores is encrypted at rest and all data sent to and from it is encrypted in transit; AWS Health does not support customer managed keys, and its events hold no personal data such as email addresses or customer names.',
    aws: 'Encrypts every event and entity AWS Health stores, and the API and console traffic, with keys AWS manages.',
    customer: 'Nothing to turn on; protect copies of events you send elsewhere (EventBridge targets, SNS topics, tickets) with those services\' own encryption.',
    misconception: 'There is no customer managed key to bring for AWS Health itself: its encryption is AWS\'s.',
    phrases: ['health event data', 'aws health data', 'health dashboard data', 'encrypts health events', 'health events at rest', 'own key for aws health', 'customer managed key for health events', 'bring our own key to aws health', 'health events encrypted', 'encryption of the health dashboard', 'aws health encrypt', 'does aws health encrypt', 'encrypt what aws health keeps', 'encrypt what it keeps'],
    source: health('Data encryption', 'data-encryption'),
  },
  {
    id: 'health-event-response',
    services: ['aws-health'],
    area: 'monitoring',
    name: 'Acting on AWS Health events (EventBridge rules, notifications, scheduled changes)',
    owner: 'customer',
    why: 'Monitoring events in AWS Health with Amazon EventBridge: AWS Health publishes events about your resources (scheduled maintenance, retirements, issues), and you create the EventBridge rules and targets that notify people or take action; the dashboard needs no setup, but nobody is paged unless you set it up, and acting on a scheduled change (for example rebooting or replacing an instance before its retirement) is yours.',
    aws: 'Publishes account-specific and public events to the AWS Health Dashboard, the AWS Health API and EventBridge.',
    customer: 'Create EventBridge rules (or AWS User Notifications) that route Health events to on-call, watch the events for your accounts, and act on scheduled maintenance and retirement notices before their deadline.',
    tool: 'Amazon EventBridge, AWS User Notifications',
    phrases: ['health events to slack', 'alert on aws health events', 'eventbridge rule for health events', 'scheduled change notices', 'act on health events', 'retirement notice in the health dashboard', 'notified about aws health events', 'page on aws health events', 'watch the health dashboard', 'scheduled maintenance event in aws health'],
    source: health('Monitoring events in AWS Health with Amazon EventBridge', 'cloudwatch-events-health'),
  },
  {
    id: 'health-account-specific-events',
    services: ['aws-health'],
    area: 'monitoring',
    name: 'Telling you which of your resources an AWS event affects (account-specific events)',
    owner: 'aws',
    why: 'Concepts for AWS Health: AWS Health sends events on behalf of other AWS services; account-specific events are local to your account (or an account in your organization) and, when a service in a Region you use has an issue, name the event and the affected resources, with the Availability Zone where it applies. Public events give the general service status. Deciding what an event says and which resources it lists is AWS\'s.',
    aws: 'Detects service and Availability Zone issues, publishes account-specific events with the affected resources (and public events) to the AWS Health Dashboard, the AWS Health API and EventBridge.',
    customer: 'Look at your AWS Health Dashboard (or the organizational view) during an event, route the events to on-call, and act on the resources they list.',
    tool: 'AWS Health Dashboard, AWS Health API, Amazon EventBridge',
    misconception: 'You do not have to work out from the public status page which of your resources an AWS event hit: account-specific Health events list them for you.',
    phrases: ['account specific events', 'account specific event', 'which of our resources are affected', 'which resources are impacted', 'personal health dashboard', 'phd', 'your account health', 'tells us which resources are affected', 'health event for an az issue', 'aws health during an az event', 'affected entities', 'describeaffectedentities', 'aws notifies us of affected resources', 'aws health tells us', 'tells us which of our instances are affected', 'which of our instances are affected', 'affected by an aws event', 'impacted by an aws outage', 'who tells us which resources'],
    source: health('Concepts for AWS Health', 'aws-health-concepts-and-terms'),
  },
  {
    id: 'health-organizational-view',
    services: ['aws-health'],
    area: 'account-governance',
    name: 'Turning on the organizational view and deciding who may read Health events',
    owner: 'customer',
    why: 'Aggregating AWS Health events (AWS Health User Guide): the organizational view, which gathers events from every account of an AWS Organizations organization, is off until the management account turns it on (and may name a delegated administrator); who may read events is set with IAM policies you write.',
    aws: 'Aggregates events across member accounts once the organizational view is on, and enforces the IAM permissions you grant on the AWS Health API and dashboard.',
    customer: 'Turn on the organizational view from the management account, choose a delegated administrator, and grant least-privilege IAM access (health:Describe*) to the people and tools that need it.',
    tool: 'AWS Organizations, IAM',
    phrases: ['organizational view', 'health organizational view', 'delegated administrator for aws health', 'aggregate health events', 'health events across all accounts', 'who can see health events', 'iam access to aws health', 'health api permissions'],
    source: health('Aggregating AWS Health events', 'aggregate-events'),
  },
];
