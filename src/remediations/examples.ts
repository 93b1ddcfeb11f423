import type { Check } from '../checks/define-check.js';
import { toResult } from '../checks/run.js';
import type { CheckResult } from '../checks/types.js';
import type { CloudTrailEvent, GuardDutyFinding, IngestedRecord } from '../ingest/types.js';
import { EXAMPLE_ACCOUNT } from '../rules/example-event.js';

/**
 * Builders for the cases remediations embed. Events and findings come from
 * src/rules/example-event.ts (AWS's documented shapes, redacted); check
 * results come from the check's own `evaluate`, so a case breaks when the
 * check changes what it reports.
 */
export { exampleEvent, exampleFinding, identities, EXAMPLE_ACCOUNT } from '../rules/example-event.js';

export const cloudTrailRecord = (event: CloudTrailEvent): IngestedRecord => ({ source: 'cloudtrail', event });
export const guardDutyRecord = (finding: GuardDutyFinding): IngestedRecord => ({ source: 'guardduty', finding });

/** The first result `check.evaluate(snapshot)` gives, as `srm check` reports it. */
export function checkResult<S>(check: Check<S>, snapshot: S, region: string, account = EXAMPLE_ACCOUNT): CheckResult {
  const reported = check.scope === 'global' ? 'global' : region;
  const [f] = check.evaluate(snapshot, { account, region: reported, now: new Date('2026-01-15T12:00:00Z') });
  if (!f) throw new Error(`${check.id}: the example snapshot gives no result`);
  return toResult(check, { account, region }, reported, f);
}
