import type { Command } from 'commander';
import type { Deps } from '../deps.js';
import { errorMessage } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { startServer } from '../server.js';
import { exitSoon, waitForStopSignal } from '../shutdown.js';
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
  // Listen from the start: a signal that comes while the parts start (the who thread loading its knowledge
  // base, a queue lease being taken) stops them gracefully once started, instead of killing the process.
  const stopSignal = waitForStopSignal();
  const started = await startAll(parts, deps, logger);
  const signal = await stopSignal;
  logger.info({ signal }, 'stopping');
  await stopAll(started, logger);
  logger.info('stopped');
  exitSoon();
}

export const registerServe: RegisterCli = (program: Command) => {
  program
    .command('serve')
    .description('Run the Slack app (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN) with /healthz and /metrics, plus workers and schedulers.')
    .action(async () => {
      const logger = createLogger();
      const deps: Deps = { logger };
      await serve(serveParts(process.env), deps);
    });
};
