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
}
