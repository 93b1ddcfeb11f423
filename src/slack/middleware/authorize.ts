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

/** True when `userId` is listed, or a member of a listed group. Fails closed: a lookup error denies. */
export async function isAllowed(userId: string, policy: RemediationPolicy, members: (groupId: string) => Promise<readonly string[]>, logger: Logger): Promise<boolean> {
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
    const current = typeof policy === 'function' ? policy() : policy;
    if (await isAllowed(userId, current, (group) => members(client, group), options.logger)) {
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
