import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliCommands } from '../src/cli/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/src/bin.js');
const srm = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SRM_LOG_LEVEL: 'silent' } });

beforeAll(() => {
  if (!existsSync(bin)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

describe('the srm program', () => {
  it('prints its version and exits 0', () => {
    const r = srm('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('lists every subcommand in its help', () => {
    const r = srm('--help');
    expect(r.status).toBe(0);
    for (const c of cliCommands) expect(r.stdout).toMatch(new RegExp(`^  ${c.name}\\b`, 'm'));
  });

  it('exits 3 with the reason on stderr for an unknown subcommand', () => {
    const r = srm('frobnicate');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stdout).toBe('');
  });
});
