import { z } from 'zod';
import { SrmError } from '../errors.js';

/** The Slack side of the environment contract (DESIGN.md), parsed in one place. */
export const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string({ error: 'SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)' }).min(1, 'SLACK_BOT_TOKEN is empty'),
  SLACK_SIGNING_SECRET: z.string().min(1, 'SLACK_SIGNING_SECRET is empty').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'SLACK_APP_TOKEN must be an app-level token (xapp-…)').optional(),
  SLACK_API_URL: z.url({ error: 'SLACK_API_URL must be a URL like https://slack.com/api/' }).refine((u) => u.endsWith('/'), 'SLACK_API_URL must end in "/" (like https://slack.com/api/)').optional(),
  PORT: z.coerce.number({ error: 'PORT must be a number' }).int().min(0).max(65535).default(3000),
});

const missingSecret = 'SLACK_SIGNING_SECRET is not set (needed for HTTP mode; set SLACK_APP_TOKEN for Socket Mode instead)';

export type SlackEnv = z.output<typeof slackEnvSchema>;

/** Parses the Slack variables; a clear SrmError names each missing or bad one. */
export function parseSlackEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): SlackEnv {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = slackEnvSchema.safeParse(blankless);
  const reasons = result.success ? [] : result.error.issues.map((i) => i.message);
  // HTTP mode verifies signatures, so it needs the secret; Socket Mode does not
  if (!blankless.SLACK_APP_TOKEN && !blankless.SLACK_SIGNING_SECRET) reasons.push(missingSecret);
  if (result.success && reasons.length === 0) return result.data;
  throw new SrmError('config', `Slack configuration: ${reasons.join('; ')}`);
}
