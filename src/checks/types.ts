import type { Logger } from '../logger.js';
import type { Severity } from '../rules/types.js';

export type Owner = 'aws' | 'customer' | 'shared';
export type CheckStatus = 'pass' | 'fail' | 'error';

/** One result per resource checked: the line `srm check --json` prints. */
export interface CheckResult {
  check: string;
  title: string;
  area: string;
  owner: Owner;
  controls: string[];
  account: string;
  /** The region checked, or "global" for global services. */
  region: string;
  /** ARN where the resource has one, else its id; the account id for account-level checks. */
  resource: string;
  status: CheckStatus;
  detail: string;
  severity: Severity;
}

/** Which account and region a check runs against (a job payload carries exactly this). */
export interface CheckTarget {
  checkId: string;
  account?: string;
  region: string;
}

export interface CheckRunOptions {
  logger?: Logger;
  signal?: AbortSignal;
}
