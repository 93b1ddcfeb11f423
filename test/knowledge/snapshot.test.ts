import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The build's knowledge snapshot is used only while the modules it was made from are unchanged:
 * an edit to the data or to the indexing code without a rebuild must fall back to the validated data.
 */
const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'dist/src/knowledge');
// Inside dist/ so that the copy resolves node_modules (zod, minisearch) as the build does.
const copy = mkdtempSync(path.join(root, 'dist/.snapshot-test-'));
cpSync(built, copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function inCopy<T>(script: string): T {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

function snapshotUsed(): boolean {
  const out = inCopy<{ used: boolean; duties: number }>(
    `const m = await import(${JSON.stringify(path.join(copy, 'data.js'))}); console.log(JSON.stringify({ used: m.prebuiltIndex() !== undefined, duties: m.knowledgeData().duties.length }));`,
  );
  expect(out.duties).toBeGreaterThan(500);
  return out.used;
}

/** Whether the names file was read, whether its text is the one built from the data the module loaded, and whether that text holds a name. */
function names(name: string): { read: boolean; same: boolean; holds: boolean } {
  return inCopy(
    `const d = await import(${JSON.stringify(path.join(copy, 'data.js'))}); const m = await import(${JSON.stringify(path.join(copy, 'duty-model.js'))});` +
      ` const prebuilt = d.prebuiltKnownNames(); const built = m.namesText(d.knowledgeData());` +
      ` console.log(JSON.stringify({ read: prebuilt !== undefined, same: prebuilt === built, holds: built.includes(${JSON.stringify(` ${name} `)}) }));`,
  );
}

describe('knowledge snapshot', () => {
  it('is ASCII only, so reading it skips the UTF-8 decode, and keeps the non-ASCII text', () => {
    const raw = readFileSync(path.join(built, 'knowledge-snapshot.json'), 'latin1');
    expect(/[^\x00-\x7f]/.test(raw)).toBe(false);
    expect(JSON.stringify(JSON.parse(raw))).toMatch(/[^\x00-\x7f]/);
  });

  it('carries the text of every name srm knows, as built from the data, and is ignored once it was written with another snapshot', () => {
    expect(names('object lock')).toEqual({ read: true, same: true, holds: true });
    expect(names('self healing mode').holds).toBe(false);
    const file = path.join(copy, 'known-names.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `0${text}`);
    expect(names('object lock').read).toBe(false);
    writeFileSync(file, text);
  });

  it("records its modules' sizes and times, so the build it was made in recognises it without hashing them", () => {
    const out = inCopy<{ same: boolean; listed: boolean }>(
      `const d = await import(${JSON.stringify(path.join(built, 'data.js'))}); const { readFileSync } = await import('node:fs');` +
        ` const s = JSON.parse(readFileSync(d.snapshotUrl, 'latin1'));` +
        ` console.log(JSON.stringify({ same: s.stats === d.inputStats(), listed: s.stats.includes('duties/s3.js:') }));`,
    );
    expect(out).toEqual({ same: true, listed: true });
  });

  it('is used while its modules are unchanged and ignored once a duty file or the indexing code changes', () => {
    expect(snapshotUsed()).toBe(true);
    const file = path.join(copy, 'duties/s3.js');
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, '\n// edited without a rebuild\n');
    expect(snapshotUsed()).toBe(false);
    // the edit undone: the times differ from the recorded ones, and the modules' hash recognises the snapshot
    writeFileSync(file, text);
    expect(snapshotUsed()).toBe(true);
  });
});

describe("knowledge snapshot's duty prose", () => {
  it('reads every duty as the validated data has it, each prose field from its own line of the prose file', () => {
    const out = inCopy<{ used: boolean; same: boolean; before: number; after: number }>(
      `const d = await import(${JSON.stringify(path.join(copy, 'data.js'))});` +
        ` const loaded = d.knowledgeData().duties; const before = Object.keys(loaded[0]).length; const valid = await d.validateData();` +
        ` const sorted = (ds) => JSON.stringify(JSON.parse(JSON.stringify(ds)).map((x) => Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))));` +
        ` const same = sorted(loaded) === sorted(valid.duties);` +
        ` console.log(JSON.stringify({ used: d.prebuiltIndex() !== undefined, same, before, after: Object.keys(loaded[0]).length }));`,
    );
    expect(out.used).toBe(true);
    expect(out.same).toBe(true);
    // before any prose is read, a duty holds only the fields ranking needs; reading one puts the prose on the duty
    expect(out.after).toBeGreaterThan(out.before);
  });

  it('is not used with a prose file written for another snapshot', () => {
    const file = path.join(copy, 'knowledge-prose.jsonl');
    const text = readFileSync(file, 'latin1');
    // (another first character than the one written: the snapshot's hash may itself start with "0")
    writeFileSync(file, `${text.startsWith('0') ? '1' : '0'}${text.slice(1)}`, 'latin1');
    try {
      expect(snapshotUsed()).toBe(false);
    } finally {
      writeFileSync(file, text, 'latin1');
    }
    expect(snapshotUsed()).toBe(true);
  });
});
