import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAscii } from 'node:buffer';
import { Readable } from 'node:stream';
import { constants as zlibConstants, createGunzip, gunzip, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES, JsonSplitter, type SplitItem, type ValuePlace } from './json-splitter.js';
import { classifyRecord, exceedsDepth, isPlainObject, isSkipped } from './schemas.js';
import type { EventSourceKind, IngestedRecord, RecordOrigin, SkippedRecord } from './types.js';

/**
 * Streams records out of files, directories and standard input, whatever
 * their format (see docs/replay.md). Memory is bounded: a file is read whole
 * only when it is small (CloudTrail objects are), anything else goes through
 * the byte splitter one record at a time. Bad input is skipped and reported
 * through `onSkip`; an unreadable path through `onError`; neither stops the run.
 */
export interface ReadOptions {
  /** Read for the input "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  onSkip?(skipped: SkippedRecord): void;
  onError?(path: string, err: Error): void;
  /** Records above this size are skipped (default 10 MiB). */
  maxRecordBytes?: number;
  /** Records nested deeper are skipped (default 256). */
  maxDepth?: number;
  /** Files up to this size (after gunzip) are parsed in one go (default 8 MiB, never above maxRecordBytes). */
  wholeFileMaxBytes?: number;
  /** Files read and gunzipped ahead of the one being parsed (default 2). */
  prefetch?: number;
  /**
   * Gunzip small files in this thread instead of on the thread pool (default false). `srm replay --jobs N` sets it:
   * with every core already running a reader thread, a gunzip queued on the thread pool waits for a core while its
   * reader waits for the gunzip.
   */
  gunzipInThread?: boolean;
}

interface Settings {
  stdin: NodeJS.ReadableStream;
  onSkip: (skipped: SkippedRecord) => void;
  onError: (path: string, err: Error) => void;
  maxRecordBytes: number;
  maxDepth: number;
  wholeFileMaxBytes: number;
  prefetch: number;
  gunzipInThread: boolean;
}

const gunzipAsync = promisify(gunzip);
const STDIN = '-';
// Manifests and READMEs beside data, and CloudTrail digest files (hashes, not events).
const skippedInDirectories = /\.(csv|md)$|_CloudTrail-Digest_/i;
const lineNames = /\.(jsonl|ndjson)(\.gz)?$/i;

const containerSource: Record<string, EventSourceKind | undefined> = {
  Records: 'cloudtrail',
  Events: 'cloudtrail',
  findings: 'guardduty',
  Findings: 'guardduty',
};

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

export async function* readRecords(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestedRecord> {
  for await (const batch of readRecordBatches(inputs, options)) {
    for (const r of batch) yield r;
  }
}

/**
 * The records of `readRecords`, in the same order, a whole file (or a chunk of
 * a streamed one) at a time: one async step per file instead of one per
 * record, for callers that evaluate millions of records (replay). Reports go
 * to `onSkip` and `onError` at the same points of the sequence: a file's or
 * chunk's skips before its records. Never an empty list.
 */
export async function* readRecordBatches(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestedRecord[]> {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const s: Settings = {
    stdin: options.stdin ?? process.stdin,
    onSkip: options.onSkip ?? (() => {}),
    onError: options.onError ?? (() => {}),
    maxRecordBytes,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    wholeFileMaxBytes: Math.min(options.wholeFileMaxBytes ?? 8 * 1024 * 1024, maxRecordBytes),
    prefetch: Math.max(1, options.prefetch ?? 2),
    gunzipInThread: options.gunzipInThread ?? false,
  };
  for (const input of inputs) {
    if (input === STDIN) {
      yield* readStream(s.stdin as AsyncIterable<Buffer | string>, STDIN, s, false);
      continue;
    }
    const files = await listFiles(input, (where, err) => s.onError(where, err));
    yield* readFiles(files, s);
  }
}

/**
 * The files under a path: itself, or a directory's files recursively in name order (.csv, .md and digest files
 * left out). What cannot be listed is reported to `onError` as it is met, and skipped.
 */
export async function listFiles(input: string, onError: (path: string, err: Error) => void): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    onError(input, err as Error);
    return [];
  }
  if (!info.isDirectory()) return [input];
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      onError(dir, err as Error);
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(full)).isDirectory();
        } catch (err) {
          onError(full, err as Error);
          continue;
        }
      }
      if (isDir) await walk(full);
      else if (!skippedInDirectories.test(entry.name)) files.push(full);
    }
  };
  await walk(input);
  return files;
}

type Loaded =
  | { kind: 'json'; buf: Buffer; gzipError?: string }
  | { kind: 'gzip'; raw: Buffer }
  | { kind: 'stream' }
  | { kind: 'error'; err: Error };

/**
 * The longest readable part of damaged gzip data. zlib drops the output of
 * the write that fails, so the valid prefix is found by bisection, inflating
 * each candidate with a sync flush (which tolerates a cut but not damage).
 */
function salvageGzip(raw: Buffer, maxOutputLength: number): Buffer {
  const inflate = (end: number): Buffer | null => {
    try {
      return gunzipSync(raw.subarray(0, end), { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength });
    } catch {
      return null;
    }
  };
  const whole = inflate(raw.length);
  if (whole) return whole; // only cut short
  let good = 0;
  let bad = raw.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (inflate(mid)) good = mid;
    else bad = mid;
  }
  return inflate(good) ?? Buffer.alloc(0);
}

/** Reads a small file whole (gunzipped on the thread pool); big or odd ones are streamed instead. */
async function load(file: string, s: Settings): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > s.wholeFileMaxBytes) return { kind: 'stream' };
    const raw = await readFile(file);
    if (!isGzip(raw)) return { kind: 'json', buf: raw };
    try {
      // Large output chunks: the default 16 KiB costs a main-thread callback per chunk.
      const options = { maxOutputLength: s.wholeFileMaxBytes, chunkSize: 1 << 20 };
      return { kind: 'json', buf: s.gunzipInThread ? gunzipSync(raw, options) : await gunzipAsync(raw, options) };
    } catch (err) {
      // Too big once inflated: streamed. Cut short or damaged: what can be read is kept.
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'gzip', raw };
      return { kind: 'json', buf: salvageGzip(raw, s.wholeFileMaxBytes), gzipError: (err as Error).message };
    }
  } catch (err) {
    return { kind: 'error', err: err as Error };
  }
}

function gzipSkip(file: string, message: string): SkippedRecord {
  return { reason: `gzip data is cut short or corrupt (${message}); records after that point are lost`, origin: { path: file } };
}

async function* readFiles(files: string[], s: Settings): AsyncGenerator<IngestedRecord[]> {
  const pending: Array<Promise<Loaded>> = [];
  let next = 0;
  for (const file of files) {
    while (pending.length < s.prefetch && next < files.length) pending.push(load(files[next++]!, s));
    const loaded = await pending.shift()!;
    const lines = lineNames.test(file);
    switch (loaded.kind) {
      case 'error':
        s.onError(file, loaded.err);
        break;
      case 'json': {
        if (loaded.gzipError !== undefined) s.onSkip(gzipSkip(file, loaded.gzipError));
        const out = readBuffer(loaded.buf, file, s, lines);
        if (out.length) yield out;
        break;
      }
      case 'gzip':
        yield* readStream(Readable.from([loaded.raw]), file, s, lines);
        break;
      case 'stream':
        yield* readStream(createReadStream(file, { highWaterMark: 1024 * 1024 }), file, s, lines);
        break;
    }
  }
}

// The synchronous steps fill an array per file or chunk, handed on whole: one
// async step per file or chunk (not one per record) keeps the reader close to JSON.parse speed.
type Out = IngestedRecord[];

function emit(result: IngestedRecord | SkippedRecord, s: Settings, out: Out): void {
  if (isSkipped(result)) s.onSkip(result);
  else out.push(result);
}

/** One parsed value at the top of a file or stream: a container of records, a list of them, or one record. */
function expandTop(value: unknown, file: string, s: Settings, baseIndex: number, out: Out): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) classifyChecked(value[i], { path: file, index: baseIndex + i }, s, out);
    return;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(containerSource)) {
      const list = value[key];
      if (Array.isArray(list)) {
        const expected = containerSource[key];
        for (let i = 0; i < list.length; i++) classifyChecked(list[i], { path: file, index: baseIndex + i }, s, out, expected);
        return;
      }
    }
  }
  classifyChecked(value, { path: file, index: baseIndex }, s, out);
}

function classifyChecked(value: unknown, origin: RecordOrigin, s: Settings, out: Out, expected?: EventSourceKind): void {
  if (exceedsDepth(value, s.maxDepth)) {
    s.onSkip({ reason: `record nested deeper than ${s.maxDepth}`, origin });
    return;
  }
  emit(classifyRecord(value, origin, expected), s, out);
}

/** The container openings a file may start with, as CloudTrail, the AWS CLI and the API write them. */
const containerHeads = Object.keys(containerSource).map((key) => ({ key, head: Buffer.from(`{"${key}":[`) }));
/** Target size of one piece of a container parsed on its own (well under V8's large-object size). */
const pieceBytes = 48 * 1024;
/** Cuts that turned out to be inside a record, per file, before the file is parsed whole instead. */
const maxMisses = 8;

/**
 * `{"Records":[…]}` (or `Events`, `findings`, `Findings`) parsed in pieces of
 * about 48 KiB of whole records, instead of one string of the whole file:
 * a string of a whole file lives in V8's large-object space, and allocating
 * and freeing one per file (memory mapped, faulted in, unmapped) costs about
 * as much as parsing it. The result is the same list JSON.parse gives for the
 * whole file, or null when the file is not exactly `{"<key>":[<records>]}`
 * (then the caller parses it whole, as before).
 *
 * Why it is the same: a piece is cut only just after a `}` and before the
 * `{"<first key of the first record>"` that follows a comma, and each piece is
 * parsed as `[<piece>]`. That parses only when the piece is a comma-separated
 * list of whole values: a cut inside a string or inside a record leaves a
 * string or a bracket open, so the parse fails, and the piece is extended to
 * the next cut. When every piece parses, the body is a list of whole values,
 * and the file is exactly `{"<key>":[…]}` (its first and last bytes are
 * checked), so JSON.parse of the whole file gives the same records.
 */
function parseContainerPieces(buf: Buffer): { key: string; records: unknown[] } | null {
  const found = containerHeads.find(({ head }) => buf.length > head.length && buf.compare(head, 0, head.length, 0, head.length) === 0);
  if (!found) return null;
  let end = buf.length;
  while (end > 0 && (buf[end - 1] === 0x20 || buf[end - 1] === 0x0a || buf[end - 1] === 0x0d || buf[end - 1] === 0x09)) end--;
  const bodyEnd = end - 2;
  let start = found.head.length;
  if (bodyEnd <= start || buf[bodyEnd] !== 0x5d || buf[bodyEnd + 1] !== 0x7d) return null;
  // The first record's first key, `{"eventVersion":`, with the `},` before it, marks where a record starts.
  if (buf[start] !== 0x7b || buf[start + 1] !== 0x22) return null;
  const keyEnd = buf.indexOf(0x22, start + 2);
  if (keyEnd < 0 || keyEnd >= bodyEnd || buf[keyEnd + 1] !== 0x3a || buf.subarray(start + 2, keyEnd).includes(0x5c)) return null;
  const marker = Buffer.concat([Buffer.from('},'), buf.subarray(start, keyEnd + 2)]);
  const encoding = isAscii(buf) ? 'latin1' : 'utf8';
  const records: unknown[] = [];
  let misses = 0;
  while (start < bodyEnd) {
    let from = start + pieceBytes;
    for (;;) {
      const at = from < bodyEnd ? buf.indexOf(marker, from) : -1;
      // The cut is the comma after the `}` (an ASCII byte: never inside a UTF-8 character).
      const cut = at < 0 || at >= bodyEnd ? bodyEnd : at + 1;
      // The piece is parsed as `[<piece>]`: the byte before it (the head's `[` or the `,` after the
      // piece before) and the one after it (a `,`, or the body's `]`) are made the brackets for the
      // parse and put back after it, so the string is decoded once and not copied again (a joined
      // string would be flattened into a second one by JSON.parse).
      const before = buf[start - 1]!;
      const after = buf[cut]!;
      buf[start - 1] = 0x5b;
      buf[cut] = 0x5d;
      let piece: unknown;
      try {
        piece = JSON.parse(buf.toString(encoding, start - 1, cut + 1));
      } catch {
        if (cut === bodyEnd || ++misses > maxMisses) return null;
        from = cut + 1;
        continue;
      } finally {
        buf[start - 1] = before;
        buf[cut] = after;
      }
      for (const r of piece as unknown[]) records.push(r);
      start = cut + 1;
      break;
    }
  }
  return { key: found.key, records };
}

/** A whole small file: one JSON.parse when it is one JSON document, else the splitter. */
function readBuffer(buf: Buffer, file: string, s: Settings, lines: boolean): Out {
  const out: Out = [];
  if (!lines) {
    const pieces = parseContainerPieces(buf);
    if (pieces) {
      const expected = containerSource[pieces.key];
      const list = pieces.records;
      for (let i = 0; i < list.length; i++) classifyChecked(list[i], { path: file, index: i }, s, out, expected);
      return out;
    }
    const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(buf.toString('utf8', start));
      parsed = true;
    } catch {
      // JSON lines, or damaged: split it record by record below.
    }
    if (parsed) {
      expandTop(value, file, s, 0, out);
      return out;
    }
  }
  const splitter = new JsonSplitter({ maxRecordBytes: s.maxRecordBytes, maxDepth: s.maxDepth, lineMode: lines });
  splitItems(splitter.push(buf), file, s, out);
  splitItems(splitter.end(), file, s, out);
  return out;
}

function splitItems(items: SplitItem[], file: string, s: Settings, out: Out): Out {
  for (const item of items) {
    if (item.kind === 'skip') {
      s.onSkip({ reason: item.reason, origin: { path: file, index: item.index } });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (err) {
      s.onSkip({ reason: `invalid JSON: ${(err as Error).message.slice(0, 160)}`, origin: { path: file, index: item.index } });
      continue;
    }
    placeValue(value, item.place, item.index, file, s, out);
  }
  return out;
}

function placeValue(value: unknown, place: ValuePlace, index: number, file: string, s: Settings, out: Out): void {
  // The splitter has already refused records that are too deep.
  if (place === null) expandTop(value, file, s, index, out);
  else emit(classifyRecord(value, { path: file, index }, place === 'array' ? undefined : containerSource[place]), s, out);
}

class SourceError extends Error {}

/** Bytes of a source, gunzipped when they start with the gzip magic; a gzip error is reported and ends the data. */
async function* decoded(source: AsyncIterable<Buffer | string>, file: string, s: Settings): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const asBuffer = (c: Buffer | string): Buffer => (typeof c === 'string' ? Buffer.from(c) : c);
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2) {
    const r = await it.next();
    if (r.done) {
      if (head.length) yield head;
      return;
    }
    head = head.length ? Buffer.concat([head, asBuffer(r.value)]) : asBuffer(r.value);
  }
  if (!isGzip(head)) {
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield asBuffer(r.value);
    }
  }
  let sourceError: Error | undefined;
  const feeder = Readable.from(
    (async function* () {
      yield head;
      try {
        for (;;) {
          const r = await it.next();
          if (r.done) return;
          yield asBuffer(r.value);
        }
      } catch (err) {
        sourceError = err as Error;
        throw err;
      }
    })(),
  );
  const gunzipper = createGunzip({ chunkSize: 64 * 1024 });
  feeder.on('error', (err) => gunzipper.destroy(err));
  feeder.pipe(gunzipper);
  try {
    for await (const chunk of gunzipper) yield chunk as Buffer;
  } catch (err) {
    if (sourceError) throw new SourceError(sourceError.message, { cause: sourceError });
    s.onSkip(gzipSkip(file, (err as Error).message));
  } finally {
    feeder.destroy();
  }
}

async function* readStream(
  source: AsyncIterable<Buffer | string>,
  file: string,
  s: Settings,
  lines: boolean,
): AsyncGenerator<IngestedRecord[]> {
  const splitter = new JsonSplitter({ maxRecordBytes: s.maxRecordBytes, maxDepth: s.maxDepth, lineMode: lines });
  try {
    for await (const chunk of decoded(source, file, s)) {
      const out = splitItems(splitter.push(chunk), file, s, []);
      if (out.length) yield out;
    }
  } catch (err) {
    const cause = err instanceof SourceError && err.cause instanceof Error ? err.cause : (err as Error);
    s.onError(file, cause);
  }
  const out = splitItems(splitter.end(), file, s, []);
  if (out.length) yield out;
}
