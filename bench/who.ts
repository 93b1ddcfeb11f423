import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { answerQuestion } from '../src/knowledge/answer.js';
import { dutyPhrasings } from '../test/knowledge/duties/index.js';
import { phrasings, unknownServiceQuestions } from '../test/knowledge/phrasings.js';
import type { Benchmark } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../src/bin.js');
const answerModule = path.resolve(here, '../src/knowledge/answer.js');
const matcherModule = path.resolve(here, '../src/knowledge/matcher.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function spawnMs(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, SRM_LOG_LEVEL: 'silent', ...env } });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 2) throw new Error(`spawn failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** `srm who` answers per second in process (warm), and the cold start of the module and of the CLI. */
export const whoBench: Benchmark = {
  name: 'who',
  async run() {
    const questions = [...phrasings.map((p) => p.q), ...dutyPhrasings.map((p) => p.q), ...unknownServiceQuestions];
    for (let i = 0; i < 3; i++) for (const q of questions) answerQuestion(q);

    const perAnswer: number[] = [];
    let answered = 0;
    const start = performance.now();
    while (performance.now() - start < 2000) {
      for (const q of questions) {
        const t = performance.now();
        answerQuestion(q);
        perAnswer.push(performance.now() - t);
        answered++;
      }
    }
    const elapsed = performance.now() - start;
    perAnswer.sort((a, b) => a - b);
    const p99 = perAnswer[Math.floor(perAnswer.length * 0.99)] ?? 0;
    process.stdout.write(`in-process (warm): ${answered} answers over ${questions.length} phrasings in ${elapsed.toFixed(0)} ms = ${Math.round((answered / elapsed) * 1000)} answers/s, median ${(median(perAnswer) * 1000).toFixed(1)} µs, p99 ${(p99 * 1000).toFixed(1)} µs\n`);

    const loadMs = (file: string): number => {
      const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
      return Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout);
    };
    const load = [0, 1, 2, 3, 4].map(() => loadMs(answerModule));
    const data = [0, 1, 2, 3, 4].map(() => loadMs(matcherModule));
    process.stdout.write(`module load in a fresh node: matcher median ${median(data).toFixed(0)} ms; answer.js median ${median(load).toFixed(0)} ms (5 runs each; with the build's knowledge snapshot)\n`);

    const cold: number[] = [];
    for (let i = 0; i < 10; i++) cold.push(spawnMs([bin, 'who', questions[i % questions.length] ?? 'who patches ec2', '--json']));
    const noSnapshot: number[] = [];
    for (let i = 0; i < 5; i++) noSnapshot.push(spawnMs([bin, 'who', questions[i] ?? 'who patches ec2', '--json'], { SRM_KNOWLEDGE_SNAPSHOT: 'off' }));
    const version: number[] = [];
    for (let i = 0; i < 5; i++) version.push(spawnMs([bin, '--version']));
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) bare.push(spawnMs(['-e', '0']));
    process.stdout.write(
      `CLI cold start \`srm who … --json\`: median ${median(cold).toFixed(0)} ms over ${cold.length} runs; without the knowledge snapshot (validate + index at start) ${median(noSnapshot).toFixed(0)} ms; \`srm --version\` ${median(version).toFixed(0)} ms; bare \`node -e 0\` ${median(bare).toFixed(0)} ms\n`,
    );
  },
};
