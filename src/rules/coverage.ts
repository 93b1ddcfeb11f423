import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readRecords } from '../ingest/read.js';
import type { CloudTrailEvent } from '../ingest/types.js';
import type { Rule } from './define-rule.js';
import { createRuleEngine } from './engine.js';

/**
 * Detection coverage and noise, measured on the public data in
 * ../shared/data (`npm run coverage` writes both tables into docs/rules.md;
 * test/rules/coverage.test.ts checks they are current).
 */

/** The rule(s) written for each Stratus Red Team AWS technique. The rule list is the claim; the replay checks it. */
export const stratusTechniques: Readonly<Record<string, readonly string[]>> = {
  'aws.credential-access.ec2-get-password-data': ['cloudtrail-ec2-password-data-retrieved'],
  'aws.credential-access.ec2-steal-instance-credentials': ['cloudtrail-ec2-instance-credentials-user-ip', 'cloudtrail-ec2-instance-credentials-new-ip'],
  'aws.credential-access.secretsmanager-batch-retrieve-secrets': ['cloudtrail-secrets-batch-retrieved-by-filter', 'cloudtrail-secrets-bulk-retrieved'],
  'aws.credential-access.secretsmanager-retrieve-secrets': ['cloudtrail-secrets-bulk-retrieved'],
  'aws.credential-access.ssm-retrieve-securestring-parameters': ['cloudtrail-ssm-parameters-bulk-decrypted'],
  'aws.defense-evasion.cloudtrail-delete': ['cloudtrail-logging-stopped', 'cloudtrail-trail-config-changes'],
  'aws.defense-evasion.cloudtrail-event-selectors': ['cloudtrail-event-selectors-reduced'],
  'aws.defense-evasion.cloudtrail-stop': ['cloudtrail-logging-stopped', 'cloudtrail-trail-config-changes'],
  'aws.defense-evasion.dns-delete-logs': ['cloudtrail-route53-resolver-query-logging-deleted'],
  'aws.defense-evasion.organizations-leave': ['cloudtrail-organization-left', 'cloudtrail-organizations-changes'],
  'aws.defense-evasion.vpc-remove-flow-logs': ['cloudtrail-vpc-flow-logs-deleted'],
  'aws.discovery.ec2-download-user-data': ['cloudtrail-ec2-user-data-read'],
  'aws.execution.ec2-launch-unusual-instances': ['cloudtrail-ec2-unusual-instance-type'],
  'aws.execution.ec2-user-data': ['cloudtrail-ec2-user-data-modified'],
  'aws.execution.ssm-send-command': ['cloudtrail-ssm-send-command'],
  'aws.execution.ssm-start-session': ['cloudtrail-ssm-start-session'],
  'aws.exfiltration.ec2-security-group-open-port-22-ingress': ['cloudtrail-security-group-open-to-world', 'cloudtrail-security-group-changes'],
  'aws.exfiltration.ec2-share-ami': ['cloudtrail-ami-shared'],
  'aws.exfiltration.ec2-share-ebs-snapshot': ['cloudtrail-ebs-snapshot-shared'],
  'aws.exfiltration.rds-share-snapshot': ['cloudtrail-rds-snapshot-shared'],
  'aws.impact.bedrock-invoke-model': ['cloudtrail-bedrock-model-access-enabled'],
  'aws.initial-access.console-login-without-mfa': ['cloudtrail-console-signin-without-mfa'],
  'aws.lateral-movement.ec2-instance-connect': ['cloudtrail-ec2-instance-connect-key-sent'],
  'aws.lateral-movement.ec2-serial-console-send-ssh-public-key': ['cloudtrail-ec2-instance-connect-key-sent', 'cloudtrail-ec2-serial-console-enabled'],
  'aws.persistence.iam-backdoor-role': ['cloudtrail-iam-role-trust-external'],
  'aws.persistence.iam-backdoor-user': ['cloudtrail-iam-access-key-created'],
  'aws.persistence.iam-create-admin-user': ['cloudtrail-iam-user-created', 'cloudtrail-iam-admin-policy-granted', 'cloudtrail-iam-access-key-created', 'cloudtrail-iam-policy-changes'],
  'aws.persistence.iam-create-backdoor-role': ['cloudtrail-iam-role-trust-external', 'cloudtrail-iam-admin-policy-granted', 'cloudtrail-iam-policy-changes'],
  'aws.persistence.iam-create-user-login-profile': ['cloudtrail-iam-login-profile-changed'],
  'aws.persistence.lambda-backdoor-function': ['cloudtrail-lambda-permission-external'],
  'aws.persistence.lambda-layer-extension': ['cloudtrail-lambda-layer-added'],
  'aws.persistence.lambda-overwrite-code': ['cloudtrail-lambda-code-updated'],
  'aws.persistence.rolesanywhere-create-trust-anchor': ['cloudtrail-rolesanywhere-trust-anchor'],
  'aws.persistence.sts-federation-token': ['cloudtrail-sts-federation-token'],
  'aws.privilege-escalation.iam-update-user-login-profile': ['cloudtrail-iam-login-profile-changed'],
};

/** The generic rule that fires on any denied call: never counts as detecting a technique. */
export const genericRules: ReadonlySet<string> = new Set(['cloudtrail-unauthorized-api-calls']);

export interface TechniqueCoverage {
  technique: string;
  /** The tactic Stratus files it under (the second part of its id). */
  tactic: string;
  /** Rules that fired on the technique's log, with how many alerts. */
  fired: Map<string, number>;
  /** The rules written for it that fired. */
  specific: string[];
  /** ATT&CK ids of the specific rules that fired. */
  attack: string[];
}

/** Every technique log in `dir`, each replayed alone (as `srm replay <file>` does), against the declared rules. */
export async function measureStratus(dir: string, rules?: readonly Rule[]): Promise<TechniqueCoverage[]> {
  const list = rules ?? createRuleEngine().rules;
  const byId = new Map(list.map((r) => [r.id, r]));
  for (const ids of Object.values(stratusTechniques)) for (const id of ids) if (!byId.has(id)) throw new Error(`coverage names a rule that does not exist: ${id}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const out: TechniqueCoverage[] = [];
  for (const file of files) {
    const technique = file.replace(/\.json$/, '');
    const engine = createRuleEngine({ rules: list });
    const fired = new Map<string, number>();
    for await (const record of readRecords([path.join(dir, file)])) {
      for (const a of engine.evaluate(record)) fired.set(a.rule, (fired.get(a.rule) ?? 0) + 1);
    }
    const specific = (stratusTechniques[technique] ?? []).filter((id) => fired.has(id) && !genericRules.has(id));
    const attack = [...new Set(specific.flatMap((id) => byId.get(id)?.attack ?? []))];
    out.push({ technique, tactic: technique.split('.')[1] ?? '', fired, specific, attack });
  }
  return out;
}

export function coverageTotals(rows: readonly TechniqueCoverage[]): { detected: number; total: number } {
  return { detected: rows.filter((r) => r.specific.length > 0).length, total: rows.length };
}

export function renderCoverage(rows: readonly TechniqueCoverage[]): string {
  const lines = [
    '| Stratus Red Team technique | tactic | rules written for it that fire | other rules that fire | ATT&CK |',
    '|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const mark = (id: string) => `\`${id}\`${(r.fired.get(id) ?? 0) > 1 ? ` ×${r.fired.get(id)}` : ''}`;
    const others = [...r.fired.keys()].filter((id) => !r.specific.includes(id));
    lines.push(
      `| \`${r.technique}\` | ${r.tactic} | ${r.specific.map(mark).join(', ') || '**none**'} | ${others.map(mark).join(', ') || '—'} | ${r.attack.join(', ') || '—'} |`,
    );
  }
  const t = coverageTotals(rows);
  lines.push('', `**${t.detected}/${t.total} techniques detected by a specific rule**`);
  return lines.join('\n');
}

/**
 * The benign corpus: CloudTrail records of `invictus-ir-aws_dataset` (an
 * account's real S3 delivery files during a Stratus Red Team run) that the
 * Stratus tool did not make (no `stratus-red-team` in the user agent): the
 * Terraform warm-up and clean-up, the console, AWS services and the SSM
 * agent. Read-only records and routine changes are counted apart.
 */
export const benignSource = 'cloudtrail/invictus-ir-aws_dataset';
export const isBenign = (e: CloudTrailEvent): boolean => !String(e.userAgent ?? '').includes('stratus-red-team');

export interface NoisePart {
  records: number;
  alerts: number;
  /** Alerts that carry a noise code (a deployment can downgrade or suppress them by config). */
  noted: number;
  byRule: Map<string, number>;
}

export interface NoiseMeasure {
  readOnly: NoisePart;
  changes: NoisePart;
}

const emptyPart = (): NoisePart => ({ records: 0, alerts: 0, noted: 0, byRule: new Map() });

/** Alerts on the benign corpus (one engine over the whole corpus, in file order, as a replay of the directory). */
export async function measureNoise(dataDir: string, rules?: readonly Rule[]): Promise<NoiseMeasure> {
  const engine = createRuleEngine(rules ? { rules } : {});
  const m: NoiseMeasure = { readOnly: emptyPart(), changes: emptyPart() };
  for await (const record of readRecords([path.join(dataDir, benignSource)])) {
    if (record.source !== 'cloudtrail') continue;
    // The detonation's own calls still go through the engine, so windows see what a live account would.
    const alerts = engine.evaluate(record);
    if (!isBenign(record.event)) continue;
    const part = record.event.readOnly === true ? m.readOnly : m.changes;
    part.records++;
    for (const a of alerts) {
      part.alerts++;
      if (a.noise?.length) part.noted++;
      part.byRule.set(a.rule, (part.byRule.get(a.rule) ?? 0) + 1);
    }
  }
  return m;
}

/** Alerts per 10,000 records, one decimal. */
export const per10k = (alerts: number, records: number): number => (records === 0 ? 0 : Math.round((alerts * 100_000) / records) / 10);

export function renderNoise(m: NoiseMeasure, cisPatternRules: ReadonlySet<string>): string {
  const beyondCis = (p: NoisePart) => [...p.byRule].filter(([id]) => !cisPatternRules.has(id)).reduce((n, [, c]) => n + c, 0);
  const row = (name: string, p: NoisePart) =>
    `| ${name} | ${p.records} | ${p.alerts} | ${per10k(p.alerts, p.records)} | ${per10k(p.alerts - p.noted, p.records)} | ${per10k(beyondCis(p), p.records)} | ${[...p.byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => `\`${id}\` ${n}`).join(', ') || '—'} |`;
  const all = emptyPart();
  for (const p of [m.readOnly, m.changes]) {
    all.records += p.records;
    all.alerts += p.alerts;
    all.noted += p.noted;
    for (const [k, v] of p.byRule) all.byRule.set(k, (all.byRule.get(k) ?? 0) + v);
  }
  return [
    '| benign records | count | alerts | per 10,000 | per 10,000 without a noise code | per 10,000 beyond the CIS change filters | alerts by rule |',
    '|---|---|---|---|---|---|---|',
    row('read-only', m.readOnly),
    row('routine changes', m.changes),
    row('all', all),
  ].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs: markers ${start} ... ${end} not found`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

export function readSection(doc: string, name: string): string | null {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  return i < 0 || j < i ? null : doc.slice(i + start.length, j).trim();
}
