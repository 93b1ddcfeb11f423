import { benchmarks } from './index.js';

/** `npm run bench [name…]`: runs every benchmark, or the named ones. */
async function main(): Promise<void> {
  // Names, without options and their values (`pipeline --workers 2`: the benchmark reads its own options).
  const args = process.argv.slice(2);
  const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const selected = wanted.length ? benchmarks.filter((b) => wanted.includes(b.name)) : benchmarks;
  if (wanted.length && selected.length !== wanted.length) {
    const known = benchmarks.map((b) => b.name).join(', ');
    process.stderr.write(`unknown benchmark; known: ${known}\n`);
    process.exitCode = 3;
    return;
  }
  for (const b of selected) {
    process.stdout.write(`\n## ${b.name}\n`);
    await b.run();
  }
}

await main();
