import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { createPosterClient } from '../../src/slack/poster.js';
import { startPipeline, type RunningPipeline } from '../../src/worker.js';
import { startPrivateRedis, type PrivateRedis } from '../helpers/redis.js';
import { makeAlert } from '../router/harness.js';
import { until } from '../helpers/until.js';

let redis: PrivateRedis | undefined;
let slack: SlackApiServer | undefined;
let pipeline: RunningPipeline | undefined;

afterEach(async () => {
  await pipeline?.stop();
  await slack?.close();
  await redis?.stop();
  pipeline = undefined;
  slack = undefined;
  redis = undefined;
});

describe('pipeline across a Redis restart', () => {
  it('reconnects, reports Redis down meanwhile, and posts alerts published after the restart', async () => {
    redis = await startPrivateRedis();
    slack = await startSlackApi();
    pipeline = await startPipeline({
      env: {},
      logger: silentLogger(),
      schedulers: false,
      redisUrl: redis.url,
      prefix: 'srm-test-restart',
      config: parseConfig({ defaultChannel: 'C0RESTART1' }, {}, 'test'),
      slackClient: createPosterClient('xoxb-test', slack.url),
      channelIntervalMs: 20,
    });
    const first = makeAlert();
    await pipeline.runtime.alerts!.publish(first);
    await until(() => slack!.okCallsTo('chat.postMessage').length === 1);

    await redis.kill();
    await until(async () => (await pipeline!.health()).redis?.ok === false);
    await redis.restart();
    await until(async () => {
      const h = await pipeline!.health();
      return h.redis?.ok === true && h.workers?.ok === true;
    });
    const second = makeAlert();
    // the producer fails fast while it reconnects: publish once it is back
    await until(async () => pipeline!.runtime.alerts!.publish(second).then(() => true, () => false));
    await until(() => slack!.okCallsTo('chat.postMessage').length === 2, 30_000);
    expect(JSON.stringify(slack.okCallsTo('chat.postMessage')[1]!.body.blocks)).toContain(second.eventId);
  });
});
