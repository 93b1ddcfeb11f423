#!/usr/bin/env node
import { main } from './cli.js';
import { errorMessage } from './errors.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`srm: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  },
);
