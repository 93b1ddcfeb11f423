import type { Deps } from './deps.js';
import { createChecksPort, createHomePort } from './checks/check-runs.js';
import { createRemediationPort } from './remediations/approval.js';
import { createAlertsPort } from './router/lifecycle.js';
import { startAdminServer } from './admin.js';
import { queueNames } from './queue/define-job.js';
import { startPipeline, type PipelineOptions } from './worker.js';
import type { Startable } from './cli/serve.js';

/**
 * The pipeline part of `srm serve`: workers and schedulers on Redis. Started
 * before the Slack app, it fills the app's ports (health, status, checks, home, alerts, remediation) so
 * the app answers only once they run; stopped after it (reverse order).
 * With SRM_ADMIN_USER and SRM_ADMIN_PASSWORD set, the bull-board UI listens
 * on SRM_ADMIN_PORT (default 3001) under /admin/queues, behind Basic auth.
 */
export function pipelinePart(env: NodeJS.ProcessEnv, options: Partial<Omit<PipelineOptions, 'env' | 'logger'>> = {}): Startable {
  return {
    name: 'workers',
    async start(deps: Deps) {
      const pipeline = await startPipeline({ env, logger: deps.logger, schedulers: true, ...options });
      deps.health = () => pipeline.health();
      deps.status = pipeline.status;
      const ownChecks = !deps.checks;
      const ownHome = !deps.home;
      if (ownChecks) deps.checks = createChecksPort(pipeline.runtime);
      if (ownHome) deps.home = createHomePort(pipeline.runtime);
      deps.alerts = createAlertsPort(pipeline.runtime);
      deps.remediation = createRemediationPort(pipeline.runtime);
      const admin = await startAdminServer(
        queueNames.map((q) => pipeline.producer.queue(q)),
        env,
        deps.logger,
      ).catch(async (err: unknown) => {
        await pipeline.stop();
        throw err;
      });
      return {
        async stop() {
          await admin?.stop();
          delete deps.health;
          delete deps.status;
          if (ownChecks) delete deps.checks;
          if (ownHome) delete deps.home;
          delete deps.alerts;
          delete deps.remediation;
          await pipeline.stop();
        },
      };
    },
  };
}
