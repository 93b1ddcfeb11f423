import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { runDemo } from '../../src/cli/demo.js';
import { redisUrl } from '../router/harness.js';

describe('srm demo', () => {
  it('runs the real pipeline on the bundled samples, shows every post and accounts for every alert', async () => {
    let output = '';
    const env = { REDIS_URL: redisUrl, SRM_LOG_LEVEL: 'silent', PATH: process.env.PATH };
    const r = await runDemo({ env, out: (t) => (output += t) });
    expect(r.mode).toBe('local');
    expect(r.events).toBeGreaterThanOrEqual(30);
    const s = r.stats;
    expect(s.published).toBeGreaterThan(0);
    expect(s.posted + s.threaded + s.digested + s.failed).toBe(s.published);
    expect(s.failed).toBe(0);
    expect(s.digests).toBe(1);
    expect(s.digested).toBeGreaterThan(0);
    expect(s.threaded).toBeGreaterThan(0);
    expect(r.threadReplies).toBe(s.threaded);
    expect(r.violations).toEqual([]);
    // who answers first, then the posts, then the summary
    expect(output.indexOf('who patches the guest os on ec2?')).toBeLessThan(output.indexOf('Summary'));
    expect(output).toMatch(/-> CUSTOMER:/);
    expect(output).toContain('[SAMPLE]');
    expect(output).toContain('thread reply');
    expect(output).toMatch(/burst of \d+/);
    expect(output).toContain('every alert accounted for: yes');
    // the run cleaned up after itself
    const redis = new Redis(redisUrl);
    const left: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${r.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      left.push(...keys);
    } while (cursor !== '0');
    await redis.quit();
    expect(left).toEqual([]);
  });
});
