import type { Deps } from './deps.js';
import { createChecksPort } from './checks/check-runs.js';
import { startPipeline, type PipelineOptions } from './worker.js';
import type { Startable } from './cli/serve.js';

/**
 * The pipeline part of `srm serve`: workers and schedulers on Redis. Started
 * before the Slack app, it fills the app's ports (health, status, checks) so
 * the app answers only once they run; stopped after it (reverse order).
 */
export function pipelinePart(env: NodeJS.ProcessEnv, options: Partial<Omit<PipelineOptions, 'env' | 'logger'>> = {}): Startable {
  return {
    name: 'workers',
    async start(deps: Deps) {
      const pipeline = await startPipeline({ env, logger: deps.logger, schedulers: true, ...options });
      deps.health = () => pipeline.health();
      deps.status = pipeline.status;
      deps.checks ??= createChecksPort(pipeline.runtime);
      return {
        async stop() {
          delete deps.health;
          delete deps.status;
          await pipeline.stop();
        },
      };
    },
  };
}
