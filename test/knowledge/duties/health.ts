import { ask, type DutyPhrasing } from './types.js';

export const healthPhrasings: DutyPhrasing[] = [
  ask('health-data-encryption', 'aws', 'is the event data in aws health encrypted at rest, and by whom'),
  ask('health-data-encryption', 'aws', 'can we plug a customer managed kms key into the aws health dashboard data?'),
  ask('health-data-encryption', 'aws', 'does aws health encrypt what it keeps about our resources or is that on us'),
  ask('health-event-response', 'customer', 'who makes sure someone gets paged when aws health posts a scheduled maintenance event for our account'),
  ask('health-event-response', 'customer', 'isnt aws supposed to act on the retirement notices in the aws health dashboard for us?'),
  ask('health-organizational-view', 'customer', 'who switches on the aws health organizational view so we see events for every member account'),
  ask('health-organizational-view', 'customer', 'who decides which engineers can read aws health events'),
  ask('health-account-specific-events', 'aws', 'aws health: who identifies which of our resources an az issue affects'),
  ask('health-account-specific-events', 'aws', 'in the personal health dashboard who works out the affected resources in our account'),
];
