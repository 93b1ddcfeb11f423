import { remediations } from '../../remediations/index.js';
import type { CheckResult } from '../checks/types.js';
import type { IngestedRecord } from '../ingest/types.js';
import { targetFieldsSchema, type AnyRemediation, type RemediationTarget } from './define-remediation.js';

/** A remediation offered for an alert: JSON-serialisable, stored with the alert; Slack carries only the alert id and `id`. */
export interface OfferedRemediation {
  id: string;
  target: RemediationTarget;
}

const byId = new Map(remediations.map((r) => [r.id, r]));

export function getRemediation(id: string): AnyRemediation | undefined {
  return byId.get(id);
}

/**
 * The target if it is one the definition may act on: account, region and
 * resource well-formed and params accepted by its paramsSchema (parsed, so
 * defaults are filled and nothing extra is kept). Undefined otherwise.
 */
export function validTarget(definition: AnyRemediation, target: unknown): RemediationTarget | undefined {
  const fields = targetFieldsSchema.safeParse(target);
  if (!fields.success) return undefined;
  const params = definition.paramsSchema.safeParse(fields.data.params);
  if (!params.success || params.data === null || typeof params.data !== 'object' || Array.isArray(params.data)) return undefined;
  return { ...fields.data, params: params.data as Record<string, unknown> };
}

function offers(find: (r: AnyRemediation) => unknown): OfferedRemediation[] {
  const out: OfferedRemediation[] = [];
  for (const r of remediations) {
    let target: unknown;
    try {
      target = find(r);
    } catch {
      // Records are untrusted: a definition that trips over one offers nothing rather than hiding the others.
      continue;
    }
    if (target === undefined) continue;
    const valid = validTarget(r, target);
    if (valid) out.push({ id: r.id, target: valid });
  }
  return out;
}

/** What can be done about a CloudTrail event or GuardDuty finding, with each target taken from the record. */
export function remediationsForRecord(record: IngestedRecord): OfferedRemediation[] {
  return offers((r) => r.fromRecord?.(record));
}

/** What can be done about a failing check result (none for pass or error). */
export function remediationsForCheckResult(result: CheckResult): OfferedRemediation[] {
  if (result.status !== 'fail') return [];
  return offers((r) => r.fromCheckResult?.(result));
}
