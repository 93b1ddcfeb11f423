import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI (`npm test` builds first). */
export const bin = path.join(repo, 'dist/src/bin.js');

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `srm` binary with `args`, stdin, and extra environment (no config file, no logs unless asked). */
export function runBin(args: string[], stdin?: Buffer, env: Record<string, string> = {}): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repo, env: { ...process.env, SRM_LOG_LEVEL: 'silent', SRM_CONFIG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
