import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { jobs } from '../jobs/index.js';
import { queueNames } from '../src/queue/define-job.js';
import { cliCommands } from '../src/cli/index.js';

/**
 * The catalogues grow one file at a time: a unit is its file, its test and one
 * line in its folder's index.ts. (rules/ and checks/ have their own, richer
 * catalogue tests in test/rules and test/checks.)
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const unitsIn = (dir: string) =>
  readdirSync(path.join(repo, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();

describe.each([
  { dir: 'commands', names: () => commands.map((c) => c.name) },
  { dir: 'jobs', names: () => jobs.map((j) => j.name) },
])('$dir/ catalogue', ({ dir, names }) => {
  it('lists every file exactly once, named by its file basename', () => {
    const listed = names();
    expect([...listed].sort()).toEqual(unitsIn(dir));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(unitsIn(dir))('%s has its test beside it in test/', (unit) => {
    expect(existsSync(path.join(repo, 'test', dir, `${unit}.test.ts`))).toBe(true);
  });
});

describe('jobs', () => {
  it.each(jobs.map((j) => [j.name, j] as const))('%s runs on a known queue and validates its payload', (_name, job) => {
    expect(queueNames).toContain(job.queue);
    expect(job.schema.safeParse(undefined).success).toBe(false);
  });
});

describe('commands', () => {
  it.each(commands.map((c) => [c.name, c] as const))('/srm %s has usage, a summary and examples for help', (name, c) => {
    expect(c.usage.startsWith(name)).toBe(true);
    expect(c.summary.length).toBeGreaterThan(10);
    expect(c.examples.length).toBeGreaterThan(0);
  });
});

describe('src/cli catalogue', () => {
  it('lists every srm subcommand file exactly once, lazily loaded by name', async () => {
    const names = cliCommands.map((c) => c.name);
    expect([...names].sort()).toEqual(unitsIn('src/cli'));
    const index = readFileSync(path.join(repo, 'src/cli/index.ts'), 'utf8');
    for (const name of names) expect(index).toContain(`import('./${name}.js')`);
    for (const c of cliCommands) expect(typeof (await c.load())).toBe('function');
  });
});
