import { listFiles } from './read.js';

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

async function listOne(input: string, out: InputUnit[]): Promise<void> {
  const errors: InputUnit[] = [];
  const files = await listFiles(input, (where, err) => errors.push({ kind: 'error', path: where, err }));
  out.push(...errors, ...files.map((file): InputUnit => ({ kind: 'file', path: file })));
}

export async function listInputs(inputs: readonly string[]): Promise<InputUnit[]> {
  const out: InputUnit[] = [];
  for (const input of inputs) {
    if (input === STDIN) out.push({ kind: 'stdin' });
    else await listOne(input, out);
  }
  return out;
}
