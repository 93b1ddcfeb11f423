import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, type ReadOptions } from '../../src/ingest/read.js';
import type { IngestedRecord, SkippedRecord } from '../../src/ingest/types.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const fx = (name: string): string => path.join(fixtures, name);

interface Run {
  records: IngestedRecord[];
  skipped: SkippedRecord[];
  errors: Array<{ path: string; message: string }>;
}

async function read(inputs: string[], options: ReadOptions = {}): Promise<Run> {
  const run: Run = { records: [], skipped: [], errors: [] };
  for await (const r of readRecords(inputs, {
    ...options,
    onSkip: (s) => run.skipped.push(s),
    onError: (p, e) => run.errors.push({ path: p, message: e.message }),
  })) {
    run.records.push(r);
  }
  return run;
}

const names = (run: Run): string[] =>
  run.records.map((r) => (r.source === 'cloudtrail' ? r.event.eventName : r.finding.type));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'srm-read-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('readRecords: formats', () => {
  it('reads a CloudTrail log file, plain and gzipped (detected by magic bytes, not name)', async () => {
    const plain = await read([fx('cloudtrail-log-file.json')]);
    expect(names(plain)).toEqual(['ConsoleLogin', 'StopLogging', 'DescribeInstances']);
    expect(plain.records[2]!.origin).toEqual({ path: fx('cloudtrail-log-file.json'), index: 2 });
    const gz = path.join(tmp, 'no-gz-suffix.json');
    await writeFile(gz, gzipSync(await readFile(fx('cloudtrail-log-file.json'))));
    const zipped = await read([gz]);
    expect(names(zipped)).toEqual(names(plain));
    expect(zipped.skipped).toEqual([]);
  });

  it('reads a JSON array of events and JSON lines', async () => {
    expect(names(await read([fx('cloudtrail-events-array.json')]))).toEqual(['DescribeInstances', 'AuthorizeSecurityGroupIngress']);
    const lines = await read([fx('cloudtrail-events.jsonl')]);
    expect(names(lines)).toEqual(['ConsoleLogin', 'StopLogging', 'DescribeInstances', 'AuthorizeSecurityGroupIngress']);
    expect(lines.records.map((r) => r.origin?.index)).toEqual([0, 1, 2, 3]);
  });

  it('reads lookup-events output through each entry’s CloudTrailEvent', async () => {
    const run = await read([fx('lookup-events.json')]);
    expect(names(run)).toEqual(['StopLogging', 'DescribeInstances']);
    expect(run.records[0]).toMatchObject({ source: 'cloudtrail', event: { eventID: '3c3b7a1e-0000-4000-8000-000000000002' } });
  });

  it('reads EventBridge envelopes: single, JSON lines, GuardDuty', async () => {
    const run = await read([fx('eventbridge-cloudtrail.json'), fx('eventbridge-envelopes.jsonl'), fx('eventbridge-guardduty.json')]);
    expect(names(run)).toEqual(['StopLogging', 'ConsoleLogin', 'AuthorizeSecurityGroupIngress', 'UnauthorizedAccess:EC2/SSHBruteForce']);
    expect(run.skipped).toEqual([]);
  });

  it('reads GuardDuty findings: one, {"findings"} camelCase and {"Findings"} PascalCase alike', async () => {
    const one = await read([fx('guardduty-finding.json')]);
    const api = await read([fx('guardduty-findings-api.json')]);
    const cli = await read([fx('guardduty-findings-cli.json')]);
    expect(one.records).toHaveLength(1);
    expect(api.records).toHaveLength(2);
    const findings = (run: Run) => run.records.map((r) => (r.source === 'guardduty' ? r.finding : null));
    expect(findings(cli)).toEqual(findings(api));
    expect(findings(api)[0]).toEqual(findings(one)[0]);
  });

  it('reads standard input for "-", gzipped or not, in small chunks', async () => {
    const text = await readFile(fx('cloudtrail-log-file.json'));
    const chunks = (buf: Buffer) => Readable.from(Array.from({ length: Math.ceil(buf.length / 7) }, (_, i) => buf.subarray(i * 7, i * 7 + 7)));
    expect(names(await read(['-'], { stdin: chunks(text) }))).toEqual(['ConsoleLogin', 'StopLogging', 'DescribeInstances']);
    expect(names(await read(['-'], { stdin: chunks(gzipSync(text)) }))).toEqual(['ConsoleLogin', 'StopLogging', 'DescribeInstances']);
  });

  it('streams files over the whole-file threshold with the same result', async () => {
    const whole = await read([fx('guardduty-findings-cli.json'), fx('cloudtrail-events.jsonl')]);
    const streamed = await read([fx('guardduty-findings-cli.json'), fx('cloudtrail-events.jsonl')], { wholeFileMaxBytes: 100 });
    expect(streamed.records).toEqual(whole.records);
  });

  it('parses a large {"Records":[…]} in pieces with the same records and skips as parsing it whole', async () => {
    // Records whose nested objects and strings hold the marker a piece is cut at (`},{"eventVersion":`),
    // non-ASCII text, and bad records in between: every piece must still be cut between records.
    const records = Array.from({ length: 900 }, (_, i) => ({
      eventVersion: '1.09',
      eventSource: 'ec2.amazonaws.com',
      eventName: i % 7 === 0 ? 'StopLogging' : 'DescribeInstances',
      eventID: `id-${i}`,
      userAgent: i % 3 === 0 ? 'ü€😀\u202e' : 'aws-cli/2',
      requestParameters: { items: [{ eventVersion: 'x' }, { eventVersion: 'y' }] },
      errorMessage: '},{"eventVersion":',
      ...(i % 101 === 50 ? { userIdentity: 'not an object' } : {}),
    }));
    const text = JSON.stringify({ Records: records });
    const variants: Array<[string, string | Buffer]> = [
      ['pieces.json', text],
      ['pieces-ws.json', `${text}\n \r\n`],
      ['pieces.json.gz', gzipSync(text)],
      ['pieces-ascii.json', JSON.stringify({ Records: records.map((r) => ({ ...r, userAgent: 'aws-cli/2' })) })],
      // Not exactly {"Records":[…]}: parsed whole, as JSON.parse sees it (the last Records wins).
      ['pieces-dup.json', `${text.slice(0, -1)},"Records":[${JSON.stringify(records[0])}]}`],
      ['pieces-extra.json', `${text.slice(0, -1)},"NextToken":"x"}`],
    ];
    for (const [name, body] of variants) {
      const f = path.join(tmp, name);
      await writeFile(f, body);
      const source = typeof body === 'string' ? body : text;
      const parsed = (JSON.parse(source) as { Records: Array<Record<string, unknown>> }).Records;
      const run = await read([f]);
      expect(run.records.map((r) => (r.source === 'cloudtrail' ? r.event.eventID : null))).toEqual(
        parsed.filter((r) => typeof r['userIdentity'] !== 'string').map((r) => r['eventID']),
      );
      expect(run.records.map((r) => r.origin?.index)).toEqual(parsed.flatMap((r, i) => (typeof r['userIdentity'] !== 'string' ? [i] : [])));
      expect(run.records.every((r) => r.source === 'cloudtrail' && JSON.stringify(r.event) === JSON.stringify(parsed[r.origin!.index!]))).toBe(true);
      expect(run.skipped).toEqual(parsed.flatMap((r, i) => (typeof r['userIdentity'] === 'string' ? [{ reason: 'userIdentity must be an object', origin: { path: f, index: i } }] : [])));
    }
    // A trailing comma or damage in the middle: the reader falls back to the splitter, as before.
    const damaged = path.join(tmp, 'pieces-damaged.json');
    await writeFile(damaged, `${text.slice(0, text.length / 2)}@@${text.slice(text.length / 2)}`);
    const run = await read([damaged]);
    expect(run.records.length).toBeGreaterThan(400);
    expect(run.skipped.some((s) => s.reason.startsWith('invalid JSON') || s.reason.includes('JSON'))).toBe(true);
  });

  it('accepts a BOM', async () => {
    const f = path.join(tmp, 'bom.json');
    await writeFile(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(fx('cloudtrail-events-array.json'))]));
    expect((await read([f])).records).toHaveLength(2);
  });
});

describe('readRecords: directories and paths', () => {
  it('walks directories recursively in name order, skipping .csv, .md and CloudTrail digest files', async () => {
    const dir = path.join(tmp, 'tree');
    await mkdir(path.join(dir, 'b', 'nested'), { recursive: true });
    await copyFile(fx('cloudtrail-events-array.json'), path.join(dir, 'b', 'nested', '2.json'));
    await writeFile(path.join(dir, 'a.json.gz'), gzipSync(await readFile(fx('eventbridge-cloudtrail.json'))));
    await writeFile(path.join(dir, 'manifest.csv'), 'line,rule\n1,x\n');
    await writeFile(path.join(dir, 'README.md'), '# not data\n');
    await writeFile(
      path.join(dir, '123456789012_CloudTrail-Digest_us-east-1_trail_us-east-1_20240501T100000Z.json.gz'),
      gzipSync(JSON.stringify({ awsAccountId: '123456789012', digestStartTime: '2024-05-01T09:00:00Z', logFiles: [] })),
    );
    await copyFile(fx('guardduty-finding.json'), path.join(dir, 'b', '1.json'));
    const run = await read([dir]);
    expect(run.records.map((r) => path.relative(dir, r.origin!.path!))).toEqual([
      'a.json.gz',
      path.join('b', '1.json'),
      path.join('b', 'nested', '2.json'),
      path.join('b', 'nested', '2.json'),
    ]);
    expect(run.skipped).toEqual([]);
  });

  it('names a missing path and a broken link, and still reads the rest', async () => {
    const dir = path.join(tmp, 'links');
    await mkdir(dir, { recursive: true });
    await symlink(path.join(tmp, 'nowhere.json'), path.join(dir, 'broken.json'));
    await copyFile(fx('guardduty-finding.json'), path.join(dir, 'ok.json'));
    const missing = path.join(tmp, 'missing.json');
    const notDir = path.join(fx('guardduty-finding.json'), 'child.json');
    const run = await read([missing, dir, notDir, fx('cloudtrail-log-file.json')]);
    expect(run.records).toHaveLength(4);
    expect(run.errors.map((e) => e.path)).toEqual([missing, path.join(dir, 'broken.json'), notDir]);
    expect(run.errors[0]!.message).toMatch(/ENOENT/);
    expect(run.errors[2]!.message).toMatch(/ENOTDIR/);
  });

  it.skipIf(process.getuid?.() === 0)('names a file it may not read', async () => {
    const f = path.join(tmp, 'secret.json');
    await copyFile(fx('guardduty-finding.json'), f);
    await chmod(f, 0o000);
    const run = await read([f, fx('guardduty-finding.json')]);
    expect(run.records).toHaveLength(1);
    expect(run.errors).toEqual([{ path: f, message: expect.stringMatching(/EACCES/) }]);
  });
});

describe('readRecords: bad input', () => {
  it('keeps the records before a gzip cut and reports the cut', async () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ eventSource: 's3.amazonaws.com', eventName: 'GetObject', eventID: `id-${i}`, pad: `${i}`.repeat(40) }));
    const gz = gzipSync(Buffer.from(JSON.stringify({ Records: records })));
    const f = path.join(tmp, 'cut.json.gz');
    await writeFile(f, gz.subarray(0, Math.floor(gz.length / 2)));
    const run = await read([f]);
    expect(run.records.length).toBeGreaterThan(0);
    expect(run.records.length).toBeLessThan(400);
    run.records.forEach((r, i) => expect(r.source === 'cloudtrail' && r.event.eventID).toBe(`id-${i}`));
    expect(run.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^gzip data is cut short or corrupt/),
      'input ends inside this record (truncated)',
    ]);
  });

  it('gunzips in its own thread (gunzipInThread) with the same records and reports: whole, cut short, too big once inflated', async () => {
    const records = Array.from({ length: 300 }, (_, i) => ({ eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', eventID: `in-${i}`, pad: `${i}`.repeat(30) }));
    const gz = gzipSync(Buffer.from(JSON.stringify({ Records: records })));
    const whole = path.join(tmp, 'in-thread-whole.json.gz');
    const cut = path.join(tmp, 'in-thread-cut.json.gz');
    await writeFile(whole, gz);
    await writeFile(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
    for (const options of [{}, { wholeFileMaxBytes: 1024 }]) {
      const pool = await read([whole, cut], options);
      const inThread = await read([whole, cut], { ...options, gunzipInThread: true });
      expect(inThread.records.map((r) => r.source === 'cloudtrail' && r.event.eventID)).toEqual(pool.records.map((r) => r.source === 'cloudtrail' && r.event.eventID));
      expect(inThread.records.length).toBeGreaterThan(300);
      expect(inThread.records.length).toBeLessThan(600);
      expect(inThread.skipped.map((x) => x.reason)).toEqual(pool.skipped.map((x) => x.reason));
      expect(inThread.skipped[0]?.reason).toMatch(/^gzip data is cut short or corrupt/);
    }
  });

  it('skips malformed and wrongly typed records with their index and keeps the others', async () => {
    const f = path.join(tmp, 'mixed.jsonl');
    const good = { eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances' };
    await writeFile(
      f,
      [
        JSON.stringify(good),
        '{"eventSource": "x", "eventName": ',
        JSON.stringify({ ...good, userIdentity: 'root' }),
        'not json at all',
        JSON.stringify({ hello: 1 }),
        JSON.stringify(good),
      ].join('\n'),
    );
    const run = await read([f]);
    expect(run.records.map((r) => r.origin?.index)).toEqual([0, 5]);
    expect(run.skipped.map((s) => [s.origin?.index, s.reason])).toEqual([
      [1, 'record cut short at the end of its line'],
      [2, 'userIdentity must be an object'],
      [3, 'not JSON (skipped to the end of the line)'],
      [4, 'not a CloudTrail event, GuardDuty finding or EventBridge envelope'],
    ]);
  });

  it('keeps the records before a corruption in the middle of a log file', async () => {
    const text = await readFile(fx('cloudtrail-log-file.json'), 'utf8');
    const at = text.indexOf('"eventName":"DescribeInstances"');
    const f = path.join(tmp, 'corrupt.json');
    await writeFile(f, `${text.slice(0, at)}"eventName":[DescribeInstances]${text.slice(at + 31)}`);
    const run = await read([f]);
    expect(names(run)).toEqual(['ConsoleLogin', 'StopLogging']);
    expect(run.skipped).toHaveLength(1);
    expect(run.skipped[0]!.reason).toMatch(/^invalid JSON/);
  });

  it('skips oversized and deeply nested records, and binary junk, without stopping', async () => {
    const big = path.join(tmp, 'big.json');
    await writeFile(big, JSON.stringify([{ eventSource: 's', eventName: 'n', blob: 'x'.repeat(50_000) }, { eventSource: 's', eventName: 'ok' }]));
    const deep = path.join(tmp, 'deep.json');
    await writeFile(deep, JSON.stringify({ Records: [{ eventSource: 's', eventName: 'deep', x: JSON.parse(`${'['.repeat(400)}${']'.repeat(400)}`) }, { eventSource: 's', eventName: 'ok' }] }));
    const junk = path.join(tmp, 'junk.bin');
    await writeFile(junk, Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131) % 256)));
    const run = await read([big, deep, junk, fx('guardduty-finding.json')], { maxRecordBytes: 10_000 });
    expect(names(run)).toEqual(['ok', 'ok', 'UnauthorizedAccess:EC2/SSHBruteForce']);
    const reasons = run.skipped.map((s) => s.reason);
    expect(reasons).toContain('record larger than 10000 bytes');
    expect(reasons).toContain('record nested deeper than 256');
    expect(run.skipped.filter((s) => s.origin?.path === junk).length).toBeGreaterThan(0);
  });

  it('reports JSON of the wrong shape', async () => {
    const f = path.join(tmp, 'scalar.json');
    await writeFile(f, '42');
    const run = await read([f]);
    expect(run.records).toEqual([]);
    expect(run.skipped).toEqual([{ reason: 'record must be a JSON object, not number', origin: { path: f, index: 0 } }]);
  });
});
