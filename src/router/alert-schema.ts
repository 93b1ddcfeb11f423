import { z } from 'zod';
import { severities, type Alert } from '../rules/types.js';
import type { EventAlert, RuleMatch } from './event-alert.js';

const text = z.string().max(100_000);
const ids = z.array(z.string().max(200)).max(200);

/**
 * A remediation offered for a record, as stored with its alert (the shape of
 * src/remediations/targets.ts OfferedRemediation): computed from the record
 * when the alert is created, never from Slack input.
 */
export const storedOfferSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100),
  target: z.object({
    account: z.string().regex(/^\d{12}$/),
    region: z.string().min(1).max(50),
    resource: z.string().min(1).max(2048),
    params: z.record(z.string(), z.unknown()),
  }),
});
export type StoredOffer = z.output<typeof storedOfferSchema>;

const alertFields = {
  eventId: z.string().min(1).max(2048),
  source: z.enum(['cloudtrail', 'guardduty', 'check']),
  rule: z.string().min(1).max(200),
  title: text,
  severity: z.enum(severities),
  area: z.string().max(200),
  controls: ids,
  // older payloads (before rules named ATT&CK techniques) have none
  attack: ids.default([]),
  account: text.nullable(),
  region: text.nullable(),
  actor: text.nullable(),
  sourceIp: text.nullable(),
  time: text.nullable(),
  eventName: text,
  summary: text,
  customerAction: text,
  notes: z.array(text).max(50),
  resource: text.nullable(),
  sample: z.boolean(),
  dedupKey: z.string().min(1).max(4096),
  noise: ids.optional(),
};

/** An Alert as a job payload carries it (validated when the job is enqueued and when it runs). */
export const alertSchema: z.ZodType<Alert> = z.object(alertFields);

const ruleMatchSchema: z.ZodType<RuleMatch> = z.object({
  rule: alertFields.rule,
  title: text,
  severity: alertFields.severity,
  area: alertFields.area,
  controls: ids,
  attack: ids.default([]),
  summary: text,
  customerAction: text,
  notes: alertFields.notes,
  resource: text.nullable(),
  noise: ids.optional(),
});

/** An event alert (every rule a record matched) or a plain per-rule Alert, which the router treats as an event of one rule. */
export const routedAlertSchema: z.ZodType<Alert | EventAlert> = z.object({
  ...alertFields,
  rules: z.array(ruleMatchSchema).min(1).max(100).optional(),
  remediations: z.array(storedOfferSchema).max(20).optional(),
}) as z.ZodType<Alert | EventAlert>;
