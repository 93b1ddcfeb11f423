import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, type AppOptions, type BuiltApp } from '../../src/app.js';
import type { Deps } from '../../src/deps.js';
import { silentLogger } from '../../src/logger.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';

export const testSigningSecret = 'test-signing-secret-0123456789abcdef';

export interface RunningTestApp extends BuiltApp {
  /** "http://127.0.0.1:<port>" — POST signed requests to `${baseUrl}/slack/events`. */
  baseUrl: string;
  slack: SlackApiServer;
  stop(): Promise<void>;
}

/**
 * The real Bolt app over HTTP on a free port, its Web API calls going to a
 * local Slack API. Pass `deps` (logger defaults to silent) and app options.
 */
export async function startTestApp(deps: Partial<Deps> = {}, options: Partial<AppOptions> = {}): Promise<RunningTestApp> {
  const slack = await startSlackApi();
  const built = buildApp(
    { logger: silentLogger(), ...deps },
    { signingSecret: testSigningSecret, botToken: 'xoxb-test-token', slackApiUrl: slack.url, clientOptions: { retryConfig: { retries: 0 } }, ...options },
  );
  const server = (await built.app.start(0)) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    ...built,
    baseUrl: `http://127.0.0.1:${port}`,
    slack,
    async stop() {
      await built.app.stop();
      await slack.close();
    },
  };
}
