import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The inputs of `srm replay` as an ordered list of units: standard input,
 * one file, or a path that could not be listed. The order is the order in
 * which `readRecords` (src/ingest/read.ts) reads them, so a parallel replay
 * can hand files to worker threads and still put their output in that order:
 * inputs in the order given; a directory's files recursively in name order,
 * `.csv`, `.md` and CloudTrail digest files left out; the errors met while
 * listing an input before that input's files (readRecords reports them while
 * it lists, before it reads).
 */
export type InputUnit = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'error'; path: string; err: Error };

const STDIN = '-';
// Kept identical to read.ts: manifests and READMEs beside data, and CloudTrail digest files.
const skippedInDirectories = /\.(csv|md)$|_CloudTrail-Digest_/i;

async function listOne(input: string, out: InputUnit[]): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    out.push({ kind: 'error', path: input, err: err as Error });
    return;
  }
  if (!info.isDirectory()) {
    out.push({ kind: 'file', path: input });
    return;
  }
  const errors: InputUnit[] = [];
  const files: InputUnit[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ kind: 'error', path: dir, err: err as Error });
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
          errors.push({ kind: 'error', path: full, err: err as Error });
          continue;
        }
      }
      if (isDir) await walk(full);
      else if (!skippedInDirectories.test(entry.name)) files.push({ kind: 'file', path: full });
    }
  };
  await walk(input);
  out.push(...errors, ...files);
}

export async function listInputs(inputs: readonly string[]): Promise<InputUnit[]> {
  const out: InputUnit[] = [];
  for (const input of inputs) {
    if (input === STDIN) out.push({ kind: 'stdin' });
    else await listOne(input, out);
  }
  return out;
}
