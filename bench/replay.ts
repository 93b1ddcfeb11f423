import { spawn } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Benchmark } from './index.js';

/**
 * `srm replay --json` over a generated corpus of gzipped CloudTrail log files,
 * with `--jobs 1` and with the default jobs (the cores), against an anchor
 * that only reads, gunzips and JSON.parses the same files in one thread
 * (measured before and after the replays; ratios use the mean).
 * Size: SRM_BENCH_REPLAY_MB of uncompressed JSON (default 512). Record size:
 * `--record-bytes full,750` (or SRM_BENCH_REPLAY_RECORD_BYTES), the default
 * runs both: the full generator's records (~1.1 KB) and trimmed ~750 B ones,
 * each with its own corpus and anchor. Also replays one big
 * `{"Records":[…]}` document on stdin to show memory stays bounded.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'dist/src/bin.js');
const account = '123456789012';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Maker = (r: () => number, i: number) => Record<string, unknown>;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const hex = (r: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
const uuid = (r: () => number): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-8${hex(r, 3)}-${hex(r, 12)}`;
const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const agents = ['aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023', 'Boto3/1.34.50 md/Botocore#1.34.50 ua/2.0 os/linux#6.1 lang/python#3.12.2', 'aws-sdk-js/3.540.0 ua/2.0 os/linux#6.1 lang/js md/nodejs#20.11.1', 'console.amazonaws.com', 'AWS Internal'];

function identity(r: () => number): Record<string, unknown> {
  if (r() < 0.6) {
    const role = pick(r, ['deploy', 'app-server', 'lambda-exec', 'ReadOnlyAudit', 'ci-runner']);
    const session = `${role}-${hex(r, 6)}`;
    return {
      type: 'AssumedRole',
      principalId: `AROA${hex(r, 16).toUpperCase()}:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
      accountId: account,
      accessKeyId: `ASIA${hex(r, 16).toUpperCase()}`,
      sessionContext: {
        sessionIssuer: { type: 'Role', principalId: `AROA${hex(r, 16).toUpperCase()}`, arn: `arn:aws:iam::${account}:role/${role}`, accountId: account, userName: role },
        webIdFederationData: {},
        attributes: { creationDate: '2024-05-01T08:00:00Z', mfaAuthenticated: 'false' },
      },
    };
  }
  const user = pick(r, ['alice', 'bob', 'carol', 'dave']);
  return { type: 'IAMUser', principalId: `AIDA${hex(r, 16).toUpperCase()}`, arn: `arn:aws:iam::${account}:user/${user}`, accountId: account, accessKeyId: `AKIA${hex(r, 16).toUpperCase()}`, userName: user };
}

function base(r: () => number, i: number, source: string, name: string, readOnly: boolean): Record<string, unknown> {
  const region = pick(r, regions);
  return {
    eventVersion: '1.09',
    userIdentity: identity(r),
    eventTime: new Date(Date.UTC(2024, 4, 1) + i * 997).toISOString().replace(/\.\d+Z$/, 'Z'),
    eventSource: source,
    eventName: name,
    awsRegion: region,
    sourceIPAddress: `192.0.2.${1 + Math.floor(r() * 254)}`,
    userAgent: pick(r, agents),
    requestParameters: null,
    responseElements: null,
    requestID: uuid(r),
    eventID: uuid(r),
    readOnly,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: 'Management',
    tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${source.split('.')[0]}.${region}.amazonaws.com` },
  };
}

const common: Maker[] = [
  (r, i) => ({ ...base(r, i, 'ec2.amazonaws.com', 'DescribeInstances', true), requestParameters: { instancesSet: {}, filterSet: { items: [{ name: 'tag:team', valueSet: { items: [{ value: 'web' }] } }] } } }),
  (r, i) => ({ ...base(r, i, 'sts.amazonaws.com', 'AssumeRole', true), requestParameters: { roleArn: `arn:aws:iam::${account}:role/deploy`, roleSessionName: `s-${hex(r, 8)}`, durationSeconds: 3600 }, responseElements: { credentials: { accessKeyId: `ASIA${hex(r, 16).toUpperCase()}`, sessionToken: '[redacted]', expiration: 'May 1, 2024, 10:00:00 AM' }, assumedRoleUser: { assumedRoleId: `AROA${hex(r, 16).toUpperCase()}:s`, arn: `arn:aws:sts::${account}:assumed-role/deploy/s` } } }),
  (r, i) => ({ ...base(r, i, 'kms.amazonaws.com', 'Decrypt', true), requestParameters: { encryptionAlgorithm: 'SYMMETRIC_DEFAULT', encryptionContext: { 'aws:lambda:FunctionArn': `arn:aws:lambda:us-east-1:${account}:function:f-${hex(r, 4)}` } }, resources: [{ accountId: account, type: 'AWS::KMS::Key', ARN: `arn:aws:kms:us-east-1:${account}:key/${uuid(r)}` }] }),
  (r, i) => ({ ...base(r, i, 's3.amazonaws.com', 'ListBuckets', true), requestParameters: { Host: 's3.amazonaws.com' }, additionalEventData: { SignatureVersion: 'SigV4', CipherSuite: 'TLS_AES_128_GCM_SHA256', bytesTransferredIn: 0, AuthenticationMethod: 'AuthHeader', 'x-amz-id-2': hex(r, 40), bytesTransferredOut: 1234 } }),
  (r, i) => ({ ...base(r, i, 'ec2.amazonaws.com', 'DescribeSecurityGroups', true), requestParameters: { securityGroupSet: {}, securityGroupIdSet: { items: [{ groupId: `sg-${hex(r, 17)}` }] }, filterSet: {} } }),
  (r, i) => ({ ...base(r, i, 'iam.amazonaws.com', 'ListRoles', true), requestParameters: { maxItems: 100 } }),
  (r, i) => ({ ...base(r, i, 'logs.amazonaws.com', 'DescribeLogStreams', true), requestParameters: { logGroupName: `/aws/lambda/f-${hex(r, 4)}`, orderBy: 'LastEventTime', descending: true } }),
  (r, i) => ({ ...base(r, i, 'sts.amazonaws.com', 'GetCallerIdentity', true) }),
];

const firing: Maker[] = [
  (r, i) => ({ ...base(r, i, 'cloudtrail.amazonaws.com', 'StopLogging', false), requestParameters: { name: `arn:aws:cloudtrail:us-east-1:${account}:trail/main` } }),
  (r, i) => ({ ...base(r, i, 'ec2.amazonaws.com', 'AuthorizeSecurityGroupIngress', false), requestParameters: { groupId: `sg-${hex(r, 17)}`, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] }, ipv6Ranges: {}, prefixListIds: {} }] } } }),
  (r, i) => ({ ...base(r, i, 'iam.amazonaws.com', 'CreateUser', false), requestParameters: { userName: `svc-${hex(r, 4)}` } }),
  (r, i) => ({ ...base(r, i, 'ec2.amazonaws.com', 'RunInstances', false), errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }),
  (r, i) => ({ ...base(r, i, 's3.amazonaws.com', 'PutBucketPolicy', false), requestParameters: { bucketName: `b-${hex(r, 6)}`, bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } } }),
];

/** Mean JSON size of a record of the full generator (all the optional fields below present), in bytes. */
export const FULL_RECORD_BYTES = 1200;

/**
 * Ways to make a record smaller that keep it a documented CloudTrail record,
 * tried in this order: fields CloudTrail leaves out of many records
 * (`tlsDetails`, `additionalEventData`, `resources`, the web-identity part of
 * `sessionContext`, the whole `sessionContext` of a role session as in older
 * event versions), shorter user agents (CloudTrail writes `AWS Internal` or
 * the calling service's host for calls made by AWS), no response body
 * (`responseElements` is null for most read-only calls), and no request
 * parameters (null for calls without any, as `GetCallerIdentity`).
 */
const trims: ReadonlyArray<(e: Record<string, unknown>) => void> = [
  (e) => delete e.tlsDetails,
  (e) => delete ((e.userIdentity as Record<string, unknown>).sessionContext as Record<string, unknown> | undefined)?.webIdFederationData,
  (e) => delete e.additionalEventData,
  (e) => (e.userAgent = String(e.eventSource)),
  (e) => delete e.resources,
  (e) => delete (e.userIdentity as Record<string, unknown>).sessionContext,
  (e) => (e.responseElements = null),
  (e) => (e.requestParameters = null),
];

/**
 * A record generator. With `recordBytes` (below the full generator's size)
 * it trims records (see `trims`) so that their mean JSON size is about
 * `recordBytes`: each record is trimmed until it is no larger than the
 * target plus what the records before it were under it. The rules see the
 * same event names, sources, identities and parameters; the firing records
 * are never trimmed.
 */
function recordMaker(recordBytes?: number): (r: () => number, i: number) => Record<string, unknown> {
  let slack = 0;
  return (r, i) => {
    const fires = r() < 0.01;
    const e = (fires ? pick(r, firing) : pick(r, common))(r, i);
    if (!recordBytes || fires) return e;
    const budget = recordBytes + slack;
    let size = JSON.stringify(e).length;
    for (let t = 0; t < trims.length && size > budget; t++) {
      trims[t]!(e);
      size = JSON.stringify(e).length;
    }
    slack = budget - size;
    return e;
  };
}

export interface Corpus {
  files: number;
  records: number;
  bytes: number;
  gzBytes: number;
}

/**
 * Writes gzipped CloudTrail log files of about `targetBytes` of JSON in all.
 * With `recordBytes`, records are trimmed to that mean size and files hold
 * proportionally more of them, so that files keep about the same size.
 */
export async function generateCorpus(dir: string, targetBytes: number, recordBytes?: number): Promise<Corpus> {
  const r = rng(42);
  const makeRecord = recordMaker(recordBytes);
  const perFile = recordBytes ? Math.max(1, FULL_RECORD_BYTES / recordBytes) : 1;
  let bytes = 0;
  let gzBytes = 0;
  let records = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const n = Math.round((100 + Math.floor(r() * 901)) * perFile);
    const list = Array.from({ length: n }, () => makeRecord(r, records++));
    const text = JSON.stringify({ Records: list });
    const gz = gzipSync(text);
    const sub = path.join(dir, 'AWSLogs', account, 'CloudTrail', pick(r, regions), '2024', '05', String(1 + (files % 28)).padStart(2, '0'));
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, `${account}_CloudTrail_us-east-1_20240501T${String(files).padStart(6, '0')}Z_${hex(r, 16)}.json.gz`), gz);
    bytes += Buffer.byteLength(text);
    gzBytes += gz.length;
    files++;
  }
  return { files, records, bytes, gzBytes };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  }
  return out.sort();
}

async function baseline(dir: string): Promise<{ seconds: number; cpuSeconds: number; records: number }> {
  const files = await listFiles(dir);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let records = 0;
  for (const f of files) {
    const doc = JSON.parse(gunzipSync(await readFile(f)).toString('utf8')) as { Records: unknown[] };
    records += doc.Records.length;
  }
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, records };
}

/**
 * The same read + gunzip + JSON.parse in a fresh node process, timed from its first read: the anchor the ratios use.
 * The in-process anchor runs in the bench's own heap, after it generated the corpus, and ran 16–56% slower than
 * `srm replay --jobs 1` doing more work: it understated the limit.
 */
async function freshBaseline(dir: string): Promise<{ seconds: number; cpuSeconds: number; records: number }> {
  const script = [
    "import { readdir, readFile } from 'node:fs/promises';",
    "import { gunzipSync } from 'node:zlib';",
    "import path from 'node:path';",
    `const dir = ${JSON.stringify(dir)};`,
    'const files = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();',
    'const start = process.hrtime.bigint(); const cpu = process.cpuUsage(); let records = 0;',
    "for (const f of files) records += JSON.parse(gunzipSync(await readFile(f)).toString('utf8')).Records.length;",
    'const used = process.cpuUsage(cpu);',
    "process.stderr.write('ANCHOR ' + JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, records }) + '\\n');",
  ].join('\n');
  const run = await runNode(['--input-type=module', '-e', script]);
  const m = /ANCHOR (\{.*\})/.exec(run.stderr);
  if (!m?.[1] || run.code !== 0) throw new Error(`fresh anchor failed (${run.code}): ${run.stderr.slice(0, 500)}`);
  return JSON.parse(m[1]) as { seconds: number; cpuSeconds: number; records: number };
}

interface ChildRun {
  seconds: number;
  cpuSeconds: number | null;
  peakRssMb: number | null;
  code: number | null;
  stderr: string;
}

/**
 * Runs node with `args`, stdout to /dev/null, stdin piped from `stdinFile`
 * (or empty), under /usr/bin/time -v when present for CPU time and peak RSS.
 */
function runNode(args: string[], stdinFile?: string): Promise<ChildRun> {
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-v', process.execPath, ...args] : args;
  const devnull = openSync('/dev/null', 'w');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { stdio: ['pipe', devnull, 'pipe'], env: { ...process.env, SRM_LOG_LEVEL: 'silent' } });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(devnull);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      resolve({ seconds, cpuSeconds, peakRssMb: m ? Number(m[1]) / 1024 : null, code, stderr });
    });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin!);
    else child.stdin!.end();
  });
}

const replayChild = (args: string[], stdinFile?: string): Promise<ChildRun> => runNode([bin, 'replay', '--json', ...args], stdinFile);

/** The replay module alone, without the modules of the CLI's other subcommands. */
const replayModuleOnly = (args: string[], stdinFile?: string): Promise<ChildRun> =>
  runNode(
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'dist/src/cli/replay.js')).href)}); process.exitCode = (await m.runReplay(${JSON.stringify(args)}, { json: true })).exitCode;`,
    ],
    stdinFile,
  );

/** Writes one `{"Records":[…]}` document of about `bytes` to `file`, without holding it in memory. */
async function writeBigDocument(file: string, bytes: number, recordBytes?: number): Promise<{ bytes: number; records: number }> {
  const r = rng(7);
  const makeRecord = recordMaker(recordBytes);
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((res) => out.once('drain', () => res()));
  };
  await write('{"Records":[');
  while (written < bytes) {
    await write((records ? ',' : '') + Array.from({ length: 200 }, () => JSON.stringify(makeRecord(r, records++))).join(','));
  }
  await write(']}');
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  return { bytes: written, records };
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

/**
 * The record sizes to run: `--record-bytes <list>` on the command line
 * (`npm run bench replay -- --record-bytes 750`) or SRM_BENCH_REPLAY_RECORD_BYTES,
 * a comma-separated list of mean record sizes in bytes, `full` for the
 * full generator's records (about 1.1 KB). Default: `full,750`, both.
 */
export function recordSizes(argv: readonly string[], env: NodeJS.ProcessEnv): Array<number | undefined> {
  const at = argv.indexOf('--record-bytes');
  const spec = (at >= 0 ? argv[at + 1] : undefined) ?? env.SRM_BENCH_REPLAY_RECORD_BYTES ?? 'full,750';
  return spec.split(',').map((x) => {
    const t = x.trim();
    if (t === 'full' || t === '0') return undefined;
    const n = Number(t);
    if (!Number.isInteger(n) || n < 300 || n >= FULL_RECORD_BYTES) {
      throw new Error(`--record-bytes: ${JSON.stringify(t)} is not 'full' or a whole number of bytes from 300 to ${FULL_RECORD_BYTES - 1}`);
    }
    return n;
  });
}

interface SizeSummary {
  label: string;
  corpus: Corpus;
  anchorSeconds: number;
  anchors: [number, number];
  jobs1: ChildRun;
  jobsDefault: ChildRun;
  jobsDefaultCount: number;
}

async function run(): Promise<void> {
  const targetMb = Number(process.env.SRM_BENCH_REPLAY_MB ?? 512);
  if (!existsSync(bin)) throw new Error(`build first: ${bin} is missing`);
  const sizes = recordSizes(process.argv.slice(2), process.env);
  const summaries: SizeSummary[] = [];
  for (const recordBytes of sizes) summaries.push(await runSize(targetMb, recordBytes));
  process.stdout.write(`\nsummary (ratio = mean fresh-process anchor / srm replay wall; target >= 1.0 with default jobs and peak RSS < 200 MB):\n`);
  for (const x of summaries) {
    const line = (label: string, c: ChildRun): string =>
      `  ${x.label}, ${label}: anchor ${x.anchorSeconds.toFixed(2)} s (${x.anchors[0].toFixed(2)} / ${x.anchors[1].toFixed(2)}), srm ${c.seconds.toFixed(2)} s, ratio ${(x.anchorSeconds / c.seconds).toFixed(2)}, peak RSS ${c.peakRssMb?.toFixed(0) ?? '?'} MB, exit ${c.code}\n`;
    process.stdout.write(line('--jobs 1', x.jobs1) + line(`default jobs (${x.jobsDefaultCount})`, x.jobsDefault));
  }
}

async function runSize(targetMb: number, recordBytes: number | undefined): Promise<SizeSummary> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srm-bench-replay-'));
  try {
    const g0 = Date.now();
    const corpus = await generateCorpus(dir, targetMb * 1024 * 1024, recordBytes);
    const label = `${recordBytes ? `${recordBytes} B` : 'full'} records (mean ${Math.round(corpus.bytes / corpus.records)} B)`;
    process.stdout.write(
      `\n### ${label}\ncorpus: ${corpus.files} gzipped CloudTrail log files, ${corpus.records} records, mean ${Math.round(corpus.bytes / corpus.records)} bytes a record, ${mb(corpus.bytes)} MB uncompressed JSON (${mb(corpus.gzBytes)} MB gzipped), generated in ${((Date.now() - g0) / 1000).toFixed(1)} s\n`,
    );

    const b = await baseline(dir);
    const anchor = (label: string, x: { seconds: number; cpuSeconds: number; records: number }): void => {
      process.stdout.write(
        `(a) ${label} read+gunzip+JSON.parse (in process, one thread): ${x.seconds.toFixed(2)} s wall, ${x.cpuSeconds.toFixed(2)} s CPU, ${mb(corpus.bytes / x.seconds)} MB/s, ${Math.round(x.records / x.seconds)} records/s\n`,
      );
    };
    anchor('baseline', b);
    const f1 = await freshBaseline(dir);
    const fresh = (label: string, x: { seconds: number; cpuSeconds: number; records: number }): void => {
      process.stdout.write(
        `(a2) ${label} read+gunzip+JSON.parse (fresh node process, one thread; the anchor of the ratios): ${x.seconds.toFixed(2)} s wall, ${x.cpuSeconds.toFixed(2)} s CPU, ${mb(corpus.bytes / x.seconds)} MB/s, ${Math.round(x.records / x.seconds)} records/s\n`,
      );
    };
    fresh('baseline', f1);

    // The CLI's own start-up (loading every subcommand's modules), measured on empty input.
    const idle = await replayChild(['-']);
    const cpu = (x: number | null): string => (x === null ? '?' : x.toFixed(2));
    const jobsDefault = availableParallelism();
    const runs: Array<{ label: string; run: ChildRun }> = [];
    for (const [label, args] of [
      ['--jobs 1', ['--jobs', '1']],
      [`default jobs (${jobsDefault})`, []],
    ] as const) {
      runs.push({ label, run: await replayChild([...args, dir]) });
    }
    // The anchor again after the replays: the machine is shared, so the ratios use the mean of both.
    const b2 = await baseline(dir);
    anchor('baseline again', b2);
    const f2 = await freshBaseline(dir);
    fresh('baseline again', f2);
    const anchorSeconds = (f1.seconds + f2.seconds) / 2;
    process.stdout.write(`    anchor: fresh-process mean ${anchorSeconds.toFixed(2)} s; in-process mean ${((b.seconds + b2.seconds) / 2).toFixed(2)} s (not used)\n`);
    process.stdout.write(`    start-up alone (empty input): ${idle.seconds.toFixed(2)} s wall, peak RSS ${idle.peakRssMb?.toFixed(0) ?? '?'} MB\n`);
    for (const { label, run: c } of runs) {
      const read = /(\d+) records read/.exec(c.stderr)?.[1];
      const alerts = /(\d+) alerts/.exec(c.stderr)?.[1];
      process.stdout.write(
        `(b) srm replay --json, ${label} (child process): ${c.seconds.toFixed(2)} s wall, ${cpu(c.cpuSeconds)} s CPU, ${mb(corpus.bytes / c.seconds)} MB/s, ${Math.round(corpus.records / c.seconds)} records/s, ${read ?? '?'} records read, ${alerts ?? '?'} alerts, exit ${c.code}\n`,
      );
      process.stdout.write(
        `    ratio to the anchor (${anchorSeconds.toFixed(2)} s): ${(anchorSeconds / c.seconds).toFixed(2)} (target >= 1.0 with default jobs); without start-up: ${(anchorSeconds / Math.max(0.001, c.seconds - idle.seconds)).toFixed(2)}; peak RSS: ${c.peakRssMb === null ? 'unknown (no /usr/bin/time)' : `${c.peakRssMb.toFixed(0)} MB`} (target < 200 MB)\n`,
      );
      if (read !== String(corpus.records)) process.stdout.write(`    WARNING: expected ${corpus.records} records read\n`);
    }

    const alone = await replayModuleOnly([dir]);
    process.stdout.write(
      `(b2) the replay module alone, one thread (runReplay's default; no other subcommand loaded): ${alone.seconds.toFixed(2)} s wall, ${cpu(alone.cpuSeconds)} s CPU, ${mb(corpus.bytes / alone.seconds)} MB/s, ratio ${(anchorSeconds / alone.seconds).toFixed(2)}, peak RSS ${alone.peakRssMb?.toFixed(0) ?? '?'} MB\n`,
    );

    // One big {"Records":[…]} document piped on stdin: must stream, not load whole.
    const big = path.join(dir, 'big.json');
    const doc = await writeBigDocument(big, Math.min(targetMb, 256) * 1024 * 1024, recordBytes);
    const s = await replayChild(['-'], big);
    const s2 = await replayModuleOnly(['-'], big);
    for (const [label, x] of [['srm replay --json -', s], ['the replay module alone', s2]] as const) {
      const n = /(\d+) records read/.exec(x.stderr)?.[1];
      process.stdout.write(
        `(c) ${label}, one ${mb(doc.bytes)} MB {"Records":[…]} piped on stdin: ${x.seconds.toFixed(2)} s wall, ${cpu(x.cpuSeconds)} s CPU, ${mb(doc.bytes / x.seconds)} MB/s, ${n ?? '?'} of ${doc.records} records read, peak RSS ${x.peakRssMb === null ? 'unknown' : `${x.peakRssMb.toFixed(0)} MB`}\n`,
      );
    }
    return { label, corpus, anchorSeconds, anchors: [f1.seconds, f2.seconds], jobs1: runs[0]!.run, jobsDefault: runs[1]!.run, jobsDefaultCount: jobsDefault };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const replayBench: Benchmark = { name: 'replay', run };
