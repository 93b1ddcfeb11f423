/** Router tuning beyond the config's digest threshold and window. */
export interface RouterTuning {
  /** How long the first alert of a rule+actor takes repeats into its thread (default 3600 s). */
  threadWindowSeconds?: number;
  /** A digest is re-rendered at most once per this interval (default 2000 ms). */
  digestFlushMs?: number;
  /** How long a repeat waits for its thread parent to be posted before posting on its own (default 20 s). */
  threadParentWaitMs?: number;
}

export const routerDefaults: Required<RouterTuning> = {
  threadWindowSeconds: 3600,
  digestFlushMs: 2000,
  threadParentWaitMs: 20_000,
};

export function routerTuning(t: RouterTuning | undefined): Required<RouterTuning> {
  return { ...routerDefaults, ...(t ?? {}) };
}
