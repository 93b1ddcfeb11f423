import { z } from 'zod';

/**
 * The zod schemas of the fields srm relies on in a CloudTrail record and a
 * GuardDuty finding (everything else is kept as is). The reader checks the
 * same fields by hand (schemas.ts `quickValid`, `invalidReason`), without
 * loading zod; a test holds the two in agreement, verdicts and reasons.
 */

function requiredString(field: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? `${field} is required` : `${field} must be a string`) });
}
function optionalString(field: string) {
  return z.string({ error: `${field} must be a string` }).optional();
}
function objectField(field: string) {
  return z.record(z.string(), z.unknown(), { error: `${field} must be an object` });
}
function nullableObjectField(field: string) {
  return z
    .union([z.null(), z.record(z.string(), z.unknown())], { error: `${field} must be an object or null` })
    .optional();
}

export const cloudTrailEventSchema = z.looseObject({
  eventSource: requiredString('eventSource'),
  eventName: requiredString('eventName'),
  eventID: optionalString('eventID'),
  eventTime: optionalString('eventTime'),
  eventVersion: optionalString('eventVersion'),
  eventType: optionalString('eventType'),
  awsRegion: optionalString('awsRegion'),
  recipientAccountId: optionalString('recipientAccountId'),
  sourceIPAddress: optionalString('sourceIPAddress'),
  userAgent: optionalString('userAgent'),
  errorCode: optionalString('errorCode'),
  errorMessage: optionalString('errorMessage'),
  userIdentity: objectField('userIdentity').optional(),
  requestParameters: nullableObjectField('requestParameters'),
  responseElements: nullableObjectField('responseElements'),
  additionalEventData: nullableObjectField('additionalEventData'),
});

export const guardDutyFindingSchema = z.looseObject({
  id: requiredString('id'),
  type: requiredString('type'),
  severity: z.number({
    error: (iss) => (iss.input === undefined ? 'severity is required' : 'severity must be a number'),
  }),
  accountId: requiredString('accountId'),
  region: requiredString('region'),
  arn: optionalString('arn'),
  title: optionalString('title'),
  description: optionalString('description'),
  createdAt: optionalString('createdAt'),
  updatedAt: optionalString('updatedAt'),
  partition: optionalString('partition'),
  schemaVersion: optionalString('schemaVersion'),
  resource: objectField('resource').optional(),
  service: objectField('service').optional(),
});
