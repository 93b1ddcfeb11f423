import type { Severity } from './types.js';

/** Who a snapshot or image was shared with: "all" (public) or account ids. */
export interface ShareTargets {
  public: boolean;
  accounts: string[];
}

/** Public: critical; another account: medium (often a backup account, but also the exfiltration technique). */
export function shareSeverity(t: ShareTargets): Severity {
  return t.public ? 'critical' : 'medium';
}

export function shareSummary(kind: string, id: string, t: ShareTargets): string {
  return t.public ? `${kind} ${id} was made public.` : `${kind} ${id} was shared with account(s) ${t.accounts.join(', ')}.`;
}
