import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { bundledSamples, runDemo } from '../../src/cli/demo.js';
import { startSlackApi } from '../../src/slack/local-api.js';
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

  it('posts to Slack itself when SLACK_BOT_TOKEN and SRM_CHANNEL are set', async () => {
    const slack = await startSlackApi();
    try {
      let output = '';
      const env = { REDIS_URL: redisUrl, SRM_LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: 'xoxb-real-looking', SRM_CHANNEL: '#security-alerts', SLACK_API_URL: slack.url };
      // a few findings only: real Slack is paced at one post per second per channel
      const r = await runDemo({ env, out: (t) => (output += t), skipWho: true, samples: [`${bundledSamples()}/guardduty`] });
      expect(r.mode).toBe('slack');
      expect(r.events).toBe(2);
      expect(output).toContain('Posting to Slack channel #security-alerts');
      const posts = slack.okCallsTo('chat.postMessage');
      expect(posts.length).toBe(r.stats.posted + r.stats.threaded + r.stats.digests);
      expect(posts.every((c) => c.body.channel === '#security-alerts')).toBe(true);
      expect(String(posts[0]!.headers.authorization)).toBe('Bearer xoxb-real-looking');
      expect(output).not.toContain('who patches');
    } finally {
      await slack.close();
    }
  });
});
