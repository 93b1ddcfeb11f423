import type { Severity } from '../rules/types.js';
import type { Owner } from './types.js';

/** The part of a check that other parts (knowledge base, listings, policy) rely on. */
export interface CheckSummary {
  id: string;
  title: string;
  area: string;
  owner: Owner;
  severity: Severity;
  controls: readonly string[];
  /** IAM actions the check calls, e.g. "iam:GetAccountSummary". */
  permissions: readonly string[];
  /** "global" checks run once per account; "regional" once per region. */
  scope: 'global' | 'regional';
}
