import type { CheckSummary } from '../src/checks/summary.js';

/** Every AWS check, one line each (checks/<id>.ts). */
export const checks: readonly CheckSummary[] = [] as const;
