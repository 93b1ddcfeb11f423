import type { ChecksPort } from '../../src/checks/check-runs.js';
import type { Runtime } from '../../src/queue/runtime.js';
import { createPoster, createPosterClient, type Poster } from '../../src/slack/poster.js';

/**
 * A ChecksPort that forwards to one set later: the test app starts first (it
 * owns the local Slack API), and the real port, which posts through the
 * runtime's poster, can only be made once that API's URL is known.
 */
export function lateChecksPort(): { port: ChecksPort; set(port: ChecksPort): void } {
  let target: ChecksPort | undefined;
  const get = (): ChecksPort => {
    if (!target) throw new Error('the checks port is not set yet');
    return target;
  };
  return {
    port: {
      catalogue: () => get().catalogue(),
      accounts: () => get().accounts(),
      start: (request) => get().start(request),
      waitForResults: (runId, options) => get().waitForResults(runId, options),
      digestList: async (request) => (await get().digestList?.(request)) ?? null,
    },
    set(port) {
      target = port;
    },
  };
}

/** The runtime's rate-limited poster, posting to the local Slack API at `url`. */
export function localPoster(runtime: Pick<Runtime, 'redis' | 'prefix' | 'logger'>, url: string): Poster {
  return createPoster({ client: createPosterClient('xoxb-test-token', url), redis: runtime.redis, prefix: runtime.prefix, logger: runtime.logger });
}
