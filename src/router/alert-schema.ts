import { z } from 'zod';
import { severities, type Alert } from '../rules/types.js';

const text = z.string().max(100_000);

/** An Alert as a job payload carries it (validated when the job is enqueued and when it runs). */
export const alertSchema: z.ZodType<Alert> = z.object({
  eventId: z.string().min(1).max(2048),
  source: z.enum(['cloudtrail', 'guardduty', 'check']),
  rule: z.string().min(1).max(200),
  title: text,
  severity: z.enum(severities),
  area: z.string().max(200),
  controls: z.array(z.string().max(200)).max(200),
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
});
