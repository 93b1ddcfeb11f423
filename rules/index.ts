import type { RuleSummary } from '../src/rules/summary.js';

/** Every detection rule, one line each (rules/<id>.ts). */
export const rules: readonly RuleSummary[] = [] as const;
