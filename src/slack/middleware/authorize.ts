import type { AllMiddlewareArgs, Middleware, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { RemediationConfig } from '../../config.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { mayRun, nobodyMayRemediate } from '../../remediations/policy.js';
import { inlineCode } from '../escape.js';

/** Who may press Remediate: `remediation` in the config (Slack user ids and user group ids). */
export interface RemediationPolicy {
  allowedUsers: readonly string[];
  allowedGroups: readonly string[];
}

export interface AuthorizeOptions {
  logger: Logger;
  /**
   * The Slack workspace (team id) srm is installed in. When set, only its users
   * may act; when unset, a user whose own team differs from the team the
   * request came from (Slack Connect, another workspace) is refused.
   */
  teamId?: string | (() => string | undefined);
  /** How long a user group's members are cached (default 60 s). */
  cacheMs?: number;
  now?: () => number;
}

export type GroupMembers = (client: WebClient, groupId: string) => Promise<readonly string[]>;

/** Members of a user group, cached per group; a failed lookup is not cached. */
export function cachedGroupMembers(cacheMs = 60_000, now: () => number = Date.now): GroupMembers {
  const cache = new Map<string, { users: readonly string[]; at: number }>();
  return async (client, groupId) => {
    const hit = cache.get(groupId);
    if (hit && now() - hit.at < cacheMs) return hit.users;
    const res = await client.usergroups.users.list({ usergroup: groupId });
    const users = res.users ?? [];
    cache.set(groupId, { users, at: now() });
    return users;
  };
}

/** True when `userId` is listed, or a member of a listed group. Fails closed: a lookup error or an empty policy denies. */
export async function isAllowed(userId: string, policy: RemediationPolicy, members: (groupId: string) => Promise<readonly string[]>, logger: Logger): Promise<boolean> {
  if (policy.allowedUsers.length === 0 && policy.allowedGroups.length === 0) {
    logger.warn('no one may remediate: `remediation` in the config lists no users or groups');
    return false;
  }
  return mayRun(userId, '*', '*', { allowedUsers: [...policy.allowedUsers], allowedGroups: [...policy.allowedGroups], rules: [] }, members, logger);
}

export const notAllowedText =
  "You are not allowed to run remediations. Ask an admin to add you (or one of your user groups) to `remediation` in srm's config.";

export const otherWorkspaceText = 'Only members of the workspace srm is installed in may act on its alerts; users of other workspaces (Slack Connect) are refused. Nothing was changed.';

type GuardedArgs = SlackActionMiddlewareArgs | SlackViewMiddlewareArgs;

/** The team a request came from and the user's own team, as the payload names them. */
function teamsOf(body: GuardedArgs['body']): { requestTeam: string | undefined; userTeam: string | undefined } {
  const b = body as { team?: { id?: unknown } | null; user?: { team_id?: unknown } };
  const requestTeam = typeof b.team?.id === 'string' ? b.team.id : undefined;
  const userTeam = typeof b.user?.team_id === 'string' ? b.user.team_id : undefined;
  return { requestTeam, userTeam };
}

/**
 * Why a request's teams rule it out, or undefined when they are fine.
 * Fails closed: a configured team must match both; without one, the user's
 * team (when the payload names it) must be the team the request came from.
 */
export function teamMismatch(body: GuardedArgs['body'], expected: string | undefined): string | undefined {
  const { requestTeam, userTeam } = teamsOf(body);
  if (expected !== undefined) {
    if (requestTeam !== expected) return `request from team ${String(requestTeam)}, expected ${expected}`;
    if (userTeam !== undefined && userTeam !== expected) return `user of team ${userTeam}, expected ${expected}`;
    return undefined;
  }
  if (userTeam !== undefined && requestTeam !== undefined && userTeam !== requestTeam) return `user of team ${userTeam} acting in team ${requestTeam}`;
  return undefined;
}

function expectedTeam(options: AuthorizeOptions): string | undefined {
  return typeof options.teamId === 'function' ? options.teamId() : options.teamId;
}

/** A modal that says no (a view submission's refusal replaces the modal). */
export function refusalView(text: string): View {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Not allowed' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:no_entry: ${text}` } }],
  };
}

/** Acks the request and tells the user no, ephemerally (in the modal for a view submission). */
async function refuse(args: GuardedArgs & AllMiddlewareArgs, text: string): Promise<void> {
  const { body, client } = args;
  if (body.type === 'view_submission') {
    await (args as SlackViewMiddlewareArgs).ack({ response_action: 'update', view: refusalView(text) } as never);
    return;
  }
  await args.ack();
  if ('respond' in args && typeof args.respond === 'function' && body.type === 'block_actions' && body.response_url) {
    await args.respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  const channel = body.type === 'block_actions' ? (body.channel?.id ?? body.container?.channel_id) : undefined;
  if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, text });
}

/**
 * Bolt listener middleware for every alert interaction: users of another
 * workspace (Slack Connect, a shared channel) are refused; everyone else
 * goes on.
 */
export function onlyOwnWorkspace(options: Pick<AuthorizeOptions, 'logger' | 'teamId'> & { refused?: (user: string, reason: string) => Promise<void> }): Middleware<GuardedArgs> {
  return async (args) => {
    const mismatch = teamMismatch(args.body, expectedTeam(options));
    if (!mismatch) {
      await args.next();
      return;
    }
    options.logger.warn({ userId: args.body.user.id, reason: mismatch }, 'refused: user of another workspace');
    await options.refused?.(args.body.user.id, mismatch).catch(() => undefined);
    await refuse(args, otherWorkspaceText);
  };
}

/**
 * Bolt listener middleware: lets the listener run only for users the policy
 * allows. Others get an ephemeral refusal; the request is acked either way.
 * Use as `app.action(id, onlyRemediators(policy, opts), handler)`.
 */
export function onlyRemediators(policy: RemediationPolicy | (() => RemediationPolicy), options: AuthorizeOptions): Middleware<GuardedArgs> {
  const members = cachedGroupMembers(options.cacheMs, options.now);
  return async (args) => {
    const { body, client, next } = args;
    const userId = body.user.id;
    let allowed = false;
    try {
      const mismatch = teamMismatch(body, expectedTeam(options));
      if (mismatch) options.logger.warn({ userId, reason: mismatch }, 'remediation refused: wrong team');
      else allowed = await isAllowed(userId, typeof policy === 'function' ? policy() : policy, (group) => members(client, group), options.logger);
    } catch (err) {
      options.logger.warn({ userId, error: errorMessage(err) }, 'remediation authorization failed; denying');
    }
    if (allowed) {
      await next();
      return;
    }
    options.logger.info({ userId, type: body.type }, 'remediation refused: user not allowed');
    await refuse(args, notAllowedText);
  };
}

/** What a request asks to run: each (action, account) it may act with, and how to name it in the audit trail. */
export interface RemediationAsk {
  actions: ReadonlyArray<{ id: string; account: string }>;
  target: string;
  alert?: string;
  request?: string;
}

export interface RefusalRecord {
  user: string;
  target: string;
  detail: string;
  alert?: string;
  request?: string;
  remediation?: string;
  account?: string;
}

export interface AuthorizeRemediationOptions extends AuthorizeOptions {
  policy: () => Pick<RemediationConfig, 'allowedUsers' | 'allowedGroups' | 'rules'>;
  /** What the request asks; undefined when its subject is gone (the listener says so; nothing can run). */
  ask(args: GuardedArgs & AllMiddlewareArgs): Promise<RemediationAsk | undefined>;
  /** Writes a refusal to the audit trail. */
  refused(record: RefusalRecord): Promise<void>;
}

/** The actions of an ask the user may run: set on `context.allowedRemediations` for the listener. */
export const allowedRemediationsKey = 'allowedRemediations';

export function notAllowedFor(ask: RemediationAsk): string {
  const what = [...new Set(ask.actions.map((a) => `${inlineCode(a.id, 80)} in account ${inlineCode(a.account, 20)}`))].slice(0, 5).join(', ');
  return `You are not allowed to run ${what || 'this remediation'}. Ask an admin to add you (or one of your user groups) to \`remediation\` in srm's config. Nothing was run.`;
}

/**
 * Bolt listener middleware for Remediate…, its modal's submission and
 * Approve: refuses users of another workspace and anyone the config does not
 * grant the asked action in the asked account (per-action and per-account
 * rules included), with an ephemeral answer and an audit entry; nothing
 * reaches the listener, the queue or AWS. Fails closed on any error.
 */
export function authorizeRemediation(options: AuthorizeRemediationOptions): Middleware<GuardedArgs> {
  const members = cachedGroupMembers(options.cacheMs, options.now);
  return async (args) => {
    const { body, client } = args;
    const user = body.user.id;
    let ask: RemediationAsk | undefined;
    let reason: string | undefined;
    let allowed: Array<{ id: string; account: string }> = [];
    try {
      ask = await options.ask(args);
      const mismatch = teamMismatch(body, expectedTeam(options));
      if (mismatch) reason = `user of another workspace (${mismatch})`;
      else if (ask) {
        const config = options.policy();
        if (nobodyMayRemediate(config)) options.logger.warn('no one may remediate: `remediation` in the config names no users, groups or rules');
        for (const a of ask.actions) {
          if (await mayRun(user, a.id, a.account, config, (g) => members(client, g), options.logger)) allowed.push(a);
        }
        if (allowed.length === 0) reason = 'not granted by the remediation config';
      }
    } catch (err) {
      reason = `authorization failed: ${errorMessage(err)}`;
      allowed = [];
    }
    if (!reason) {
      (args.context as Record<string, unknown>)[allowedRemediationsKey] = allowed;
      await args.next();
      return;
    }
    options.logger.warn({ userId: user, type: body.type, reason }, 'remediation refused');
    const first = ask?.actions[0];
    await options
      .refused({
        user,
        target: ask?.target ?? 'unknown',
        detail: reason,
        ...(ask?.alert ? { alert: ask.alert } : {}),
        ...(ask?.request ? { request: ask.request } : {}),
        ...(first ? { remediation: first.id, account: first.account } : {}),
      })
      .catch((err: unknown) => options.logger.error({ error: errorMessage(err) }, 'could not audit a refusal'));
    await refuse(args, reason.startsWith('user of another workspace') ? otherWorkspaceText : ask ? notAllowedFor(ask) : notAllowedText);
  };
}
