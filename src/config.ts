import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UsageError, errorMessage } from './errors.js';
import type { RuleTuning } from './rules/duration.js';
import { ruleTuningSchema } from './rules/tuning.js';
import { severities } from './rules/types.js';

/** us-east-1 is always polled: IAM, STS and console sign-in events are recorded there. */
export const globalEventsRegion = 'us-east-1';

const accountIdMessage = 'expected a 12-digit AWS account id like "123456789012" (quote it in YAML: unquoted, leading zeros are lost)';
/** YAML reads an unquoted id as a number: accepted when it still has 12 digits. */
const accountId = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string({ error: accountIdMessage }).regex(/^\d{12}$/, accountIdMessage),
);
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'expected an AWS region like us-east-1');
const roleArn = z
  .string()
  .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/, 'expected an IAM role ARN like arn:aws:iam::123456789012:role/srm-readonly');
const channel = z
  .string()
  .regex(/^([CG][A-Z0-9]{6,}|#[a-z0-9][a-z0-9._-]{0,79})$/, 'expected a channel id like C0123ABCD or #name');
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id like daily-checks');
const severity = z.enum(severities);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const accountSchema = z.strictObject({
  id: accountId,
  name: z.string().min(1).optional(),
  roleArn: roleArn.optional(),
  externalId: z.string().min(2).max(1224).optional(),
  regions: z.array(region).default([]),
});

const pollSchema = z.strictObject({
  seconds: z.number().int().min(5, 'expected at least 5 seconds').max(3600).optional(),
  lookbackMinutes: z.number().int().min(1).max(24 * 60).default(15),
  overlapMinutes: z.number().int().min(0).max(24 * 60).default(5),
  cloudtrail: z.boolean().default(true),
  guardduty: z.boolean().default(true),
});

/** One EventBridge -> SQS queue the continuous consumer reads (src/ingest/sqs/consumer.ts). */
const sqsQueueSchema = z.strictObject({
  queueUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/]+\/\d{12}\/[\w-]+(\.fifo)?$/, 'expected an SQS queue URL like https://sqs.us-east-1.amazonaws.com/123456789012/srm-events'),
  region: region.optional(),
  /** Long-poll wait per ReceiveMessage (SQS allows 0-20). */
  waitSeconds: z.number().int().min(0).max(20).default(20),
  /** Ignored since the consumer runs continuously; still accepted so older configs stay valid. */
  budgetSeconds: z.number().int().min(1).max(900).optional(),
  /** ReceiveMessage calls in flight at most, while receives come back full (a deep queue); one otherwise. */
  receivers: z.number().int().min(1).max(10).default(4),
  /** Stop receiving when this many ingest jobs wait in BullMQ (backpressure)... */
  maxBacklog: z.number().int().min(10).max(1_000_000).default(5_000),
  /** ...and resume below this many (default: half of maxBacklog). */
  resumeBacklog: z.number().int().min(0).max(1_000_000).optional(),
  /** The Redis lease that lets one replica consume the queue; another takes over this long after its holder dies. */
  leaseSeconds: z.number().int().min(2).max(300).default(6),
});

const routeSchema = z.strictObject({
  match: z
    .strictObject({
      source: oneOrMany(z.enum(['cloudtrail', 'guardduty', 'check'])).optional(),
      minSeverity: severity.optional(),
      severity: oneOrMany(severity).optional(),
      rule: oneOrMany(z.string().min(1)).optional(),
      area: oneOrMany(z.string().min(1)).optional(),
      account: oneOrMany(accountId).optional(),
    })
    .default({}),
  channel,
});

const suppressionSchema = z
  .strictObject({
    rule: oneOrMany(z.string().min(1)).optional(),
    /** A principal ARN pattern; `*` matches any run of characters. */
    actor: z.string().min(1).optional(),
    account: oneOrMany(accountId).optional(),
    action: z.enum(['suppress', 'downgrade']),
    severity: severity.optional(),
    reason: z.string().min(1, 'say why (it is shown in audits)'),
  })
  .superRefine((s, ctx) => {
    if (s.action === 'downgrade' && !s.severity) {
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'required when action is downgrade' });
    }
    if (!s.rule && !s.actor && !s.account) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'a suppression needs at least one of rule, actor, account' });
    }
  });

const scheduleSchema = z.strictObject({
  id: kebabId,
  cron: z.string().regex(/^(\S+\s+){4,5}\S+$/, 'expected a cron pattern like "0 8 * * *"'),
  tz: z.string().min(1).default('UTC'),
  checks: z.array(z.string().min(1)).min(1).default(['all']),
  channel: channel.optional(),
  accounts: z.array(accountId).optional(),
  regions: z.array(region).optional(),
});

const slackUsers = z.array(z.string().regex(/^[UW][A-Z0-9]{6,}$/, 'expected a Slack user id like U0123ABCD')).default([]);
const slackGroups = z.array(z.string().regex(/^S[A-Z0-9]{6,}$/, 'expected a Slack user group id like S0123ABCD')).default([]);
const approval = z.enum(['single', 'four-eyes']);

/** A grant: these users and groups may run these actions (default: every action) in these accounts (default: every account). */
const remediationRuleSchema = z
  .strictObject({
    actions: z.array(kebabId).min(1).optional(),
    accounts: z.array(accountId).min(1).optional(),
    allowedUsers: slackUsers,
    allowedGroups: slackGroups,
  })
  .refine((r) => r.allowedUsers.length + r.allowedGroups.length > 0, { message: 'a rule needs allowedUsers or allowedGroups', path: ['allowedUsers'] });

/** The role remediations assume in one account: its ARN, or the ARN with the role's sts:ExternalId. */
const remediationRoleSchema = z.union([roleArn, z.strictObject({ arn: roleArn, externalId: z.string().min(2).max(1224).optional() })]);

const remediationSchema = z.strictObject({
  /** May run every action in every account. */
  allowedUsers: slackUsers,
  allowedGroups: slackGroups,
  /** Per-action and per-account grants on top of those. */
  rules: z.array(remediationRuleSchema).default([]),
  /** Who must agree, by action id: overrides the catalogue's default (four-eyes for IAM credentials). */
  approval: z.record(kebabId, approval).default({}),
  /** A four-eyes request not approved within this many minutes expires and does nothing. */
  approvalTtlMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  /** Per account id: the role remediations assume (never the read-only one); without it, the ambient credentials. */
  roleArn: z.record(z.string().regex(/^\d{12}$/, accountIdMessage), remediationRoleSchema).default({}),
});
const remediationDefaults = { allowedUsers: [], allowedGroups: [], rules: [], approval: {}, approvalTtlMinutes: 60, roleArn: {} };

const fileSchema = z.strictObject({
  accounts: z.array(accountSchema).min(1).optional(),
  poll: pollSchema.default({ lookbackMinutes: 15, overlapMinutes: 5, cloudtrail: true, guardduty: true }),
  /** One queue or a list (one per organisation or region). */
  sqs: oneOrMany(sqsQueueSchema).optional(),
  defaultChannel: channel.optional(),
  routes: z.array(routeSchema).default([]),
  suppressions: z.array(suppressionSchema).default([]),
  /** What to do when a rule's known-noisy condition holds, by noise code ("mfa-at-idp"), "<rule>:<code>" or "*". */
  noise: z.record(z.string().min(1), z.enum(['note', 'downgrade', 'suppress'])).default({}),
  /** Window and threshold of stateful rules, by rule id: `rules: { cloudtrail-secrets-bulk-retrieved: { window: 10m, threshold: 20 } }`. */
  rules: ruleTuningSchema.default({}),
  digest: z
    .strictObject({
      threshold: z.number().int().min(1).default(5),
      windowSeconds: z.number().int().min(1).default(60),
      /** How long a top-level alert about a principal takes the other source's alerts about it (GuardDuty vs CloudTrail) into its thread; 0 turns that off. */
      principalWindowSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(3600),
    })
    .default({ threshold: 5, windowSeconds: 60, principalWindowSeconds: 3600 }),
  schedules: z.array(scheduleSchema).default([]),
  remediation: remediationSchema.default(remediationDefaults),
});

/** A watched account; `id` is absent for the ambient account (found with STS GetCallerIdentity). */
export interface AccountConfig {
  id?: string;
  name?: string;
  roleArn?: string;
  externalId?: string;
  /** Always contains us-east-1. */
  regions: string[];
}

type FileConfig = z.output<typeof fileSchema>;
export type RouteConfig = FileConfig['routes'][number];
export type SuppressionConfig = FileConfig['suppressions'][number];
export type ScheduleConfig = FileConfig['schedules'][number];
export type RemediationRuleConfig = FileConfig['remediation']['rules'][number];

/** Who may remediate, who must approve, and the role each account's actions run with. */
export interface RemediationConfig {
  allowedUsers: string[];
  allowedGroups: string[];
  rules: RemediationRuleConfig[];
  approval: Record<string, 'single' | 'four-eyes'>;
  approvalTtlMinutes: number;
  /** Per account id. */
  roleArn: Record<string, { arn: string; externalId?: string }>;
}
/** One configured queue, its region resolved and its backlog thresholds filled in. */
export type SqsQueueConfig = Omit<NonNullable<FileConfig['sqs']>[number], 'region' | 'resumeBacklog'> & { region: string; resumeBacklog: number };

export interface SrmConfig {
  accounts: AccountConfig[];
  poll: { seconds: number; lookbackMinutes: number; overlapMinutes: number; cloudtrail: boolean; guardduty: boolean };
  /** The EventBridge -> SQS queues to consume continuously (empty: none). */
  sqs: SqsQueueConfig[];
  /** From the config, else SRM_CHANNEL. */
  defaultChannel?: string;
  routes: RouteConfig[];
  suppressions: SuppressionConfig[];
  /** Noise policy for the rule engine (see src/rules/engine.ts NoisePolicy); default: every noisy alert carries a note. */
  noise: Record<string, 'note' | 'downgrade' | 'suppress'>;
  /** Overrides of stateful rules' window (seconds) and threshold, by rule id (the engine rejects unknown or stateless rules). */
  rules: RuleTuning;
  /** Flood control; `principalWindowSeconds` (default 3600, 0 = off) folds GuardDuty and CloudTrail alerts about one principal into one thread. */
  digest: { threshold: number; windowSeconds: number; principalWindowSeconds?: number };
  schedules: ScheduleConfig[];
  remediation: RemediationConfig;
  /** Where the config came from (a path, or "environment"). */
  source: string;
}

/** A config (file or environment) srm cannot run with: a usage error, so every subcommand exits 3 before starting anything. */
export class ConfigError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** `routes[2].channel` from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

function issueText(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, 10).map((k) => `"${k.slice(0, 80)}"`).join(', ');
    return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${shown}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}`;
  }
  return `${where}: ${issue.message}`;
}

function envPollSeconds(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SRM_POLL_SECONDS;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 5 || n > 3600) throw new ConfigError(`SRM_POLL_SECONDS: expected whole seconds between 5 and 3600, got "${raw}"`);
  return n;
}

/** SRM_WHO_THREADS: how many threads answer `/srm who` in `srm serve` (1–8), or undefined for the default. */
export function envWhoThreads(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SRM_WHO_THREADS;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new ConfigError(`SRM_WHO_THREADS: expected a whole number between 1 and 8, got "${raw}"`);
  return n;
}

/**
 * SRM_WHO_WARMUP: whether the who threads, once ready, answer the duties' own phrases while they have no question
 * ("on", the default, or "off").
 */
export function envWhoWarmUp(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.SRM_WHO_WARMUP;
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`SRM_WHO_WARMUP: expected "on" or "off", got "${raw}"`);
}

function envChannel(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SRM_CHANNEL;
  if (raw === undefined || raw === '') return undefined;
  const parsed = channel.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`SRM_CHANNEL: expected a channel id like C0123ABCD or #name, got "${raw}"`);
  return raw;
}

function withGlobalRegion(regions: string[]): string[] {
  return [...new Set([globalEventsRegion, ...regions])];
}

function regionOfQueueUrl(url: string): string | undefined {
  return /sqs[.-]([a-z]{2}(-[a-z]+)+-\d+)\./.exec(url)?.[1];
}

/**
 * The remediation section with each account's role normalised; a role must
 * belong to its account and must not be the read-only role the checks use.
 */
function remediationConfig(r: FileConfig['remediation'], accounts: readonly AccountConfig[], source: string): RemediationConfig {
  const roles: RemediationConfig['roleArn'] = {};
  for (const [account, role] of Object.entries(r.roleArn)) {
    const arn = typeof role === 'string' ? role : role.arn;
    const fail = (why: string) => new ConfigError(`invalid config in ${source}:\n  remediation.roleArn.${account}: ${why}`);
    if (arn.split(':')[4] !== account) throw fail(`the role ${arn} is not in account ${account}`);
    if (accounts.some((a) => a.roleArn === arn)) throw fail(`${arn} is the read-only role of accounts[]; remediations need their own role`);
    roles[account] = { arn, ...(typeof role !== 'string' && role.externalId ? { externalId: role.externalId } : {}) };
  }
  return { allowedUsers: r.allowedUsers, allowedGroups: r.allowedGroups, rules: r.rules, approval: r.approval, approvalTtlMinutes: r.approvalTtlMinutes, roleArn: roles };
}

/** Validate an already-parsed document (YAML or JSON) into the config srm runs with. */
export function parseConfig(doc: unknown, env: NodeJS.ProcessEnv = process.env, source = 'config'): SrmConfig {
  const parsed = fileSchema.safeParse(doc ?? {});
  if (!parsed.success) {
    // A broken or hostile file gets a bounded error: the first 20 problems.
    const lines = parsed.error.issues.slice(0, 20).map(issueText);
    if (parsed.error.issues.length > 20) lines.push(`… and ${parsed.error.issues.length - 20} more`);
    throw new ConfigError(`invalid config in ${source}:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  const ambientRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const accounts: AccountConfig[] = c.accounts
    ? c.accounts.map((a) => ({ ...a, regions: withGlobalRegion(a.regions) }))
    : [{ regions: withGlobalRegion(ambientRegion ? [ambientRegion] : []) }];
  const ids = accounts.map((a) => a.id);
  const dup = ids.find((id, i) => id !== undefined && ids.indexOf(id) !== i);
  if (dup) throw new ConfigError(`invalid config in ${source}:\n  accounts: account ${dup} is listed twice`);
  const scheduleIds = c.schedules.map((s) => s.id);
  const dupSchedule = scheduleIds.find((id, i) => scheduleIds.indexOf(id) !== i);
  if (dupSchedule) throw new ConfigError(`invalid config in ${source}:\n  schedules: id ${dupSchedule} is used twice`);
  const sqs: SqsQueueConfig[] = [];
  for (const [i, q] of (c.sqs ?? []).entries()) {
    const where = Array.isArray((doc as { sqs?: unknown }).sqs) ? `sqs[${i}]` : 'sqs';
    const sqsRegion = q.region ?? regionOfQueueUrl(q.queueUrl) ?? ambientRegion;
    if (!sqsRegion) throw new ConfigError(`invalid config in ${source}:\n  ${where}.region: required (the queue URL does not name a region)`);
    if (sqs.some((o) => o.queueUrl === q.queueUrl)) throw new ConfigError(`invalid config in ${source}:\n  ${where}.queueUrl: ${q.queueUrl} is listed twice`);
    const resumeBacklog = q.resumeBacklog ?? Math.floor(q.maxBacklog / 2);
    if (resumeBacklog >= q.maxBacklog) throw new ConfigError(`invalid config in ${source}:\n  ${where}.resumeBacklog: must be below maxBacklog (${q.maxBacklog})`);
    sqs.push({ ...q, region: sqsRegion, resumeBacklog });
  }
  return {
    accounts,
    poll: { ...c.poll, seconds: c.poll.seconds ?? envPollSeconds(env) ?? 30 },
    sqs,
    ...(c.defaultChannel ?? envChannel(env) ? { defaultChannel: c.defaultChannel ?? envChannel(env) } : {}),
    routes: c.routes,
    suppressions: c.suppressions,
    noise: c.noise,
    rules: c.rules,
    digest: c.digest,
    schedules: c.schedules,
    remediation: remediationConfig(c.remediation, accounts, source),
    source,
  };
}

/** The longest config file srm reads (a config of hundreds of accounts and routes is a few tens of KiB). */
export const maxConfigChars = 256 * 1024;

/**
 * The config srm runs with: the YAML file at `path` (default SRM_CONFIG), or,
 * without one, the ambient account in AWS_REGION and us-east-1, posting
 * everything to SRM_CHANNEL. Errors name the key path and what is wrong.
 */
export function loadConfig(path?: string, env: NodeJS.ProcessEnv = process.env): SrmConfig {
  const file = path ?? (env.SRM_CONFIG || undefined);
  if (!file) return parseConfig({}, env, 'environment');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${errorMessage(err)}`);
  }
  // YAML's duplicate-key check is quadratic: a huge file would hold srm up for minutes before the error.
  if (text.length > maxConfigChars) throw new ConfigError(`config file ${file} is ${text.length} characters long: a config is at most ${maxConfigChars}`);
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` line ${err.linePos[0].line}` : '';
    throw new ConfigError(`config file ${file}${where} is not valid YAML: ${errorMessage(err)}`);
  }
  return parseConfig(doc, env, file);
}

/** The label an account goes by in keys, metrics and status: its id, or "ambient". */
export function accountKey(account: Pick<AccountConfig, 'id'>): string {
  return account.id ?? 'ambient';
}

/** Find a configured account by the id a job payload carries ("ambient" or absent for the ambient one). */
export function findAccount(config: SrmConfig, id: string | undefined): AccountConfig | undefined {
  return config.accounts.find((a) => accountKey(a) === (id ?? 'ambient'));
}
