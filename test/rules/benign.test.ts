import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { readRecords } from '../../src/ingest/read.js';
import { measureNoise, per10k } from '../../src/rules/coverage.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import { exampleEvent, identities } from '../../src/rules/example-event.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

/** Rules that fire on what an event's identity or error says, whatever the call. */
const identityOrErrorRules = new Set(['cloudtrail-root-account-usage', 'cloudtrail-unauthorized-api-calls', 'cloudtrail-root-access-key-used']);
/** Read-only calls that are a bulk read in themselves (one BatchGetSecretValue by filter returns up to 20 secrets). */
const bulkReadRules = new Set(['cloudtrail-secrets-batch-retrieved-by-filter']);

/** Read-only calls a healthy account makes all day, in the documented shape. */
const benignCalls: [string, string][] = [
  ['ec2.amazonaws.com', 'DescribeInstances'],
  ['ec2.amazonaws.com', 'DescribeSecurityGroups'],
  ['ec2.amazonaws.com', 'DescribeSnapshotAttribute'],
  ['ec2.amazonaws.com', 'DescribeImageAttribute'],
  ['ec2.amazonaws.com', 'DescribeFlowLogs'],
  ['iam.amazonaws.com', 'GetUser'],
  ['iam.amazonaws.com', 'ListAccessKeys'],
  ['iam.amazonaws.com', 'GetPolicyVersion'],
  ['iam.amazonaws.com', 'ListMFADevices'],
  ['s3.amazonaws.com', 'GetBucketPolicy'],
  ['s3.amazonaws.com', 'GetBucketAcl'],
  ['s3.amazonaws.com', 'GetPublicAccessBlock'],
  ['s3.amazonaws.com', 'ListBuckets'],
  ['kms.amazonaws.com', 'GetKeyPolicy'],
  ['kms.amazonaws.com', 'Decrypt'],
  ['cloudtrail.amazonaws.com', 'GetTrailStatus'],
  ['cloudtrail.amazonaws.com', 'GetEventSelectors'],
  ['cloudtrail.amazonaws.com', 'LookupEvents'],
  ['config.amazonaws.com', 'DescribeConfigurationRecorderStatus'],
  ['guardduty.amazonaws.com', 'GetDetector'],
  ['guardduty.amazonaws.com', 'ListFindings'],
  ['organizations.amazonaws.com', 'DescribeOrganization'],
  ['rds.amazonaws.com', 'DescribeDBSnapshotAttributes'],
  ['sts.amazonaws.com', 'GetCallerIdentity'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['signin.amazonaws.com', 'GetSigninToken'],
];

describe('benign corpus', () => {
  const engine = createRuleEngine();

  it.each(benignCalls)('read-only %s %s by a user or a role fires nothing', (eventSource, eventName) => {
    for (const userIdentity of [identities.iamUser, identities.assumedRole]) {
      const alerts = engine.evaluate({ source: 'cloudtrail', event: exampleEvent({ eventSource, eventName, readOnly: true, userIdentity: { ...userIdentity } }) });
      expect(alerts).toEqual([]);
    }
  });

  it('a failed call never fires a rule that looks only at successful calls', () => {
    const successOnly = (rules as readonly Rule[]).filter((r) => r.source === 'cloudtrail' && r.when?.success === true);
    expect(successOnly.length).toBeGreaterThanOrEqual(15);
    for (const rule of successOnly) {
      if (rule.source !== 'cloudtrail') continue;
      for (const c of rule.cases.filter((x) => x.fires)) {
        const failed = { ...c.event, errorCode: 'InvalidParameterValue', errorMessage: 'The request is invalid.' };
        const fired = engine.evaluate({ source: 'cloudtrail', event: failed }).map((a) => a.rule);
        expect(fired, `${rule.id} / ${c.name}`).not.toContain(rule.id);
      }
    }
  });

  // Recorded logs only: the panther test events are hand-edited (a StartLogging marked readOnly, for one).
  it('read-only events in recorded public logs fire only identity or error rules, or a pattern over several events', async () => {
    const stateful = new Set((rules as readonly Rule[]).filter((r) => r.source === 'cloudtrail' && r.state).map((r) => r.id));
    const recordedEngine = createRuleEngine();
    let readOnly = 0;
    const recorded = ['invictus-ir-aws_dataset', 'stratus-red-team-detonation-logs', 'otrf-security-datasets'].map((d) => path.join(dataDir, 'cloudtrail', d));
    for await (const record of readRecords(recorded)) {
      if (record.source !== 'cloudtrail') continue;
      const fired = recordedEngine.evaluate(record).map((a) => a.rule);
      if (record.event.readOnly !== true) continue;
      readOnly++;
      // One read (a secret, a user data, a password) is never an alert by itself; many are (stateful rules).
      expect(fired.filter((id) => !identityOrErrorRules.has(id) && !stateful.has(id) && !bulkReadRules.has(id)), `${record.event.eventName} ${String(record.event.eventID)}`).toEqual([]);
    }
    expect(readOnly).toBeGreaterThan(1000);
  });

  /** The rates docs/rules.md reports ("Noise on a benign corpus"), bounded. */
  it('keeps the alert rate on the benign corpus low', async () => {
    const m = await measureNoise(dataDir);
    const cis = new Set((rules as readonly Rule[]).filter((r) => r.source === 'cloudtrail' && r.pattern !== undefined).map((r) => r.id));
    const beyondCis = (byRule: Map<string, number>) => [...byRule].filter(([id]) => !cis.has(id)).reduce((n, [, c]) => n + c, 0);
    expect(m.readOnly.records).toBeGreaterThan(1400);
    expect(m.changes.records).toBeGreaterThan(250);
    // Read-only: at most 25 alerts per 10,000 records, at most 10 from rules beyond the CIS filters.
    expect(per10k(m.readOnly.alerts, m.readOnly.records)).toBeLessThanOrEqual(25);
    expect(per10k(beyondCis(m.readOnly.byRule), m.readOnly.records)).toBeLessThanOrEqual(10);
    // Routine changes (Terraform building and tearing down infrastructure): the CIS change filters fire on every
    // change by design; every other rule together stays under 100 per 10,000.
    expect(per10k(beyondCis(m.changes.byRule), m.changes.records)).toBeLessThanOrEqual(100);
    // Beyond the CIS filters, only the clean-up's DeleteTrail (cloudtrail-logging-stopped) fires on the routine changes.
    expect([...m.changes.byRule.keys()].filter((id) => !cis.has(id))).toEqual(['cloudtrail-logging-stopped']);
  });
});
