import { check, describeLedger, figuresOf, invariantChecks, settle, startBurst } from '../lib/scenario.js';
import type { Scenario } from '../lib/scenario.js';
import { secondsSince } from '../lib/wait.js';

/** The burst with no fault: the control row (the same invariant must hold, and the time it takes is the reference). */
export const baseline: Scenario = {
  name: 'baseline',
  weight: 25,
  summary: 'the burst through srm serve + one srm worker, no fault: the control row',
  async run(ctx) {
    const { b, world, serve, workers: [worker], t0 } = await startBurst(this.name, ctx);
    try {
      const { ledger, completeAt, settled } = await settle(world, b.ids);
      const seconds = completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : undefined;
      ctx.log(describeLedger(ledger));
      ctx.log(`complete after ${seconds ?? 'never'} s (${seconds ? Math.round(ctx.events / seconds) : '-'} events/s end to end); settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      ctx.log(`Slack: ${world.slack.okCallsTo('chat.postMessage').length} postMessage, ${world.slack.okCallsTo('chat.update').length} update, ${world.slack.rateLimited} answered 429 (per-channel pace)`);
      return { figures: figuresOf(ledger), checks: [check('srm serve and srm worker still run', serve.alive && worker!.alive), ...invariantChecks(ledger, world)] };
    } finally {
      await world.close();
    }
  },
};
