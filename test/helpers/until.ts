/** Polls `check` every `intervalMs` until it is true; throws after `timeoutMs` (not a timing assertion: it fails only if it never happens). */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
