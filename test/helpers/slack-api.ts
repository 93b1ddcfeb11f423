/** Tests use the same local Slack Web API as `srm demo` and the benchmarks. */
export { startSlackApi, type SlackApiServer, type SlackCall, type SlackFailure, type StoredMessage } from '../../src/slack/local-api.js';
export { validateBlocks, validateMessage, validateView } from '../../src/slack/block-limits.js';

import { afterAll, beforeAll } from 'vitest';
import type { Redis } from 'ioredis';
import { silentLogger } from '../../src/logger.js';
import { startSlackApi as start, type SlackApiServer as Server } from '../../src/slack/local-api.js';
import { createPoster, createPosterClient, type Poster } from '../../src/slack/poster.js';

/** A local Slack Web API for the test file and srm's poster pointed at it, started before the tests and closed after. */
export function useLocalSlackPoster(redis: Redis, prefix: string): { readonly slack: Server; readonly poster: Poster } {
  let slack: Server | undefined;
  let poster: Poster | undefined;
  beforeAll(async () => {
    slack = await start();
    poster = createPoster({ client: createPosterClient('xoxb-test', slack.url), redis, prefix, logger: silentLogger(), channelIntervalMs: 1 });
  });
  afterAll(async () => {
    await slack?.close();
  });
  return {
    get slack(): Server {
      if (!slack) throw new Error('the local Slack API starts in beforeAll');
      return slack;
    },
    get poster(): Poster {
      if (!poster) throw new Error('the poster is made in beforeAll');
      return poster;
    },
  };
}
