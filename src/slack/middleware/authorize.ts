import type { Middleware, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';

/** Who may press Remediate: `remediation` in the config (Slack user ids and user group ids). */
export interface RemediationPolicy {
  allowedUsers: readonly string[];
  allowedGroups: readonly string[];
}

export interface AuthorizeOptions {
  logger: Logger;
  /**
   * The Slack workspace (team id) srm is installed in. When set, only its users
   * may remediate; when unset, a user whose own team differs from the team the
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
  if (!userId) return false;
  if (policy.allowedUsers.length === 0 && policy.allowedGroups.length === 0) {
    logger.warn('no one may remediate: `remediation` in the config lists no users or groups');
    return false;
  }
  if (policy.allowedUsers.includes(userId)) return true;
  for (const group of policy.allowedGroups) {
    try {
      if ((await members(group)).includes(userId)) return true;
    } catch (err) {
      logger.warn({ group, error: errorMessage(err) }, 'user group lookup failed; denying');
    }
  }
  return false;
}

export const notAllowedText =
  "You are not allowed to run remediations. Ask an admin to add you (or one of your user groups) to `remediation` in srm's config.";

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

async function decide(body: GuardedArgs['body'], client: WebClient, policy: RemediationPolicy | (() => RemediationPolicy), options: AuthorizeOptions, members: GroupMembers): Promise<boolean> {
  const userId = typeof body.user?.id === 'string' ? body.user.id : '';
  try {
    const expected = typeof options.teamId === 'function' ? options.teamId() : options.teamId;
    const mismatch = teamMismatch(body, expected);
    if (mismatch) {
      options.logger.warn({ userId, reason: mismatch }, 'remediation refused: wrong team');
      return false;
    }
    const current = typeof policy === 'function' ? policy() : policy;
    return await isAllowed(userId, current, (group) => members(client, group), options.logger);
  } catch (err) {
    options.logger.warn({ userId, error: errorMessage(err) }, 'remediation authorization failed; denying');
    return false;
  }
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
    if (await decide(body, client, policy, options, members)) {
      await next();
      return;
    }
    options.logger.info({ userId, type: body.type }, 'remediation refused: user not allowed');
    await args.ack();
    if ('respond' in args && typeof args.respond === 'function' && body.type === 'block_actions') {
      await args.respond({ response_type: 'ephemeral', replace_original: false, text: notAllowedText });
      return;
    }
    const channel = body.type === 'block_actions' ? body.channel?.id : undefined;
    if (channel) await client.chat.postEphemeral({ channel, user: userId, text: notAllowedText });
  };
}
