import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The one Prometheus registry of the process, served at GET /metrics.
 * Each module defines its own metrics on it (`registers: [registry]`), named `srm_*`.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'srm_process_' });
