import type { Command } from 'commander';
import type { Deps } from '../deps.js';
import { errorMessage } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { startServer } from '../server.js';
import { pipelinePart } from '../main.js';
import type { RegisterCli } from './index.js';

/** Something `srm serve` runs; `start` resolves once it runs and gives back how to stop it. */
export interface Startable {
  name: string;
  start(deps: Deps): Promise<Stoppable>;
}

export interface Stoppable {
  stop(): Promise<void>;
}

/** The Slack app (HTTP or Socket Mode) with /healthz and /metrics. */
export function slackApp(env: NodeJS.ProcessEnv): Startable {
  return { name: 'slack', start: (deps) => startServer(deps, env) };
}

/**
 * What `srm serve` starts, in order. Workers and schedulers go BEFORE the Slack
 * app so it only takes requests once they run; stopping runs in reverse, so
 * Bolt stops first and the workers finish their jobs after it.
 */
export function serveParts(env: NodeJS.ProcessEnv): Startable[] {
  return [pipelinePart(env), slackApp(env)];
}

/** Starts `parts` in order; on failure stops what already started (in reverse) and rethrows. */
export async function startAll(parts: readonly Startable[], deps: Deps, logger: Logger): Promise<{ name: string; running: Stoppable }[]> {
  const started: { name: string; running: Stoppable }[] = [];
  for (const part of parts) {
    try {
      started.push({ name: part.name, running: await part.start(deps) });
      logger.info({ part: part.name }, 'started');
    } catch (err) {
      logger.error({ part: part.name, error: errorMessage(err) }, 'start failed');
      await stopAll(started, logger);
      throw err;
    }
  }
  return started;
}

/** Stops in reverse order of starting; one failure does not keep the rest running. */
export async function stopAll(started: readonly { name: string; running: Stoppable }[], logger: Logger): Promise<void> {
  for (const { name, running } of [...started].reverse()) {
    try {
      await running.stop();
      logger.info({ part: name }, 'stopped');
    } catch (err) {
      logger.error({ part: name, error: errorMessage(err) }, 'stop failed');
    }
  }
}

/** Runs until SIGTERM or SIGINT, then stops gracefully; a second signal exits at once. */
export async function serve(parts: readonly Startable[], deps: Deps): Promise<void> {
  const logger = deps.logger;
  const started = await startAll(parts, deps, logger);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (s: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.once('SIGTERM', () => process.exit(1));
      process.once('SIGINT', () => process.exit(1));
      resolve(s);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  logger.info({ signal }, 'stopping');
  await stopAll(started, logger);
  logger.info('stopped');
  exitSoon();
}

/**
 * Everything srm started is stopped; a library's leftover timer (a WebClient
 * retrying an unreachable API) must not keep the process alive. The timer is
 * unref'd, so a clean exit happens first and this only fires when something lingers.
 */
export function exitSoon(ms = 5_000): void {
  setTimeout(() => process.exit(process.exitCode ?? 0), ms).unref();
}

export const registerServe: RegisterCli = (program: Command) => {
  program
    .command('serve')
    .description('Run the Slack app (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN) with /healthz and /metrics, plus workers and schedulers.')
    .action(async () => {
      const logger = createLogger();
      const deps: Deps = { logger };
      await serve(serveParts(process.env), deps);
      // everything was stopped; a client still retrying (an unreachable Slack API) must not keep the process up
      setTimeout(() => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0), 5000).unref();
    });
};
