import { writeFileSync } from 'node:fs';
import { freePort } from '../../../src/redis-local.js';
import { runSrm } from '../lib/srm-process.js';
import { check, type Check, type Scenario } from '../lib/scenario.js';
import { World } from '../lib/world.js';

interface BadConfig {
  name: string;
  /** The file's text (undefined: SRM_CONFIG names a file that does not exist). */
  text?: string;
  env?: Record<string, string>;
  /** What the error must say (the key, or what is wrong). */
  says: RegExp;
  /** What it must not echo. */
  secret?: string;
}

const token = 'xoxb-1111111111-2222222222222-leakedtokenvalue';

/** "Billion laughs": each level refers nine times to the one before (9^levels strings once expanded). */
function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const cases: BadConfig[] = [
  { name: 'not YAML', text: 'accounts: [\n  - id: "123456789012"\n', says: /not valid YAML/ },
  { name: 'misspelt key', text: 'acounts:\n  - id: "123456789012"\n', says: /unknown key "acounts"/ },
  { name: 'wrong type', text: 'poll:\n  seconds: fast\n', says: /poll\.seconds/ },
  { name: 'bad account id', text: 'accounts:\n  - id: "12345"\n', says: /accounts\[0\]\.id/ },
  { name: 'bad route channel', text: 'routes:\n  - match: { severity: high }\n    channel: general\n', says: /routes\[0\]\.channel/ },
  { name: 'digest threshold 0', text: 'digest: { threshold: 0 }\n', says: /digest\.threshold/ },
  { name: 'remediation grant to anyone', text: 'remediation:\n  allowedUsers: [everyone]\n', says: /remediation\.allowedUsers\[0\]/ },
  { name: 'a token pasted under a wrong key', text: `slackToken: ${token}\n`, says: /unknown key "slackToken"/, secret: token },
  { name: 'a token pasted as a channel', text: `defaultChannel: ${token}\n`, says: /defaultChannel/, secret: 'leakedtokenvalue' },
  { name: 'YAML alias bomb', text: aliasBomb(9), says: /alias|YAML/i },
  { name: 'prototype pollution', text: '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n', says: /unknown key/ },
  { name: "one megabyte of keys", text: Array.from({ length: 40_000 }, (_, i) => `key${i}: ${"v".repeat(16)}`).join("\n") + "\n", says: /characters long/ },
  { name: 'config file missing', says: /cannot read config file/ },
  { name: 'SRM_POLL_SECONDS not a number', text: '{}\n', env: { SRM_POLL_SECONDS: '1; rm -rf /' }, says: /SRM_POLL_SECONDS/ },
  { name: 'SRM_QUEUE_PREFIX with a colon', text: '{}\n', env: { SRM_QUEUE_PREFIX: 'srm:evil' }, says: /SRM_QUEUE_PREFIX/ },
  { name: 'REDIS_CLUSTER_NODES malformed', text: '{}\n', env: { REDIS_CLUSTER_NODES: 'redis://admin:hunter2@:x' }, says: /REDIS_CLUSTER_NODES/, secret: 'hunter2' },
];

/**
 * Malformed and hostile config files and settings given to `srm serve` and
 * `srm worker`: each must exit 3 at once with one clear error naming the key,
 * echo no secret, and start nothing (no Redis connection, no HTTP listener).
 */
export const hostileConfig: Scenario = {
  name: 'hostile-config',
  summary: `${cases.length} malformed and hostile configs x serve/worker (CI: serve or worker in turn): exit 3, the key named, nothing started, no secret echoed`,
  weight: 35,
  async run(ctx) {
    const world = await World.create(this.name, { redis: { aof: false }, config: {} });
    const checks: Check[] = [];
    const redis = world.redis!;
    try {
      const connections = async () => Number(/total_connections_received:(\d+)/.exec(await redis.cli('INFO', 'stats'))?.[1] ?? 0);
      // Each case against srm serve and srm worker; in the CI profile against one of them, in turn (both roles still see half the cases).
      const roles = (i: number) => (ctx.profile === 'ci' ? [i % 2 === 0 ? 'serve' : 'worker'] : ['serve', 'worker']);
      const runs = cases.flatMap((c, i) => roles(i).map((role) => ({ c, role, file: `${world.dir}/bad-${i}.yaml` })));
      for (const { c, file } of runs) if (c.text !== undefined) writeFileSync(file, c.text);
      const before = await connections();
      // Four at a time: each is a node process that must give up before it starts anything.
      const results: Check[] = new Array(runs.length);
      let next = 0;
      await Promise.all(Array.from({ length: 4 }, async () => {
        for (let i = next++; i < runs.length; i = next++) {
          const { c, role, file } = runs[i]!;
          const env: Record<string, string> = { ...world.env(), SRM_CONFIG: c.text !== undefined ? file : `${world.dir}/missing.yaml`, PORT: String(await freePort()), ...(c.env ?? {}) };
          if (c.env?.REDIS_CLUSTER_NODES) delete env.REDIS_URL;
          const r = await runSrm([role], env, 60_000);
          const started = /"msg":"(started|srm worker running|workers started)"/.test(r.stderr);
          const ok = r.code === 3 && c.says.test(r.stderr) && !started && !r.timedOut && (!c.secret || !r.stderr.includes(c.secret));
          const said = r.stderr.split('\n').find((l) => c.says.test(l)) ?? r.stderr.split('\n').find((l) => l.startsWith('srm:')) ?? r.stderr.slice(0, 160);
          results[i] = check(`${c.name} (srm ${role}): exit 3, names ${c.says.source.replace(/\\/g, '')}, nothing started${c.secret ? ', secret not echoed' : ''}`, ok, `exit ${r.code}${r.timedOut ? ' (still running after 60 s)' : ''}: ${said.trim().replace(/\s+/g, ' ').slice(0, 140)}`);
        }
      }));
      const made = (await connections()) - before - 1; // minus the second INFO's own connection
      checks.push(...results, check('no run connected to Redis', made === 0, `${made} connections`));
      ctx.log(`${runs.length} runs: ${results.filter((x) => x.ok).length} exited 3 naming the key with nothing started; Redis connections made: ${made}`);
      return { checks };
    } finally {
      await world.close();
    }
  },
};
