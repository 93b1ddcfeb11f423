import { prebuiltCoverage } from './data.js';

/**
 * Which checks and rules cover each area: from the knowledge snapshot when one
 * is current (so `srm who` does not load the catalogues), else from the
 * catalogues themselves.
 */
export interface Coverage {
  checks: { id: string; area: string }[];
  rules: { id: string; area: string }[];
}

/** Check and rule ids with their areas, in catalogue order (the snapshot stores this). */
export async function catalogueCoverage(): Promise<Coverage> {
  const [{ checks }, { rules }] = await Promise.all([import('../../checks/index.js'), import('../../rules/index.js')]);
  return { checks: checks.map((c) => ({ id: c.id, area: c.area })), rules: rules.map((r) => ({ id: r.id, area: r.area })) };
}

const coverage: Coverage = prebuiltCoverage() ?? (await catalogueCoverage());

/** Ids of the checks and rules whose area is one of `areaIds`, in catalogue order. */
export function coverageOf(areaIds: ReadonlySet<string>): { checks: string[]; rules: string[] } {
  return { checks: coverage.checks.filter((c) => areaIds.has(c.area)).map((c) => c.id), rules: coverage.rules.filter((r) => areaIds.has(r.area)).map((r) => r.id) };
}
