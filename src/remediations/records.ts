import { z } from 'zod';
import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../ingest/types.js';
import { getString, succeeded } from '../rules/event-fields.js';

/**
 * Readers of the documented record fields remediations take their targets
 * from. Every value read here is untrusted: a definition's paramsSchema and
 * the target schema validate what comes out before it is offered.
 */

/** The CloudTrail event if it is a successful call of `eventSource` with one of `eventNames`. */
export function successfulCall(record: IngestedRecord, eventSource: string, eventNames: readonly string[]): CloudTrailEvent | undefined {
  if (record.source !== 'cloudtrail') return undefined;
  const e = record.event;
  return e.eventSource === eventSource && eventNames.includes(e.eventName) && succeeded(e) ? e : undefined;
}

export function findingOf(record: IngestedRecord): GuardDutyFinding | undefined {
  return record.source === 'guardduty' ? record.finding : undefined;
}

/** The account the call acted in: recipientAccountId, else the caller's account. */
export function eventAccount(e: CloudTrailEvent): string | undefined {
  return (typeof e.recipientAccountId === 'string' ? e.recipientAccountId : undefined) ?? getString(e.userIdentity, 'accountId');
}

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** arn:partition:service:region:account:resource (the resource part may contain colons). */
export function parseArn(arn: string): ArnParts | undefined {
  const m = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}

/** The region global services (IAM) are called in, by partition. */
export function globalRegion(partition: string | undefined): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return 'us-east-1';
}

/** GuardDuty detector and finding ids: alphanumeric (they go into the REST path), 1 to 300 characters. */
export const guardDutyIdSchema = z.string().regex(/^[A-Za-z0-9]{1,300}$/, 'expected a GuardDuty id');
