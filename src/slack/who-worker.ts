import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { answerWho } from '../../commands/who.js';
import { prepareMatcher } from '../knowledge/matcher.js';

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
port.on('message', (m: { id: number; question: string }) => {
  answerWho(m.question).then(
    // The answer as JSON text: the structured clone of its blocks cost this thread ~50 µs an answer
    // (JSON.stringify ~15 µs, and a string is copied whole), and this thread is the one that keeps up or not.
    (answer) => port.postMessage({ id: m.id, ok: true, json: JSON.stringify(answer) }),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, message: errorMessage(err) }),
  );
});
port.postMessage('ready');
