import { describe, expect, it } from 'vitest';
import { JsonSplitter, type SplitItem, type SplitterOptions } from '../../src/ingest/json-splitter.js';

/** Feeds `text` in pieces of `size` bytes (every split point is a chunk boundary when size is 1). */
function split(text: string | Buffer, size = 1 << 20, options: SplitterOptions = {}): SplitItem[] {
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  const s = new JsonSplitter(options);
  const out: SplitItem[] = [];
  for (let i = 0; i < buf.length; i += size) out.push(...s.push(buf.subarray(i, i + size)));
  out.push(...s.end());
  return out;
}

const values = (items: SplitItem[]): unknown[] => items.flatMap((i) => (i.kind === 'value' ? [JSON.parse(i.text)] : []));
const skips = (items: SplitItem[]): string[] => items.flatMap((i) => (i.kind === 'skip' ? [i.reason] : []));

const a = { eventSource: 's3.amazonaws.com', eventName: 'GetObject', note: 'braces } ] { [ and "quotes\\" and \\\\' };
const b = { eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', nested: { list: [1, [2, { x: 'é€😀' }]] } };

describe('JsonSplitter', () => {
  const shapes: Array<[string, string, string]> = [
    ['CloudTrail log file', JSON.stringify({ Records: [a, b] }), 'Records'],
    ['pretty log file', JSON.stringify({ Records: [a, b] }, null, 2), 'Records'],
    ['lookup-events', JSON.stringify({ Events: [a, b], NextToken: 'x' }), 'Events'],
    ['API findings', JSON.stringify({ findings: [a, b] }), 'findings'],
    ['CLI findings', JSON.stringify({ Findings: [a, b] }), 'Findings'],
    ['array', JSON.stringify([a, b], null, 1), 'array'],
  ];
  for (const [name, text, place] of shapes) {
    it(`emits each element of a ${name}, whatever the chunk size`, () => {
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
        const items = split(text, size);
        expect(values(items)).toEqual([a, b]);
        expect(items.every((i) => i.kind === 'value' && i.place === place)).toBe(true);
      }
    });
  }

  it('emits top-level values of JSON lines and of concatenated pretty objects', () => {
    const lines = `${JSON.stringify(a)}\n${JSON.stringify(b)}\n`;
    expect(values(split(lines, 5))).toEqual([a, b]);
    const pretty = `${JSON.stringify(a, null, 2)}\n${JSON.stringify(b, null, 2)}`;
    expect(values(split(pretty, 3))).toEqual([a, b]);
  });

  it('reads JSON lines with CRLF line ends', () => {
    const items = split(`${JSON.stringify(a)}\r\n${JSON.stringify(b)}\r\n{"broken":\r\n${JSON.stringify(a)}\r\n`, 5);
    expect(values(items)).toEqual([a, b, a]);
    expect(skips(items)).toEqual(['record cut short at the end of its line']);
  });

  it('reads objects joined by commas without an enclosing array', () => {
    expect(values(split(`${JSON.stringify(a)},${JSON.stringify(b)}`, 4))).toEqual([a, b]);
  });

  it('treats an object whose first key is not a container as one record', () => {
    const env = { version: '0', 'detail-type': 'GuardDuty Finding', detail: { id: 'x', Records: [1] } };
    const items = split(JSON.stringify(env), 4);
    expect(values(items)).toEqual([env]);
    expect(items[0]).toMatchObject({ place: null });
  });

  it('skips a BOM', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ Records: [a] }))]);
    expect(values(split(withBom, 1))).toEqual([a]);
  });

  it('keeps the records before a cut and reports the cut record', () => {
    const text = JSON.stringify({ Records: [a, b] });
    const cut = text.slice(0, text.indexOf('iam.amazonaws.com'));
    const items = split(cut, 3);
    expect(values(items)).toEqual([a]);
    expect(skips(items)).toEqual(['input ends inside this record (truncated)']);
  });

  it('resynchronises JSON lines at the next line after a broken one', () => {
    const text = `${JSON.stringify(a)}\n{"eventSource":"x","eventName":{"a":\n${JSON.stringify(b)}\n@@junk@@\n${JSON.stringify(a)}\n`;
    const items = split(text, 2);
    expect(values(items)).toEqual([a, b, a]);
    expect(skips(items)).toEqual(['record cut short at the end of its line', 'not JSON (skipped to the end of the line)']);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('cuts a top-level record at a raw line break inside a string', () => {
    const items = split(`{"eventSource":"s\n${JSON.stringify(b)}`, 1);
    expect(values(items)).toEqual([b]);
    expect(skips(items)[0]).toMatch(/unterminated string/);
  });

  it('skips records over the size cap without buffering them, and keeps the next', () => {
    const big = { eventSource: 's', eventName: 'n', blob: 'x'.repeat(5000) };
    const items = split(JSON.stringify({ Records: [a, big, b] }), 100, { maxRecordBytes: 1000 });
    expect(values(items)).toEqual([a, b]);
    expect(skips(items)).toEqual(['record larger than 1000 bytes']);
  });

  it('skips records nested deeper than the limit, and keeps the next', () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const items = split(`[${JSON.stringify(a)},${deep},${JSON.stringify(b)}]`, 16, { maxDepth: 256 });
    expect(values(items)).toEqual([a, b]);
    expect(skips(items)).toEqual(['record nested deeper than 256']);
  });

  it('passes scalars in a list through for the caller to reject', () => {
    const items = split('[1, "two", null, {"x":true}]', 1);
    expect(values(items)).toEqual([1, 'two', null, { x: true }]);
  });

  it('never throws on binary junk and reports it', () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(() => split(junk, 13)).not.toThrow();
    expect(skips(split('\u0000\u0001garbage')).length).toBe(1);
  });

  it('ignores what follows the container array', () => {
    const text = `{"Events":[${JSON.stringify(a)}],"NextToken":"{[\\"x"}\n${JSON.stringify(b)}`;
    expect(values(split(text, 3))).toEqual([a, b]);
  });
});
