import { checks as catalogue } from '../../checks/index.js';
import { UsageError } from '../errors.js';
import type { Check } from './define-check.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Up to five known selectors close to an unknown one. */
export function closeMatches(wanted: string, known: readonly string[]): string[] {
  const w = wanted.toLowerCase();
  return known
    .map((k) => ({ k, d: k.startsWith(w) ? 0 : distance(w, k) }))
    .filter(({ d, k }) => d <= Math.max(3, Math.floor(k.length / 3)))
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, 5)
    .map(({ k }) => k);
}

/**
 * Resolves selectors to checks, in catalogue order without duplicates:
 * a check id, "all", an area id ("root-account") or a service prefix
 * ("cloudtrail"). An empty selector means all. Unknown selectors throw a
 * UsageError naming each one with close matches.
 */
export function findChecks(selector: readonly string[], from: readonly Check[] = catalogue): Check[] {
  if (selector.length === 0) return [...from];
  const chosen = new Set<Check>();
  const unknown: string[] = [];
  for (const raw of selector) {
    const s = raw.trim().toLowerCase();
    if (s === 'all') {
      from.forEach((c) => chosen.add(c));
      continue;
    }
    const hits = from.filter((c) => c.id === s || c.area === s || c.id.startsWith(`${s}-`));
    if (hits.length === 0) unknown.push(raw);
    hits.forEach((c) => chosen.add(c));
  }
  if (unknown.length > 0) {
    const known = [...new Set([...from.map((c) => c.id), ...from.map((c) => c.area)])];
    const parts = unknown.map((u) => {
      const near = closeMatches(u, known);
      return near.length > 0 ? `"${u}" (did you mean ${near.join(', ')}?)` : `"${u}"`;
    });
    throw new UsageError(`unknown check ${parts.join('; ')}; run "srm checks" to list them`);
  }
  return from.filter((c) => chosen.has(c));
}

/** One check by exact id (job payloads carry ids), or undefined. */
export function getCheck(id: string, from: readonly Check[] = catalogue): Check | undefined {
  return from.find((c) => c.id === id);
}
