import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, type ReadOptions } from '../../src/ingest/read.js';
import type { IngestedRecord, SkippedRecord } from '../../src/ingest/types.js';

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'srm-fuzz-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function readBytes(bytes: Uint8Array, via: 'file' | 'stdin', options: ReadOptions = {}) {
  const records: IngestedRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const errors: Error[] = [];
  let input = '-';
  if (via === 'file') {
    input = path.join(tmp, `f${counter++}`);
    await writeFile(input, bytes);
  }
  const stdin = Readable.from([Buffer.from(bytes)]);
  for await (const r of readRecords([input], { ...options, stdin, onSkip: (s) => skipped.push(s), onError: (_p, e) => errors.push(e) })) {
    records.push(r);
  }
  return { records, skipped, errors };
}

// Records in AWS's documented shape, with the awkward characters JSON allows.
const records = Array.from({ length: 8 }, (_, i) => ({
  eventVersion: '1.09',
  userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::123456789012:user/u${i}`, accountId: '123456789012' },
  eventTime: `2024-05-01T09:${String(10 + i).padStart(2, '0')}:00Z`,
  eventSource: i % 2 ? 'ec2.amazonaws.com' : 's3.amazonaws.com',
  eventName: i % 3 ? 'DescribeInstances' : 'PutBucketPolicy',
  awsRegion: 'us-east-1',
  sourceIPAddress: `192.0.2.${i + 1}`,
  requestParameters: { bucketName: `b-${i}`, policy: '{"Statement":[{"Effect":"Allow"}]} \\ "quoted" ]}' },
  responseElements: null,
  eventID: `00000000-0000-4000-8000-00000000000${i}`,
}));

/** The file text and where each record's text ends in it. */
function layout(kind: 'records' | 'array' | 'lines'): { text: string; ends: number[] } {
  const parts = records.map((r) => (kind === 'array' ? JSON.stringify(r, null, 2) : JSON.stringify(r)));
  const open = kind === 'records' ? '{"Records":[' : kind === 'array' ? '[\n' : '';
  const sep = kind === 'lines' ? '\n' : ',\n';
  const close = kind === 'records' ? ']}' : kind === 'array' ? '\n]' : '\n';
  const ends: number[] = [];
  let text = open;
  parts.forEach((p, i) => {
    if (i) text += sep;
    text += p;
    ends.push(Buffer.byteLength(text));
  });
  return { text: text + close, ends };
}

const ids = (rs: IngestedRecord[]) => rs.map((r) => (r.source === 'cloudtrail' ? r.event.eventID : r.finding.id));

describe('fuzz: the reader never throws and never loses intact records', () => {
  it('survives arbitrary bytes, as a file and on stdin, gzip magic or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), fc.constantFrom('file' as const, 'stdin' as const), async (bytes, gz, via) => {
        const input = gz ? Uint8Array.from([0x1f, 0x8b, ...bytes]) : bytes;
        const r = await readBytes(input, via);
        expect(r.errors).toEqual([]);
        for (const s of r.skipped) expect(typeof s.reason).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  for (const kind of ['records', 'array', 'lines'] as const) {
    it(`keeps every record that ends before the cut, at every cut point (${kind})`, async () => {
      const { text, ends } = layout(kind);
      const bytes = Buffer.from(text);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const r = await readBytes(bytes.subarray(0, cut), cut % 2 ? 'stdin' : 'file');
        const intact = ends.filter((e) => e <= cut).length;
        expect(ids(r.records)).toEqual(records.slice(0, intact).map((x) => x.eventID));
        // The cut record, if any, is counted as skipped; nothing else is.
        expect(r.records.length + r.skipped.length).toBeLessThanOrEqual(intact + 1);
        if (cut === bytes.length) expect(r.skipped).toEqual([]);
      }
    });
  }

  it('keeps every record that inflates completely, at every cut point of a gzipped log file', async () => {
    const { text, ends } = layout('records');
    const gz = gzipSync(Buffer.from(text));
    for (let cut = 0; cut <= gz.length; cut++) {
      const available = gunzipSync(gz.subarray(0, cut), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).length;
      const intact = ends.filter((e) => e <= available).length;
      const r = await readBytes(gz.subarray(0, cut), cut % 2 ? 'stdin' : 'file');
      expect(ids(r.records)).toEqual(records.slice(0, intact).map((x) => x.eventID));
      if (cut < gz.length && cut > 2) expect(r.skipped.some((s) => s.reason.startsWith('gzip data is cut short'))).toBe(true);
    }
  });

  it('keeps every record of a gzip member followed by junk, and the intact prefix of a damaged one', async () => {
    const { text, ends } = layout('records');
    const gz = gzipSync(Buffer.from(text));
    const trailing = await readBytes(Buffer.concat([gz, Buffer.from('junk after the member\n')]), 'file');
    expect(ids(trailing.records)).toEqual(records.map((x) => x.eventID));
    expect(trailing.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^gzip data is cut short or corrupt/)]);
    // Oracle for damage: the most that any prefix of the damaged bytes inflates to (checked one length at a time).
    const inflatable = (bytes: Buffer): Buffer => {
      let best = Buffer.alloc(0);
      for (let end = 0; end <= bytes.length; end++) {
        try {
          const out = gunzipSync(bytes.subarray(0, end), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
          if (out.length >= best.length) best = out;
        } catch {
          // this prefix reaches the damage
        }
      }
      return best;
    };
    const original = Buffer.from(text);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const damaged = Buffer.from(gz);
        const pos = 10 + (at % (damaged.length - 10));
        damaged[pos] = damaged[pos]! ^ xor;
        const out = inflatable(damaged);
        let same = 0;
        while (same < out.length && out[same] === original[same]) same++;
        const intact = ends.filter((e) => e <= same).length;
        const r = await readBytes(damaged, 'file');
        // Every record whose bytes inflate unchanged is read, in order.
        expect(ids(r.records).slice(0, intact)).toEqual(records.slice(0, intact).map((x) => x.eventID));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every record before the first mutated byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('records' as const, 'array' as const, 'lines' as const),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('file' as const, 'stdin' as const),
        async (kind, edits, via) => {
          const { text, ends } = layout(kind);
          const bytes = Buffer.from(text);
          let first = bytes.length;
          for (const [at, value] of edits) {
            const pos = at % bytes.length;
            if (bytes[pos] === value) continue;
            bytes[pos] = value;
            first = Math.min(first, pos);
          }
          const r = await readBytes(bytes, via);
          const intact = ends.filter((e) => e <= first).length;
          expect(ids(r.records).slice(0, intact)).toEqual(records.slice(0, intact).map((x) => x.eventID));
        },
      ),
      { numRuns: 300 },
    );
  });
});
