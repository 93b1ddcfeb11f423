import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo, runBin, type BinRun } from '../helpers/run-bin.js';

/**
 * `srm replay --jobs N`: the output of the parallel path is the same, byte for
 * byte (alerts on stdout, summary on stderr, exit code), as `--jobs 1`, on the
 * real public samples in ../shared/data (read from there; the gzipped, split
 * and damaged variants are written to a temporary directory, never the repo).
 */

const data = path.join(repo, '../shared/data');
const cloudtrail = path.join(data, 'cloudtrail');
const guardduty = path.join(data, 'guardduty');
const stratus = path.join(cloudtrail, 'stratus-red-team-detonation-logs');
const secrets = path.join(stratus, 'aws.credential-access.secretsmanager-retrieve-secrets.json');

type Run = BinRun;

const run = runBin;

/** Runs the same replay with --jobs 1 and each other count, and expects the same bytes and exit code. */
async function sameForAllJobs(args: string[], stdin?: Buffer, env: Record<string, string> = {}, jobs = ['2', '3']): Promise<Run> {
  const one = await run(['replay', ...args, '--jobs', '1'], stdin, env);
  for (const n of jobs) {
    const many = await run(['replay', ...args, '--jobs', n], stdin, env);
    expect(many.stderr, `--jobs ${n} summary`).toBe(one.stderr);
    expect(many.stdout, `--jobs ${n} alerts`).toBe(one.stdout);
    expect(many.code, `--jobs ${n} exit code`).toBe(one.code);
  }
  return one;
}

const lines = (out: string): Array<{ rule: string; eventId: string }> =>
  out
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { rule: string; eventId: string });

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'srm-replay-jobs-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('srm replay --jobs', () => {
  it('gives the same alerts and summary as --jobs 1 on every shared sample (CloudTrail files, JSON lines, GuardDuty)', async () => {
    const one = await sameForAllJobs(['--json', cloudtrail, guardduty], undefined, {}, ['2', '4']);
    expect(one.code).toBe(0);
    expect(lines(one.stdout).length).toBeGreaterThan(100);
    expect(one.stderr).toMatch(/records read \(\d+ CloudTrail, \d+ GuardDuty\)/);
  });

  it('gives the same readable blocks without --json', async () => {
    await sameForAllJobs([stratus]);
  });

  it('keeps a stateful rule\'s window across files read by different threads', async () => {
    // The Secrets Manager detonation cut into four files: the threshold is crossed in a later file than the first calls.
    const dir = path.join(tmp, 'split-secrets');
    mkdirSync(dir, { recursive: true });
    const records = JSON.parse(readFileSync(secrets, 'utf8')) as unknown[];
    const parts = 4;
    const size = Math.ceil(records.length / parts);
    for (let i = 0; i < parts; i++) {
      const text = JSON.stringify({ Records: records.slice(i * size, (i + 1) * size) });
      // gzipped and plain files mixed
      if (i % 2 === 0) writeFileSync(path.join(dir, `part-${i}.json.gz`), gzipSync(text));
      else writeFileSync(path.join(dir, `part-${i}.json`), text);
    }
    const whole = await run(['replay', '--json', '--jobs', '1', secrets]);
    const one = await sameForAllJobs(['--json', dir], undefined, {}, ['2', '3', '4']);
    const fired = (out: string) => lines(out).filter((a) => a.rule === 'cloudtrail-secrets-bulk-retrieved');
    expect(fired(one.stdout)).toEqual([expect.objectContaining({ eventId: 'dbff1b29-c7fb-4fe4-b5ed-24e8794b77fe' })]);
    expect(fired(whole.stdout)).toEqual(fired(one.stdout));
    // the workers take the deployment's rule settings too
    const config = path.join(tmp, 'srm.yaml');
    writeFileSync(config, 'rules:\n  cloudtrail-secrets-bulk-retrieved:\n    threshold: 25\n');
    const tuned = await sameForAllJobs(['--json', dir], undefined, { SRM_CONFIG: config });
    expect(fired(tuned.stdout)).toEqual([]);
  });

  it('reads standard input in its place among gzipped and plain files', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    const files = ['aws.defense-evasion.cloudtrail-stop.json', 'aws.defense-evasion.cloudtrail-delete.json', 'aws.credential-access.ec2-get-password-data.json'];
    files.forEach((f, i) => {
      const raw = readFileSync(path.join(stratus, f));
      writeFileSync(path.join(dir, `${i}-${f}${i === 1 ? '.gz' : ''}`), i === 1 ? gzipSync(raw) : raw);
    });
    const stdin = gzipSync(readFileSync(path.join(stratus, 'aws.persistence.iam-create-admin-user.json')));
    const one = await sameForAllJobs(['--json', path.join(dir, `0-${files[0]}`), '-', dir, path.join(stratus, 'aws.defense-evasion.organizations-leave.json')], stdin);
    expect(one.code).toBe(0);
    const rules = lines(one.stdout).map((a) => a.rule);
    expect(rules).toContain('cloudtrail-logging-stopped');
    expect(rules).toContain('cloudtrail-iam-user-created');
  });

  it('names unreadable paths and exits 1 after the rest, and counts malformed records, as with one thread', async () => {
    const dir = path.join(tmp, 'damaged');
    mkdirSync(dir, { recursive: true });
    const stop = readFileSync(path.join(stratus, 'aws.defense-evasion.cloudtrail-stop.json'), 'utf8');
    writeFileSync(path.join(dir, 'a-lines.jsonl'), `${readFileSync(path.join(cloudtrail, 'panther-analysis-tests/cloudtrail_test_events.jsonl'), 'utf8').split('\n').slice(0, 40).join('\n')}\n{"broken":\n{"eventSource":"s","eventName":"n","userIdentity":"x"}\n`);
    const gz = gzipSync(stop);
    writeFileSync(path.join(dir, 'b-cut.json.gz'), gz.subarray(0, Math.floor(gz.length * 0.7)));
    writeFileSync(path.join(dir, 'c-junk.json'), Buffer.from([0xff, 0x00, 0x13, 0x37]));
    symlinkSync(path.join(dir, 'no-such-target.json'), path.join(dir, 'd-dangling.json'));
    writeFileSync(path.join(dir, 'e-stop.json'), stop);
    const missing = path.join(tmp, 'no/such/file.json');
    const one = await sameForAllJobs(['--json', missing, dir, secrets, missing], Buffer.from(''));
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(`srm: cannot read ${missing}: ENOENT`);
    expect(one.stderr).toContain(`srm: cannot read ${path.join(dir, 'd-dangling.json')}: ENOENT`);
    expect(one.stderr).toMatch(/[1-9]\d* skipped as malformed/);
    expect(one.stderr).toContain('a-lines.jsonl:40: ');
    expect(lines(one.stdout).map((a) => a.rule)).toContain('cloudtrail-logging-stopped');
  });

  it('refuses a --jobs that is not a whole number from 1 to 64 (usage error, exit 3)', async () => {
    for (const bad of ['0', '65', 'two', '1.5', '-2', '']) {
      const r = await run(['replay', '--json', secrets, `--jobs=${bad}`]);
      expect(r.code, bad).toBe(3);
      expect(r.stderr, bad).toContain('--jobs: expected a whole number from 1 to 64');
      expect(r.stdout, bad).toBe('');
    }
    expect((await run(['replay', '--json', secrets, '--jobs', '64'])).code).toBe(0);
  });
});
