import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answerWho } from '../../commands/who.js';
import { silentLogger } from '../../src/logger.js';
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

describe('the who thread', () => {
  it('answers as the command does in-process, reply for reply, however many are asked at once', async () => {
    const thread = (await startWhoThread(silentLogger(), built))!;
    try {
      expect(thread).toBeDefined();
      const asked = [...questions, ...questions];
      const answers = await Promise.all(asked.map((q) => thread.answer(q)));
      for (const [i, q] of asked.entries()) expect(answers[i]).toEqual(await answerWho(q));
    } finally {
      await thread.stop();
    }
  });

  it('with two threads, spreads the questions asked at once over both and answers each as in-process', async () => {
    const counter = path.join(dir, 'counter.mjs');
    // a stand-in thread that says which thread answered, so the spread is visible
    writeFileSync(
      counter,
      "import { parentPort, threadId } from 'node:worker_threads';\nparentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, answer: { owner: 'aws', service: String(threadId), reply: { text: m.question } } }), 20));\nparentPort.postMessage('ready');\n",
    );
    const pool = (await startWhoThread(silentLogger(), pathToFileURL(counter), 2))!;
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.answer(`q${i}`)));
      expect(answers.map((a) => a.reply.text)).toEqual(Array.from({ length: 10 }, (_, i) => `q${i}`));
      const perThread = new Map<string | null, number>();
      for (const a of answers) perThread.set(a.service, (perThread.get(a.service) ?? 0) + 1);
      expect([...perThread.values()]).toEqual([5, 5]);
    } finally {
      await pool.stop();
    }
    const real = (await startWhoThread(silentLogger(), built, 2))!;
    try {
      for (const q of questions) expect(await real.answer(q)).toEqual(await answerWho(q));
    } finally {
      await real.stop();
    }
  });

  it('sends the questions of a dead thread to the one left', async () => {
    const once = path.join(dir, 'dies-once.mjs');
    // the first thread to get a question dies; the other answers
    writeFileSync(
      once,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.question === 'die') process.exit(5); parentPort.postMessage({ id: m.id, ok: true, answer: { owner: 'aws', service: null, reply: { text: m.question } } }); });\nparentPort.postMessage('ready');\n",
    );
    const pool = (await startWhoThread(silentLogger(), pathToFileURL(once), 2))!;
    try {
      await expect(pool.answer('die')).rejects.toThrow(/exited \(code 5\)/);
      const after = await Promise.all(['a', 'b', 'c'].map((q) => pool.answer(q)));
      expect(after.map((a) => a.reply.text)).toEqual(['a', 'b', 'c']);
    } finally {
      await pool.stop();
    }
  });

  it('is not started when its module is not built (srm answers in-process)', async () => {
    expect(await startWhoThread(silentLogger(), pathToFileURL(path.join(dir, 'absent.js')))).toBeUndefined();
  });

  it('fails the questions a dying thread held, then answers in-process', async () => {
    const dying = path.join(dir, 'dying.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage('ready');\n");
    const thread: WhoThread = (await startWhoThread(silentLogger(), pathToFileURL(dying)))!;
    try {
      await expect(thread.answer(questions[0]!)).rejects.toThrow(/exited \(code 3\)/);
      expect(await thread.answer(questions[1]!)).toEqual(await answerWho(questions[1]!));
    } finally {
      await thread.stop();
    }
  });

  it('refuses to start a thread that exits before it is ready', async () => {
    const broken = path.join(dir, 'broken.mjs');
    writeFileSync(broken, 'process.exit(4);\n');
    await expect(startWhoThread(silentLogger(), pathToFileURL(broken))).rejects.toThrow(/exited \(code 4\) before it was ready/);
  });
});
