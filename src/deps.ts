import type { Logger } from './logger.js';

/**
 * What the Slack app needs from the rest of the process. `buildApp(deps)`
 * only wires listeners to these; `main.ts` supplies real implementations and
 * tests supply their own. Optional ports are absent when a part is not
 * running (a command that needs one says so instead of failing).
 * Each part adds its own port here, one property per part.
 */
export interface Deps {
  logger: Logger;
  /** Health of each running part (redis, workers …) for GET /healthz; absent = only the app itself. */
  health?: () => Promise<Record<string, { ok: boolean; detail?: string }>>;
  /** Queue depths, poll lag, failed posts and their retry (/srm status): createStatusPort(runtime, producer) in src/router/status.ts. */
  status?: import('./router/status.js').StatusPort;
  /** Check runs through the job queue (/srm check, /srm checks, Re-run): createChecksPort(runtime) in src/checks/check-runs.ts. */
  checks?: import('./checks/check-runs.js').ChecksPort;
  /** App Home (checklist coverage, open alerts): createHomePort(runtime) in src/checks/check-runs.ts. */
  home?: import('./checks/check-runs.js').HomePort;
  /** The alert lifecycle (acknowledge, assign, snooze, /srm alerts, /srm audit): createAlertsPort(runtime) in src/router/lifecycle.ts. */
  alerts?: import('./router/lifecycle.js').AlertsPort;
  /** `/srm who` answered in a worker thread (srm serve: startWhoThread in src/slack/who-thread.ts); absent, in-process. */
  who?: import('./slack/who-thread.js').WhoPort;
  /** Remediation requests, approvals and who may run what: createRemediationPort(runtime) in src/remediations/approval.ts. */
  remediation?: import('./remediations/approval.js').RemediationPort;
}
