import { getPath } from './event-fields.js';

/** IAM-style policy statements from a CloudTrail field: a JSON string or an object. */
export function policyStatements(doc: unknown): Record<string, unknown>[] {
  let parsed = doc;
  if (typeof doc === 'string') {
    try {
      parsed = JSON.parse(doc);
    } catch {
      try {
        parsed = JSON.parse(decodeURIComponent(doc));
      } catch {
        return [];
      }
    }
  }
  const st = getPath(parsed, 'Statement');
  const list = Array.isArray(st) ? st : st && typeof st === 'object' ? [st] : [];
  return list.filter((s): s is Record<string, unknown> => s !== null && typeof s === 'object' && !Array.isArray(s));
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Principal "*" or {"AWS": "*"} (everyone). */
export function principalIsEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (principal && typeof principal === 'object') {
    return asList((principal as Record<string, unknown>).AWS).includes('*');
  }
  return false;
}

const hasCondition = (s: Record<string, unknown>): boolean =>
  s.Condition !== undefined && s.Condition !== null && typeof s.Condition === 'object' && Object.keys(s.Condition).length > 0;

/** An Allow statement for everyone with no Condition narrowing it. */
export function grantsEveryone(doc: unknown): boolean {
  return policyStatements(doc).some((s) => s.Effect === 'Allow' && principalIsEveryone(s.Principal) && !hasCondition(s));
}

/** An Allow of Action "*" on Resource "*" (full administrator), no Condition. */
export function grantsFullAdmin(doc: unknown): boolean {
  return policyStatements(doc).some(
    (s) => s.Effect === 'Allow' && asList(s.Action).includes('*') && asList(s.Resource).includes('*') && !hasCondition(s),
  );
}

/** Accounts named by AWS principals of Allow statements (ARNs or bare 12-digit ids); "*" for everyone. */
export function trustedAccounts(doc: unknown): string[] {
  const out: string[] = [];
  for (const s of policyStatements(doc)) {
    if (s.Effect !== 'Allow') continue;
    if (s.Principal === '*') {
      out.push('*');
      continue;
    }
    const aws = s.Principal && typeof s.Principal === 'object' ? asList((s.Principal as Record<string, unknown>).AWS) : [];
    for (const p of aws) {
      if (typeof p !== 'string') continue;
      if (p === '*') out.push('*');
      else if (/^\d{12}$/.test(p)) out.push(p);
      else {
        const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(p);
        if (m?.[1]) out.push(m[1]);
      }
    }
  }
  return out;
}
