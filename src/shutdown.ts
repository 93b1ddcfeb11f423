/**
 * Resolves at the first SIGTERM or SIGINT. From then on a second signal exits
 * at once (jobs still running are retried as stalled), so a stuck graceful
 * stop can always be cut short.
 */
export function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise<NodeJS.Signals>((resolve) => {
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
}

/**
 * Everything srm started is stopped; a library's leftover timer (a WebClient
 * retrying an unreachable API) must not keep the process alive. The timer is
 * unref'd, so a clean exit happens first and this only fires when something lingers.
 */
export function exitSoon(ms = 5_000): void {
  setTimeout(() => process.exit(process.exitCode ?? 0), ms).unref();
}
