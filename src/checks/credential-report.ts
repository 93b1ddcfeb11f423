import { SrmError } from '../errors.js';
import { call, type CollectContext } from './define-check.js';

/** One row of the IAM credential report, by its documented column names. */
export type CredentialReportRow = Record<string, string>;

/** The root user's row name in the report. */
export const rootUserName = '<root_account>';

/** Splits one CSV line (the report quotes nothing in practice, but quoted fields are handled). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parseCredentialReport(csv: string): CredentialReportRow[] {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (!header) return [];
  const columns = splitCsvLine(header);
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** A report date column as a Date, or null for "N/A", "no_information", "not_supported", "". */
export function reportDate(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

const dayMs = 24 * 60 * 60 * 1000;

/** True when a report date is missing ("N/A", "no_information"…) or more than `days` days before `now`. */
export function olderThanDays(value: string | undefined, now: Date, days: number): boolean {
  const d = reportDate(value);
  return d === null || now.getTime() - d.getTime() > days * dayMs;
}

export const credentialReportPermissions = ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'] as const;

/**
 * Generates the credential report (IAM makes at most one every 4 hours and
 * returns the existing one) and reads it, polling while it is being made.
 */
export async function fetchCredentialReport(ctx: CollectContext, maxPolls = 30): Promise<CredentialReportRow[]> {
  // Three checks read the same report; one run fetches it once (per IAM client, for a few minutes).
  const hit = shared.get(ctx.clients.iam);
  if (hit && Date.now() - hit.at < reuseMs) return hit.rows;
  const rows = readReport(ctx, maxPolls);
  shared.set(ctx.clients.iam, { at: Date.now(), rows });
  rows.catch(() => {
    if (shared.get(ctx.clients.iam)?.rows === rows) shared.delete(ctx.clients.iam);
  });
  return rows;
}

/** The report's IAM user rows (every row but the root user's). */
export async function fetchUserRows(ctx: CollectContext): Promise<CredentialReportRow[]> {
  return (await fetchCredentialReport(ctx)).filter((r) => r.user !== rootUserName);
}

const reuseMs = 5 * 60 * 1000;
const shared = new WeakMap<object, { at: number; rows: Promise<CredentialReportRow[]> }>();

async function readReport(ctx: CollectContext, maxPolls: number): Promise<CredentialReportRow[]> {
  // Loaded when a check runs, so the check catalogue loads without the SDK.
  const { GenerateCredentialReportCommand, GetCredentialReportCommand } = await import('@aws-sdk/client-iam');
  const iam = ctx.clients.iam;
  for (let i = 0; i < maxPolls; i++) {
    const gen = await call('iam:GenerateCredentialReport', () => iam.send(new GenerateCredentialReportCommand({}), { abortSignal: ctx.signal }));
    if (gen.State === 'COMPLETE') break;
    if (i === maxPolls - 1) throw new SrmError('credential-report', `IAM credential report still ${gen.State ?? 'unknown'} after ${maxPolls} polls`, { retryable: true });
    await ctx.sleep(2000);
  }
  const out = await call('iam:GetCredentialReport', () => iam.send(new GetCredentialReportCommand({}), { abortSignal: ctx.signal }));
  if (!out.Content) return [];
  return parseCredentialReport(Buffer.from(out.Content).toString('utf8'));
}

/** The account's root user ARN as the report gives it, else built from the account id. */
export function rowResource(row: CredentialReportRow, account: string): string {
  return row.arn || (row.user === rootUserName ? `arn:aws:iam::${account}:root` : `arn:aws:iam::${account}:user/${row.user ?? ''}`);
}
