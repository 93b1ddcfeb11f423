import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { answerWho } from '../../commands/who.js';
import { listDuties } from '../knowledge/duty-model.js';
import { prepareMatcher } from '../knowledge/matcher.js';
import { getService } from '../knowledge/model.js';
import type { ToThread, WhoWorkerData } from './who-thread.js';

/**
 * The who thread (who-thread.ts): answers `{ id, question }` with
 * `{ id, ok, answer }`, one at a time, in the order asked. Loads the
 * knowledge base first, then says "ready".
 */
const port = parentPort;
if (!port) throw new Error('who-worker runs as a worker thread');
/**
 * Questions answered before "ready", so the first users' questions do not
 * pay the knowledge base's lazy loads: besides the index and the JIT, the
 * English word list is read (and made a Set of) on the first unknown word,
 * ~0.1–0.4 s that otherwise landed on one question asked under load.
 */
const warmUpQuestions = [
  'who patches the guest os on ec2',
  // an unknown word: loads the word list
  'who patches the zorblax on the frobnicator',
  'we turned off auto minor version upgrade on rds, who applies minor versions?',
  'does amazon gamelift patch the libraries inside our game server build',
  // a name quoted in Title Case: reads the text of every name srm knows (known-names.txt, 0.9 MB, written by the build)
  "does guardduty have a 'Quiet Hours Mode' toggle, and whose job is it",
];
// (and every typo index, which a question's first typo of each letter otherwise built under load)
prepareMatcher();
for (const q of warmUpQuestions) await answerWho(q);
/**
 * Idle warm-up (SRM_WHO_WARMUP, on by default): once ready, the thread asks itself about every documented duty, in
 * the duty's own phrases ("who owns <phrase> for <service>", some 14,000 questions), one at a time and only while no
 * question waits. The reader is a large body of code and V8 optimizes it as it runs: on a fresh thread an answer took
 * about twice the CPU of one after a few thousand varied questions (in process, 1.4 ms against 0.8 ms median, and
 * single answers of 100–580 ms the first time a path ran), and under load that cost is the queue behind it. A
 * question that arrives waits for one warm-up answer at most (about a millisecond); the warm-up stops after one pass.
 */
const warmingUp = (workerData as Partial<WhoWorkerData> | null)?.warmUp === true;
/** The warm-up's questions, made on its first step, after "ready" (reading them parses every duty's prose line). */
let warmUp: string[] | undefined;
let waiting = 0;
let warmedUpTo = 0;
/** One warm-up answer scheduled or running at a time. */
let warming = false;
/** The end of the warm-up was told to the main thread (`{ warmed }`, once). */
let told = false;
function dutyPhraseQuestions(): string[] {
  return listDuties().flatMap((d) => {
    const service = d.services[0] ? getService(d.services[0]) : undefined;
    return d.phrases.map((phrase) => `who owns ${phrase}${service ? ` for ${service.name}` : ''}`);
  });
}
function warmWhileIdle(): void {
  if (!warmingUp || warming || (warmUp !== undefined && warmedUpTo >= warmUp.length)) return;
  warming = true;
  // (after the loop has read the messages that came meanwhile: a question waiting stops the warm-up until it is answered)
  setImmediate(() => {
    warmUp ??= dutyPhraseQuestions();
    if (waiting > 0 || warmedUpTo >= warmUp.length) {
      warming = false;
      return;
    }
    const next = (): void => {
      warming = false;
      if (warmUp !== undefined && warmedUpTo >= warmUp.length && !told) {
        told = true;
        port?.postMessage({ warmed: warmUp.length });
      }
      warmWhileIdle();
    };
    answerWho(warmUp[warmedUpTo++]!).then(next, next);
  });
}
port.on('message', (m: ToThread) => {
  waiting++;
  const start = performance.now();
  // how long the question waited for this thread (behind other answers, or for a core)
  const waitedMs = performance.timeOrigin + start - m.sentAt;
  answerWho(m.question).finally(() => {
    waiting--;
    if (waiting === 0) warmWhileIdle();
  }).then(
    // The answer as JSON text: the structured clone of its blocks cost this thread ~50 µs an answer
    // (JSON.stringify ~15 µs, and a string is copied whole), and this thread is the one that keeps up or not.
    (answer) => port.postMessage({ id: m.id, ok: true, json: JSON.stringify(answer), ms: performance.now() - start, waitedMs }),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, message: errorMessage(err) }),
  );
});
port.postMessage('ready');
warmWhileIdle();
