import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repo, runBin } from '../helpers/run-bin.js';
import { alertJson, runReplay, terminalSafe } from '../../src/cli/replay.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import type { Alert } from '../../src/rules/types.js';

const fx = (name: string): string => path.join(repo, 'test/fixtures/ingest', name);
const contractKeys = ['eventId', 'source', 'rule', 'title', 'severity', 'area', 'controls', 'account', 'region', 'actor', 'time'];

const run = runBin;

/** A stand-in engine: one alert per CloudTrail record, built from the record's own (untrusted) fields. */
const fakeEngine = {
  evaluate(record: IngestedRecord): Alert[] {
    if (record.source !== 'cloudtrail') return [];
    const e = record.event;
    const actor = typeof e.userIdentity?.['arn'] === 'string' ? e.userIdentity['arn'] : null;
    return [
      {
        eventId: e.eventID ?? '?',
        source: 'cloudtrail',
        rule: 'fake-rule',
        title: `Saw ${e.eventName}`,
        severity: 'low',
        area: 'logging',
        controls: ['CloudWatch.1'],
        account: e.recipientAccountId ?? null,
        region: e.awsRegion ?? null,
        actor,
        sourceIp: e.sourceIPAddress ?? null,
        time: e.eventTime ?? null,
        eventName: e.eventName,
        summary: `${e.eventName} by ${actor ?? 'someone'}`,
        customerAction: 'Look.',
        notes: [],
        resource: null,
        sample: false,
        dedupKey: e.eventID ?? '?',
      },
    ];
  },
};

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      setImmediate(cb); // slow reader: exercises waiting for drain
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('runReplay (in process, fake engine)', () => {
  it('writes one contract-shaped JSON line per alert and the summary to stderr', async () => {
    const out = sink();
    const err = sink();
    const summary = await runReplay([fx('cloudtrail-log-file.json'), fx('guardduty-finding.json')], {
      json: true,
      engine: fakeEngine,
      stdout: out.stream,
      stderr: err.stream,
    });
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const p of parsed) expect(Object.keys(p).slice(0, contractKeys.length)).toEqual(contractKeys);
    expect(parsed.map((p) => p['title'])).toEqual(['Saw ConsoleLogin', 'Saw StopLogging', 'Saw DescribeInstances']);
    expect(summary).toMatchObject({ records: 4, cloudtrail: 3, guardduty: 1, alerts: 3, skipped: 0, exitCode: 0 });
    expect(err.text()).toMatch(/^srm replay: 4 records read \(3 CloudTrail, 1 GuardDuty\), 3 alerts, 0 skipped/);
    expect(err.text()).toMatch(/3 {2}fake-rule/);
    // the live path posts one message per event: 3 events of one rule each
    expect(summary).toMatchObject({ events: 3, eventRules: new Map([[1, 3]]) });
    expect(err.text()).toContain('events with alerts: 3 (one Slack message each): 3 with 1 rule');
  });

  it('strips escapes and control characters from event text in the readable rendering', async () => {
    const evil = {
      eventSource: 'cloudtrail.amazonaws.com',
      eventName: 'StopLogging\u001b[2J',
      eventID: 'e1',
      userIdentity: { arn: 'arn:aws:iam::123456789012:user/\u001b]0;owned\u0007mallory\r\nFAKE LINE\u202e' },
    };
    const out = sink();
    const err = sink();
    await runReplay(['-'], { engine: fakeEngine, stdin: Readable.from([Buffer.from(JSON.stringify(evil))]), stdout: out.stream, stderr: err.stream });
    const text = out.text();
    expect(text).toContain('Saw StopLogging');
    expect(text).toContain('user/mallory FAKE LINE');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text.split('\n').filter((l) => l.includes('FAKE LINE')).every((l) => l.startsWith('  '))).toBe(true);
  });

  it('lists skip reasons with path:index and names unreadable paths, exiting 1', async () => {
    const err = sink();
    const missing = path.join(repo, 'test/fixtures/ingest/does-not-exist.json');
    const summary = await runReplay([missing, '-'], {
      engine: fakeEngine,
      stdin: Readable.from([Buffer.from('{"eventSource":"s","eventName":"n","userIdentity":"x"}\n{"eventSource":"s","eventName":"ok"}\n')]),
      stdout: sink().stream,
      stderr: err.stream,
    });
    expect(summary).toMatchObject({ records: 1, skipped: 1, exitCode: 1 });
    expect(err.text()).toContain('-:0: userIdentity must be an object');
    expect(err.text()).toContain(`srm: cannot read ${missing}: ENOENT: no such file or directory`);
  });

  it('keeps the JSON line contract stable', () => {
    const [alert] = fakeEngine.evaluate({ source: 'cloudtrail', event: { eventSource: 's', eventName: 'n', eventID: 'x' } });
    expect(Object.keys(JSON.parse(alertJson(alert!)))).toEqual([...contractKeys, 'attack', 'sourceIp', 'eventName', 'sample', 'notes']);
    expect(terminalSafe('a\u001b[31mb\u0000c\nd')).toBe('abc d');
  });

  it('writes bidi overrides, DEL and C1 controls from event fields as \\u escapes, keeping the value', () => {
    const [alert] = fakeEngine.evaluate({ source: 'cloudtrail', event: { eventSource: 's', eventName: 'n', eventID: 'x' } });
    const hostile = 'evil\u202egnp.exe\u007f\u0085\u2028end';
    const line = alertJson({ ...alert!, actor: hostile });
    expect(line).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(line).toContain('\\u202e');
    expect(JSON.parse(line).actor).toBe(hostile);
  });
});

describe('srm replay (the built binary)', () => {
  it('--json: stdout is only JSON lines, the summary is on stderr, exit 0', async () => {
    const r = await run(['replay', '--json', fx('cloudtrail-log-file.json'), fx('eventbridge-guardduty.json')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const alerts = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const a of alerts) {
      expect(Object.keys(a).slice(0, contractKeys.length)).toEqual(contractKeys);
      expect(['cloudtrail', 'guardduty']).toContain(a['source']);
      expect(Array.isArray(a['controls'])).toBe(true);
      expect((a['attack'] as string[]).length, String(a['rule'])).toBeGreaterThan(0);
      for (const id of a['attack'] as string[]) expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
    // The fixture's StopLogging and root sign-in must alert; DescribeInstances must not.
    const ids = new Set(alerts.map((a) => a['eventId']));
    expect(ids.has('3c3b7a1e-0000-4000-8000-000000000001')).toBe(true);
    expect(ids.has('3c3b7a1e-0000-4000-8000-000000000002')).toBe(true);
    expect(ids.has('3c3b7a1e-0000-4000-8000-000000000003')).toBe(false);
    expect(r.stderr).toMatch(/4 records read \(3 CloudTrail, 1 GuardDuty\), \d+ alerts/);
  });

  it('keeps stateful rules\' windows over the whole run, and takes them from SRM_CONFIG', async () => {
    const secrets = path.join(repo, '../shared/data/cloudtrail/stratus-red-team-detonation-logs/aws.credential-access.secretsmanager-retrieve-secrets.json');
    const fired = (out: string) =>
      out.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { rule: string; eventId: string; attack: string[] }).filter((a) => a.rule === 'cloudtrail-secrets-bulk-retrieved');
    const plain = await run(['replay', '--json', secrets]);
    expect(plain.code).toBe(0);
    expect(fired(plain.stdout)).toEqual([expect.objectContaining({ eventId: 'dbff1b29-c7fb-4fe4-b5ed-24e8794b77fe', attack: ['T1555.006'] })]);
    const dir = mkdtempSync(path.join(tmpdir(), 'srm-replay-'));
    try {
      const config = path.join(dir, 'srm.yaml');
      writeFileSync(config, 'rules:\n  cloudtrail-secrets-bulk-retrieved:\n    threshold: 25\n');
      expect(fired((await run(['replay', '--json', secrets], undefined, { SRM_CONFIG: config })).stdout)).toEqual([]);
      writeFileSync(config, 'rules:\n  cloudtrail-no-such-rule:\n    threshold: 2\n');
      const bad = await run(['replay', '--json', secrets], undefined, { SRM_CONFIG: config });
      // a bad config is a usage error (exit 3), named by its key
      expect(bad.code).toBe(3);
      expect(bad.stderr).toContain('rules.cloudtrail-no-such-rule: no such rule');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads AWS CLI PascalCase findings like the API’s, sample flag included', async () => {
    const api = await run(['replay', '--json', fx('guardduty-findings-api.json')]);
    const cli = await run(['replay', '--json', fx('guardduty-findings-cli.json')]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(api.stdout);
    const alerts = cli.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { sample: boolean; eventId: string });
    expect(alerts.find((a) => a.eventId === 'b3d8c2f1a1f6e0d9c8b7a6f5e4d3c2b1')?.sample).toBe(true);
    expect(alerts.find((a) => a.eventId === 'a2c7b1e0f0e5d9c8b7a6f5e4d3c2b1a0')?.sample).toBe(false);
  });

  it('exits 1 naming a missing path, after the other paths produced their alerts', async () => {
    const missing = path.join(repo, 'no/such/dir');
    const r = await run(['replay', '--json', missing, fx('cloudtrail-log-file.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read ${missing}`);
    expect(r.stdout.trimEnd().split('\n').length).toBeGreaterThan(0);
    expect(r.stdout).toContain('3c3b7a1e-0000-4000-8000-000000000002');
  });

  it('reads standard input for "-" (gzipped here)', async () => {
    const r = await run(['replay', '--json', '-'], gzipSync(readFileSync(fx('cloudtrail-events.jsonl'))));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3c3b7a1e-0000-4000-8000-000000000004');
    expect(r.stderr).toMatch(/4 records read/);
  });

  it('renders readable blocks without --json and counts malformed records', async () => {
    const r = await run(['replay', '-'], Buffer.from(`${readFileSync(fx('cloudtrail-events.jsonl'), 'utf8')}{"broken":\n`));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[(CRITICAL|HIGH|MEDIUM|LOW|INFO)\] /m);
    expect(r.stdout).toContain('source IP: 192.0.2.11');
    expect(r.stderr).toMatch(/1 skipped as malformed/);
    expect(r.stderr).toContain('-:4: ');
  });
});
