import type { EventSourceKind } from '../ingest/types.js';

export const severities = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

/** Position in `severities`: higher is more severe. */
export function severityRank(s: Severity): number {
  return severities.indexOf(s);
}

/**
 * What a rule produces from one record. Text fields that come from the event
 * (actor, summary parts, resource) are raw: renderers escape them.
 */
export interface Alert {
  /** CloudTrail eventID or GuardDuty finding id. */
  eventId: string;
  /** Where the signal came from: an event source, or a scheduled check that newly fails. */
  source: EventSourceKind | 'check';
  /** The rule id (or check id for source "check") (file basename under rules/). */
  rule: string;
  title: string;
  severity: Severity;
  /** A responsibility area id from src/knowledge. */
  area: string;
  /** "CloudWatch.1", "cis-aws-1.4.0:4.3", ... */
  controls: string[];
  /**
   * MITRE ATT&CK technique ids ("T1098.001"). The rule engine sets it on every
   * alert; optional so alerts built elsewhere (scheduled checks, stored jobs
   * from before it existed) stay valid.
   */
  attack?: string[];
  account: string | null;
  region: string | null;
  /** The principal's ARN, "root", or the best identity the event names. */
  actor: string | null;
  sourceIp: string | null;
  /** ISO 8601 time of the event (GuardDuty: updatedAt). */
  time: string | null;
  /** The API call (CloudTrail eventName) or finding type. */
  eventName: string;
  /** What happened, one sentence. */
  summary: string;
  /** What the customer must do about it. */
  customerAction: string;
  /** Caveats a reader must see (for example MFA done at an identity provider). */
  notes: string[];
  /** The resource touched (instance id, access key id, bucket, ARN), if named. */
  resource: string | null;
  /** GuardDuty sample finding (service.additionalInfo.sample). */
  sample: boolean;
  /** Post-once key: CloudTrail eventID, or GuardDuty `${id}@${updatedAt}`. */
  dedupKey: string;
  /** Codes of the rule's known-noisy conditions that held for this event (see a rule's `noisyWhen`). */
  noise?: string[];
}
