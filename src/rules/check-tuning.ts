import { ConfigError } from '../config.js';
import { errorMessage } from '../errors.js';
import type { Rule } from './define-rule.js';
import type { RuleTuning } from './duration.js';
import { createRuleEngine } from './engine.js';

/**
 * Throws a ConfigError naming the key on window/threshold overrides for a rule
 * that does not exist or keeps no window (what the engine would refuse), so a
 * config mistake stops `srm serve` / `srm worker` / `srm replay` at start
 * instead of failing evaluate-event jobs.
 */
export function checkRuleTuning(tuning: RuleTuning, source = 'config', rules?: readonly Rule[]): void {
  try {
    createRuleEngine({ tuning, ...(rules ? { rules } : {}) });
  } catch (err) {
    throw new ConfigError(`invalid config in ${source}:\n  ${errorMessage(err)}`);
  }
}
