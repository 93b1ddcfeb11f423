import { describe, expect, it } from 'vitest';
import { serveParts, startAll, stopAll, type Startable } from '../../src/cli/serve.js';
import { silentLogger } from '../../src/logger.js';

function part(name: string, log: string[], fail?: 'start' | 'stop'): Startable {
  return {
    name,
    async start() {
      if (fail === 'start') throw new Error(`${name} cannot start`);
      log.push(`start ${name}`);
      return {
        async stop() {
          log.push(`stop ${name}`);
          if (fail === 'stop') throw new Error(`${name} cannot stop`);
        },
      };
    },
  };
}

const deps = { logger: silentLogger() };

describe('srm serve parts', () => {
  it('starts in order and stops in reverse, so the Slack app (last) stops first', async () => {
    const log: string[] = [];
    const started = await startAll([part('workers', log), part('schedulers', log), part('slack', log)], deps, deps.logger);
    await stopAll(started, deps.logger);
    expect(log).toEqual(['start workers', 'start schedulers', 'start slack', 'stop slack', 'stop schedulers', 'stop workers']);
  });

  it('stops what already started when a later part fails to start', async () => {
    const log: string[] = [];
    await expect(startAll([part('workers', log), part('slack', log, 'start')], deps, deps.logger)).rejects.toThrow(/slack cannot start/);
    expect(log).toEqual(['start workers', 'stop workers']);
  });

  it('keeps stopping the rest when one part fails to stop', async () => {
    const log: string[] = [];
    const started = await startAll([part('a', log), part('b', log, 'stop')], deps, deps.logger);
    await stopAll(started, deps.logger);
    expect(log).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  it('puts the Slack app last', () => {
    const parts = serveParts({});
    expect(parts.at(-1)?.name).toBe('slack');
  });

  it('refuses to start the Slack app without its variables, naming them', async () => {
    const slack = serveParts({}).at(-1);
    await expect(slack?.start(deps)).rejects.toThrow(/SLACK_BOT_TOKEN is not set/);
  });
});
