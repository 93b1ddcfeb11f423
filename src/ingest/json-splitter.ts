/**
 * Splits a stream of JSON bytes into records without holding more than one
 * record in memory. It scans bytes, tracking strings, escapes and bracket
 * depth, and emits the text of each element of a top-level array, of the
 * array under a container key (`{"Records":[…]}`, `{"Events":[…]}`,
 * `{"findings":[…]}`, `{"Findings":[…]}`), or each top-level value (JSON lines,
 * concatenated objects). Once records are seen one per line it resynchronises
 * at line ends, so a broken line costs only itself.
 */

export type ContainerKey = 'Records' | 'Events' | 'findings' | 'Findings';
/** Where a value sat: inside a container key, inside a top-level array, or at the top level. */
export type ValuePlace = ContainerKey | 'array' | null;

export type SplitItem =
  | { kind: 'value'; text: string; index: number; place: ValuePlace }
  | { kind: 'skip'; reason: string; index?: number };

export interface SplitterOptions {
  /** Larger records are skipped with a reason (default 10 MiB). */
  maxRecordBytes?: number;
  /** Deeper records are skipped with a reason (default 256). */
  maxDepth?: number;
  /** Start in JSON-lines mode (for .jsonl / .ndjson names). */
  lineMode?: boolean;
}

export const DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

const containerKeys: ReadonlySet<string> = new Set(['Records', 'Events', 'findings', 'Findings']);

const TOP = 0;
const ELEMS = 1;
const VALUE = 2;
const TAIL = 3;
const JUNK = 4;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NL = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const bom = [0xef, 0xbb, 0xbf];

function isSpace(c: number): boolean {
  return c === 0x20 || c === NL || c === 0x0d || c === 0x09;
}

export class JsonSplitter {
  private readonly maxRecordBytes: number;
  private readonly maxDepth: number;
  private lineMode: boolean;
  private pendingLine = false;
  private started = false;
  private bomSeen = 0;

  private mode = TOP;
  private depth = 0;
  private inString = false;
  private escape = false;
  private place: ValuePlace = null;

  // The value being captured.
  private valueBase = 0;
  private scalar = false;
  private parts: Buffer[] = [];
  private size = 0;
  private tooBig = false;
  private tooDeep = false;
  private hadNewline = false;
  // First-key detection of a top-level object: 1 expect key, 2 in key, 3 expect ':', 4 expect value.
  private head = 0;
  private key = '';

  private index = 0;
  private out: SplitItem[] = [];

  constructor(options: SplitterOptions = {}) {
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.lineMode = options.lineMode ?? false;
  }

  /** Feeds the next bytes; returns the records completed by them. */
  push(chunk: Buffer): SplitItem[] {
    let i = 0;
    const n = chunk.length;
    // A UTF-8 byte order mark, possibly split across chunks.
    while (!this.started && i < n) {
      if (chunk[i] === bom[this.bomSeen]) {
        i++;
        if (++this.bomSeen === bom.length) this.started = true;
      } else {
        this.started = true;
      }
    }
    let segStart = this.mode === VALUE ? i : -1;
    while (i < n) {
      if (this.inString && !this.escape && this.head !== 2) {
        // Most bytes are inside strings: skip to the next byte that matters.
        while (i < n) {
          const d = chunk[i]!;
          if (d === QUOTE || d === BACKSLASH || d === NL) break;
          i++;
        }
        if (i >= n) break;
      }
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
        } else if (c === QUOTE) {
          this.inString = false;
          if (this.head === 2) this.head = 3;
          if (this.scalar && this.mode === VALUE) {
            this.finishValue(chunk, segStart, i + 1);
            segStart = -1;
          }
        } else if (c === BACKSLASH) {
          this.escape = true;
        } else if (c === NL) {
          // A raw line break cannot be inside a JSON string: the record is broken.
          if (this.mode === VALUE && this.place === null) {
            this.abandonValue('unterminated string (line break inside a string)');
            segStart = -1;
            this.resetTop();
          }
        } else if (this.head === 2 && this.key.length < 16) {
          this.key += String.fromCharCode(c);
        }
        i++;
        continue;
      }
      switch (this.mode) {
        case TOP:
          if (isSpace(c)) {
            if (c === NL && this.pendingLine) this.lineMode = true;
          } else if (c === COMMA) {
            // Objects joined with commas but no enclosing array: read them all the same.
          } else if (c === OPEN_BRACKET) {
            this.pendingLine = false;
            this.place = 'array';
            this.depth = 1;
            this.mode = ELEMS;
          } else if (c === OPEN_BRACE) {
            if (!this.lineMode) this.pendingLine = false;
            this.startValue(0, false);
            this.depth = 1;
            this.head = 1;
            this.key = '';
            segStart = i;
          } else {
            this.mode = JUNK;
          }
          i++;
          break;
        case JUNK:
          if (c === NL) {
            this.skipItem('not JSON (skipped to the end of the line)');
            this.mode = TOP;
          }
          i++;
          break;
        case ELEMS:
          if (isSpace(c) || c === COMMA) {
            i++;
          } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
            this.depth--;
            if (this.place === 'array') this.resetTop();
            else this.mode = TAIL;
            i++;
          } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            this.startValue(this.depth, false);
            this.depth++;
            segStart = i;
            i++;
          } else {
            this.startValue(this.depth, true);
            if (c === QUOTE) this.inString = true;
            segStart = i;
            i++;
          }
          break;
        case VALUE:
          if (this.scalar) {
            if (isSpace(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
              this.finishValue(chunk, segStart, i);
              segStart = -1;
              continue; // the delimiter belongs to the container
            }
            i++;
            break;
          }
          if (c === QUOTE) {
            this.inString = true;
            if (this.head === 1 && this.depth === 1) this.head = 2;
            else this.head = 0;
          } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (this.head === 4 && c === OPEN_BRACKET && this.depth === 1 && containerKeys.has(this.key)) {
              // {"Records":[ … — from here on, each element is a record.
              this.head = 0;
              this.parts = [];
              this.size = 0;
              this.hadNewline = false;
              this.place = this.key as ContainerKey;
              this.depth = 2;
              this.mode = ELEMS;
              segStart = -1;
              i++;
              break;
            }
            this.head = 0;
            this.depth++;
            if (this.depth - this.valueBase > this.maxDepth) this.tooDeep = true;
          } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            this.head = 0;
            this.depth--;
            if (this.depth <= this.valueBase) {
              this.depth = this.valueBase;
              this.finishValue(chunk, segStart, i + 1);
              segStart = -1;
            }
          } else if (c === COLON) {
            this.head = this.head === 3 ? 4 : 0;
          } else if (c === NL) {
            this.hadNewline = true;
            if (this.lineMode && this.place === null) {
              this.abandonValue('record cut short at the end of its line');
              segStart = -1;
              this.resetTop();
            }
          } else if (!isSpace(c)) {
            this.head = 0;
          }
          i++;
          break;
        case TAIL:
          if (c === QUOTE) this.inString = true;
          else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
          else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            this.depth--;
            if (this.depth <= 0) this.resetTop();
          }
          i++;
          break;
      }
    }
    if (this.mode === VALUE && segStart >= 0 && segStart < n) this.append(chunk, segStart, n);
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Ends the input; returns what remains (a cut-off record is skipped with a reason). */
  end(): SplitItem[] {
    if (this.mode === VALUE) {
      if (this.scalar && !this.inString) this.finishValue(Buffer.alloc(0), 0, 0);
      else this.abandonValue('input ends inside this record (truncated)');
    } else if (this.mode === JUNK) {
      this.skipItem('not JSON');
    }
    this.resetTop();
    const out = this.out;
    this.out = [];
    return out;
  }

  private startValue(base: number, scalar: boolean): void {
    this.mode = VALUE;
    this.valueBase = base;
    this.scalar = scalar;
    this.parts = [];
    this.size = 0;
    this.tooBig = false;
    this.tooDeep = false;
    this.hadNewline = false;
  }

  private append(chunk: Buffer, start: number, end: number): void {
    if (end <= start) return;
    this.size += end - start;
    if (this.tooBig) return;
    if (this.size > this.maxRecordBytes) {
      this.tooBig = true;
      this.parts = [];
      return;
    }
    this.parts.push(chunk.subarray(start, end));
  }

  private finishValue(chunk: Buffer, start: number, end: number): void {
    if (start >= 0) this.append(chunk, start, end);
    const topLevel = this.place === null;
    if (this.tooBig) {
      this.skipItem(`record larger than ${this.maxRecordBytes} bytes`);
    } else if (this.tooDeep) {
      this.skipItem(`record nested deeper than ${this.maxDepth}`);
    } else {
      const text = this.parts.length === 1 ? this.parts[0]!.toString('utf8') : Buffer.concat(this.parts).toString('utf8');
      this.out.push({ kind: 'value', text, index: this.index++, place: this.place });
    }
    if (topLevel && !this.hadNewline) this.pendingLine = true;
    this.parts = [];
    this.size = 0;
    this.head = 0;
    this.mode = topLevel ? TOP : ELEMS;
    if (topLevel) this.depth = 0;
  }

  private abandonValue(reason: string): void {
    this.skipItem(this.tooBig ? `record larger than ${this.maxRecordBytes} bytes` : reason);
    this.parts = [];
    this.size = 0;
  }

  private skipItem(reason: string): void {
    this.out.push({ kind: 'skip', reason, index: this.index++ });
  }

  private resetTop(): void {
    this.mode = TOP;
    this.depth = 0;
    this.inString = false;
    this.escape = false;
    this.place = null;
    this.head = 0;
    this.scalar = false;
    this.parts = [];
    this.size = 0;
  }
}
