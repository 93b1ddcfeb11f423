import { App, HTTPReceiver, type CustomRoute } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { commands as registeredCommands } from '../commands/index.js';
import type { Deps } from './deps.js';
import { errorMessage } from './errors.js';
import { boltLogger } from './slack/bolt-logger.js';
import type { SlashCommand } from './slack/define-command.js';
import { listeners } from './slack/listeners/index.js';

export interface AppOptions {
  signingSecret: string;
  botToken: string;
  /** With an app-level token (xapp-…) the app uses Socket Mode instead of HTTP. */
  appToken?: string;
  /** Web API base URL in the WebClient's own form, ending in /api/ (SLACK_API_URL). */
  slackApiUrl?: string;
  /** Extra HTTP routes served beside POST /slack/events (HTTP mode). */
  customRoutes?: CustomRoute[];
  /** The `/srm` subcommands; commands/index.ts by default. */
  commands?: readonly SlashCommand[];
  /** Extra WebClient options (tests shorten retries). */
  clientOptions?: Omit<WebClientOptions, 'slackApiUrl' | 'logger'>;
}

export interface BuiltApp {
  app: App;
  /** The HTTP receiver; absent in Socket Mode. */
  receiver?: HTTPReceiver;
}

/** Wires the Bolt app to `deps`; never starts it (the caller calls `app.start`). */
export function buildApp(deps: Deps, options: AppOptions): BuiltApp {
  const logger = boltLogger(deps.logger);
  const clientOptions: WebClientOptions = {
    // answers are interactive: retry for minutes, not the WebClient's default half hour
    // (the same as @slack/web-api's retryPolicies.fiveRetriesInFiveMinutes, which ESM cannot import by name)
    retryConfig: { retries: 5, factor: 3.86 },
    ...options.clientOptions,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
  };
  let app: App;
  let receiver: HTTPReceiver | undefined;
  if (options.appToken) {
    app = new App({
      token: options.botToken,
      appToken: options.appToken,
      socketMode: true,
      logger,
      clientOptions,
      convoStore: false,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: ['/slack/events'],
      processBeforeResponse: false,
      customRoutes: options.customRoutes ?? [],
      logger,
      // Bolt's default 3 s wait for an ack; keep it, Slack gives up after 3 s anyway
      unhandledRequestTimeoutMillis: 3001,
    });
    // No conversation store: srm keeps no per-conversation state in Bolt (it would cost a lookup on every request).
    app = new App({ token: options.botToken, receiver, logger, clientOptions, convoStore: false });
  }
  const ctx = { commands: options.commands ?? registeredCommands };
  for (const register of listeners) register(app, deps, ctx);
  app.error(async (err) => {
    deps.logger.error({ err, code: (err as { code?: string }).code, error: errorMessage(err) }, 'slack listener failed');
  });
  return receiver ? { app, receiver } : { app };
}
