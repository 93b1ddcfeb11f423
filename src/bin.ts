#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ (the Docker image's Node 24): keep the compiled bytecode of srm's modules between runs, so a
// CLI command such as `srm who` starts without compiling them again. Absent on Node 20 (a no-op there);
// when the cache directory cannot be written Node carries on without it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Imported after the cache is on (static imports would be compiled before it).
const [{ main }, { errorMessage }] = await Promise.all([import('./cli.js'), import('./errors.js')]);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`srm: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  },
);
