import { z } from 'zod';
import { parseDuration, type RuleTuning } from './duration.js';

/**
 * The config's `rules:` section (src/config.ts): per rule id, a window
 * (seconds, or "90s", "10m", "24h", "7d") and a threshold. Kept apart from
 * the engine so that loading rules does not load zod's schemas.
 */
const durationSchema = z.union([z.number(), z.string()]).transform((v, ctx) => {
  try {
    return parseDuration(v);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message.replace(/^invalid duration .*?: (?=expected|between)/, '') });
    return z.NEVER;
  }
});

export const ruleTuningSchema: z.ZodType<RuleTuning, unknown> = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a rule id like cloudtrail-secrets-bulk-retrieved'),
  z.strictObject({
    window: durationSchema.optional(),
    threshold: z.number().int().min(1).max(1_000_000).optional(),
  }),
);
