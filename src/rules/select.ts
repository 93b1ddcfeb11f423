import type { RuleSummary } from './summary.js';

/**
 * Rules matching every term; a term matches a rule's id (substring), source,
 * severity, area, a control or an ATT&CK technique (prefix, case-insensitive:
 * "cloudwatch.3", "cis-aws-1.4.0", "iam.", "t1098", "T1555.006"). No terms:
 * every rule.
 */
export function filterRules<R extends RuleSummary>(rules: readonly R[], terms: readonly string[]): R[] {
  const wanted = terms.map((t) => t.toLowerCase()).filter(Boolean);
  return rules.filter((r) =>
    wanted.every(
      (t) =>
        r.id.includes(t) ||
        r.source === t ||
        r.severity === t ||
        r.area === t ||
        r.controls.some((c) => c.toLowerCase().startsWith(t)) ||
        (r.attack ?? []).some((a) => a.toLowerCase().startsWith(t)),
    ),
  );
}

/** The fields `srm rules --json` prints, one object per line. */
export function ruleListing(r: RuleSummary): { id: string; title: string; source: string; severity: string; area: string; controls: string[]; attack: string[] } {
  return { id: r.id, title: r.title, source: r.source, severity: r.severity, area: r.area, controls: [...r.controls], attack: [...(r.attack ?? [])] };
}
