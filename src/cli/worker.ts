import type { Command } from 'commander';
import { createLogger } from '../logger.js';
import { runWorker } from '../worker.js';
import type { RegisterCli } from './index.js';

export const registerWorker: RegisterCli = (program: Command) => {
  program
    .command('worker')
    .description('Run BullMQ workers only (no Slack app, no schedulers): add replicas against one Redis to scale out.')
    .action(async () => {
      await runWorker(process.env, createLogger());
    });
};
