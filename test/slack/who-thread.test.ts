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
