import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answerWho } from '../../commands/who.js';
import { silentLogger } from '../../src/logger.js';
import { registry } from '../../src/metrics.js';
import { startWhoThread, type WhoThread } from '../../src/slack/who-thread.js';

// The thread runs the built module (npm test builds first), as srm serve does.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = pathToFileURL(path.join(root, 'dist/src/slack/who-worker.js'));
const questions = [
  'patches the database engine on rds',
  'is aws responsible for hypervisor security on ec2?',
  'owns encryption at rest for s3',
  'owns the flux capacitor on the frobnicator',
  'we turned off auto minor version upgrade on rds, who applies minor versions?',
];

const dir = mkdtempSync(path.join(tmpdir(), 'srm-who-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in thread module that says "ready", then runs `onMessage` for each message `m` ({ id, question }). */
function standIn(name: string, onMessage: string): URL {
  const file = path.join(dir, name);
  writeFileSync(file, `import { parentPort, threadId } from 'node:worker_threads';\nparentPort.on('message', (m) => { ${onMessage} });\nparentPort.postMessage('ready');\n`);
  return pathToFileURL(file);
}
/** A stand-in's answer: the question as the reply's text, and the thread that answered as the service. */
const echo = "parentPort.postMessage({ id: m.id, ok: true, json: JSON.stringify({ owner: 'aws', service: String(threadId), reply: { text: m.question } }) });";

/** Starts `count` threads of `url`, uses them, and stops them whatever happens. */
async function withThreads(url: URL, count: number, use: (thread: WhoThread) => Promise<void>): Promise<void> {
  const thread = (await startWhoThread(silentLogger(), url, count))!;
  try {
    await use(thread);
  } finally {
    await thread.stop();
  }
}

describe('the who thread', () => {
  it('answers as the command does in-process, reply for reply, however many are asked at once', async () => {
    await withThreads(built, 1, async (thread) => {
      expect(thread).toBeDefined();
      const asked = [...questions, ...questions];
      const answers = await Promise.all(asked.map((q) => thread.answer(q)));
      for (const [i, q] of asked.entries()) expect(answers[i]).toEqual(await answerWho(q));
      // each answer's time, waiting for the thread, in it and round trip, on /metrics
      const count = async (stage: string): Promise<number> => Number((await registry.metrics()).split('\n').find((l) => l.startsWith(`srm_who_answer_seconds_count{stage="${stage}"}`))?.split(' ')[1]);
      expect(await count('thread')).toBeGreaterThanOrEqual(asked.length);
      expect(await count('round_trip')).toBeGreaterThanOrEqual(asked.length);
      expect(await count('queue')).toBeGreaterThanOrEqual(asked.length);
      // (a wait is never negative, nor longer than the round trip it is part of)
      const sum = async (stage: string): Promise<number> => Number((await registry.metrics()).split('\n').find((l) => l.startsWith(`srm_who_answer_seconds_sum{stage="${stage}"}`))?.split(' ')[1]);
      expect(await sum('queue')).toBeGreaterThanOrEqual(0);
      expect(await sum('queue')).toBeLessThanOrEqual(await sum('round_trip'));
    });
  });

  it('warming up on the duties\' phrases while idle, still answers each question as in-process', async () => {
    const thread = (await startWhoThread(silentLogger(), built, 1, true))!;
    try {
      // asked one by one, so each lands between warm-up answers, and then all at once
      for (const q of questions) expect(await thread.answer(q)).toEqual(await answerWho(q));
      const answers = await Promise.all(questions.map((q) => thread.answer(q)));
      for (const [i, q] of questions.entries()) expect(answers[i]).toEqual(await answerWho(q));
    } finally {
      await thread.stop();
    }
  });

  it('reports the end of the warm-up once every thread has told it, on /metrics as srm_who_warmup_done', async () => {
    const gauge = async (): Promise<string | undefined> => (await registry.metrics()).split('\n').find((l) => l.startsWith('srm_who_warmup_done '));
    // a stand-in that tells the end of its warm-up when asked "warmed", and answers otherwise
    const url = standIn('warmer.mjs', `if (m.question === 'warmed') parentPort.postMessage({ warmed: 7 }); else { ${echo} }`);
    const thread = (await startWhoThread(silentLogger(), url, 2, true))!;
    try {
      expect(thread.warmedUp()).toBe(false);
      expect(await gauge()).toBe('srm_who_warmup_done 0');
      expect(await thread.answer('q1')).toMatchObject({ reply: { text: 'q1' } });
      // each thread tells it (a "warmed" question stays in flight, so the next goes to the other thread)
      thread.answer('warmed').catch(() => undefined);
      thread.answer('warmed').catch(() => undefined);
      await expect.poll(() => thread.warmedUp(), { timeout: 2000 }).toBe(true);
      expect(await gauge()).toBe('srm_who_warmup_done 1');
    } finally {
      await thread.stop();
    }
    // without warm-up there is nothing to wait for
    await withThreads(url, 1, async (plain) => expect(plain.warmedUp()).toBe(true));
  });

  it('with two threads, spreads the questions asked at once over both and answers each as in-process', async () => {
    // a stand-in that says which thread answered, a little later, so the spread is visible
    await withThreads(standIn('counter.mjs', `setTimeout(() => { ${echo} }, 20);`), 2, async (pool) => {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.answer(`q${i}`)));
      expect(answers.map((a) => a.reply.text)).toEqual(Array.from({ length: 10 }, (_, i) => `q${i}`));
      const perThread = new Map<string | null, number>();
      for (const a of answers) perThread.set(a.service, (perThread.get(a.service) ?? 0) + 1);
      expect([...perThread.values()]).toEqual([5, 5]);
    });
    await withThreads(built, 2, async (real) => {
      for (const q of questions) expect(await real.answer(q)).toEqual(await answerWho(q));
    });
  });

  it('sends the questions of a dead thread to the one left', async () => {
    // the first thread to get a question dies; the other answers
    await withThreads(standIn('dies-once.mjs', `if (m.question === 'die') process.exit(5); ${echo}`), 2, async (pool) => {
      await expect(pool.answer('die')).rejects.toThrow(/exited \(code 5\)/);
      const after = await Promise.all(['a', 'b', 'c'].map((q) => pool.answer(q)));
      expect(after.map((a) => a.reply.text)).toEqual(['a', 'b', 'c']);
    });
  });

  it('is not started when its module is not built (srm answers in-process)', async () => {
    expect(await startWhoThread(silentLogger(), pathToFileURL(path.join(dir, 'absent.js')))).toBeUndefined();
  });

  it('fails the questions a dying thread held, then answers in-process', async () => {
    await withThreads(standIn('dying.mjs', 'process.exit(3);'), 1, async (thread) => {
      await expect(thread.answer(questions[0]!)).rejects.toThrow(/exited \(code 3\)/);
      expect(await thread.answer(questions[1]!)).toEqual(await answerWho(questions[1]!));
    });
  });

  it('refuses to start a thread that exits before it is ready', async () => {
    const broken = path.join(dir, 'broken.mjs');
    writeFileSync(broken, 'process.exit(4);\n');
    await expect(startWhoThread(silentLogger(), pathToFileURL(broken))).rejects.toThrow(/exited \(code 4\) before it was ready/);
  });
});
