/**
 * The records srm reads. Readers validate raw input into these shapes at the
 * edge (src/ingest/schemas.ts); everything downstream trusts the shape, never
 * the content: every string in here is untrusted text from AWS or an attacker.
 */
export type EventSourceKind = 'cloudtrail' | 'guardduty';

/** A CloudTrail record as CloudTrail writes it (documented fields; the rest kept as is). */
export interface CloudTrailEvent {
  eventSource: string;
  eventName: string;
  eventID?: string;
  eventTime?: string;
  eventVersion?: string;
  eventType?: string;
  awsRegion?: string;
  recipientAccountId?: string;
  sourceIPAddress?: string;
  userAgent?: string;
  errorCode?: string;
  errorMessage?: string;
  userIdentity?: Record<string, unknown>;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown> | null;
  [field: string]: unknown;
}

/** A GuardDuty finding in the API's camelCase shape (PascalCase input is converted by the reader). */
export interface GuardDutyFinding {
  id: string;
  type: string;
  severity: number;
  accountId: string;
  region: string;
  arn?: string;
  title?: string;
  description?: string;
  createdAt?: string;
  updatedAt?: string;
  partition?: string;
  schemaVersion?: string;
  resource?: Record<string, unknown>;
  service?: Record<string, unknown>;
  [field: string]: unknown;
}

/** Where a record came from, for error messages and the replay summary. */
export interface RecordOrigin {
  path?: string;
  /** 0-based position of the record within its file or stream. */
  index?: number;
}

export type IngestedRecord =
  | { source: 'cloudtrail'; event: CloudTrailEvent; origin?: RecordOrigin }
  | { source: 'guardduty'; finding: GuardDutyFinding; origin?: RecordOrigin };

/** A record that could not be read, with the reason; counted, never fatal. */
export interface SkippedRecord {
  reason: string;
  origin?: RecordOrigin;
}
