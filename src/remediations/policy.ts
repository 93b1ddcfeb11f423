import type { RemediationConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Who may run which remediation where, and who must agree, from the
 * config's `remediation` section. Pure decisions; the Slack middleware
 * (src/slack/middleware/authorize.ts) looks up user-group members and asks.
 */
export type Approval = 'single' | 'four-eyes';

export interface Grant {
  users: readonly string[];
  groups: readonly string[];
}

/** Everyone who may run `action` in `account`: the lists that allow every action, plus each rule that covers both. */
export function grantsFor(config: Pick<RemediationConfig, 'allowedUsers' | 'allowedGroups' | 'rules'>, action: string, account: string): Grant {
  const rules = config.rules.filter((r) => (!r.actions || r.actions.includes(action)) && (!r.accounts || r.accounts.includes(account)));
  return {
    users: [...new Set([...config.allowedUsers, ...rules.flatMap((r) => r.allowedUsers)])],
    groups: [...new Set([...config.allowedGroups, ...rules.flatMap((r) => r.allowedGroups)])],
  };
}

/** Nobody is named anywhere: every remediation is refused (srm says so in its logs). */
export function nobodyMayRemediate(config: Pick<RemediationConfig, 'allowedUsers' | 'allowedGroups' | 'rules'>): boolean {
  return config.allowedUsers.length === 0 && config.allowedGroups.length === 0 && config.rules.length === 0;
}

export type GroupLookup = (groupId: string) => Promise<readonly string[]>;

/** True when `user` is granted `action` in `account` (listed, or a member of a listed group). Fails closed: a lookup error denies. */
export async function mayRun(user: string, action: string, account: string, config: Pick<RemediationConfig, 'allowedUsers' | 'allowedGroups' | 'rules'>, members: GroupLookup, logger: Logger): Promise<boolean> {
  if (!user) return false;
  const grant = grantsFor(config, action, account);
  if (grant.users.includes(user)) return true;
  for (const group of grant.groups) {
    try {
      if ((await members(group)).includes(user)) return true;
    } catch (err) {
      logger.warn({ group, error: errorMessage(err) }, 'user group lookup failed; denying');
    }
  }
  return false;
}

/** Who must agree before `action` runs: the config's choice for it, else the catalogue's default. */
export function approvalFor(action: { id: string; approval: Approval }, config: Pick<RemediationConfig, 'approval'>): Approval {
  return config.approval[action.id] ?? action.approval;
}

/** Action ids the config names that the catalogue does not have (a typo would silently grant or require nothing). */
export function unknownActions(config: Pick<RemediationConfig, 'approval' | 'rules'>, known: ReadonlySet<string>): string[] {
  const named = [...Object.keys(config.approval), ...config.rules.flatMap((r) => r.actions ?? [])];
  return [...new Set(named.filter((id) => !known.has(id)))];
}
