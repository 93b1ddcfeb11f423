import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/src/bin.js');

function srm(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SRM_LOG_LEVEL: 'silent' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 300_000);

describe('srm who (built binary)', () => {
  it('answers a known question as one JSON object and exits 0', () => {
    const r = srm('who', 'who patches the guest os on ec2?', '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(a.owner).toBe('customer');
    expect(a.service).toMatchObject({ id: 'ec2', model: 'infrastructure' });
    expect(a.area).toMatchObject({ id: 'guest-os-patching' });
    for (const key of ['summary', 'customerActions', 'checks', 'rules', 'sources']) expect(a).toHaveProperty(key);
    expect((a.sources as { url: string }[])[0]?.url).toMatch(/^https:\/\//);
    expect(r.stderr).toBe('');
  });

  it('takes the question as several unquoted words', () => {
    const r = srm('who', 'who', 'installs', 'the', 'database', 'software', 'on', 'rds', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { owner: string; service: { id: string }; area: { id: string }; duty: { id: string } };
    expect([a.owner, a.service.id, a.area.id, a.duty.id]).toEqual(['aws', 'rds', 'database-engine-patching', 'rds-database-software-install']);
  });

  it('names the duty, and every setting that flips its owner with the one the question states', () => {
    const stated = JSON.parse(srm('who', 'we turned off auto minor version upgrade on rds, who applies minor versions?', '--json').stdout) as {
      owner: string;
      duty: { id: string; name: string };
      conditions: { when: string; owner: string; default: boolean; stated: boolean }[];
    };
    expect(stated.owner).toBe('customer');
    expect(stated.duty.id).toBe('rds-minor-version-upgrades');
    expect(stated.conditions.map((c) => [c.owner, c.default, c.stated])).toEqual([
      ['aws', true, false],
      ['customer', false, true],
    ]);
    // Unstated: the owner under AWS's default setting, with every setting listed.
    const unstated = JSON.parse(srm('who', 'who applies minor version upgrades on rds', '--json').stdout) as typeof stated;
    expect(unstated.owner).toBe('aws');
    expect(unstated.conditions.map((c) => c.stated)).toEqual([false, false]);
  });

  it('explains the answer with --explain: the service and duty found, the words that chose them, the runner-up', () => {
    const json = JSON.parse(srm('who', 'who performs multi-az failover for rds', '--json', '--explain').stdout) as {
      owner: string;
      explain: { service: { id: string; words: string[] }; choice: { kind: string; id: string; words: string[] }; runnerUp: { owner: string } | null };
    };
    expect(json.owner).toBe('aws');
    expect(json.explain.service).toEqual({ id: 'rds', words: ['rds'] });
    expect(json.explain.choice).toMatchObject({ kind: 'duty', id: 'rds-multi-az-failover' });
    expect(json.explain.choice.words).toEqual(expect.arrayContaining(['failover']));
    expect(json.explain.runnerUp?.owner).not.toBe('aws');
    // Without --explain the JSON carries no explanation (the contract's fields only).
    expect(JSON.parse(srm('who', 'who performs multi-az failover for rds', '--json').stdout)).not.toHaveProperty('explain');
    const text = srm('who', 'who performs multi-az failover for rds', '--explain').stdout;
    expect(text).toMatch(/^Explain:/m);
    expect(text).toMatch(/Duty: Failover to the standby/);
    expect(text).toMatch(/Runner-up: /);
  });

  it('answers the same from the build snapshot as from the validated data', () => {
    const questions = ['who installs the database software on rds', 'who patches eks worker nodes', 'is security on aws our job or aws', 'who patches zorblax'];
    for (const q of questions) {
      const fast = spawnSync(process.execPath, [bin, 'who', q, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, SRM_LOG_LEVEL: 'silent' } });
      const slow = spawnSync(process.execPath, [bin, 'who', q, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, SRM_LOG_LEVEL: 'silent', SRM_KNOWLEDGE_SNAPSHOT: 'off' } });
      expect(fast.stdout, q).toBe(slow.stdout);
      expect(fast.status, q).toBe(slow.status);
    }
    expect(existsSync(path.join(root, 'dist/src/knowledge/knowledge-snapshot.json'))).toBe(true);
  });

  it('answers an area-only question with service null', () => {
    const r = srm('who', 'who maintains the physical security of data centers', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { owner: string; service: unknown };
    expect(a.owner).toBe('aws');
    expect(a.service).toBeNull();
  });

  it('refuses an unknown service with suggestions and exits 2', () => {
    const r = srm('who', 'who patches zorblax', '--json');
    expect(r.code).toBe(2);
    const a = JSON.parse(r.stdout) as { owner: string; suggestions: string[] };
    expect(a.owner).toBe('unknown');
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('exits 2 when the owner depends on the service', () => {
    const r = srm('who', 'who owns encryption?', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ owner: 'unknown', byModel: { infrastructure: { owner: 'customer' } } });
  });

  it('prints a readable answer without --json', () => {
    const r = srm('who', 'who patches the lambda runtime');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Owner: AWS/);
    expect(r.stdout).toContain('Sources:');
    expect(r.stdout).toContain('https://docs.aws.amazon.com/lambda/');
  });

  it('is a usage error (exit 3) without a question', () => {
    const r = srm('who', '--json');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/question/);
  });
});
