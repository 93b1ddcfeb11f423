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
    const r = srm('who', 'who', 'patches', 'the', 'database', 'engine', 'on', 'rds', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { owner: string; service: { id: string }; area: { id: string } };
    expect([a.owner, a.service.id, a.area.id]).toEqual(['shared', 'rds', 'database-engine-patching']);
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
