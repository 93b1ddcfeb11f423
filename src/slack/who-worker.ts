import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { answerWho } from '../../commands/who.js';

/**
 * The who thread (who-thread.ts): answers `{ id, question }` with
 * `{ id, ok, answer }`, one at a time, in the order asked. Loads the
 * knowledge base first, then says "ready".
 */
const port = parentPort;
if (!port) throw new Error('who-worker runs as a worker thread');
await answerWho('who patches the guest os on ec2');
port.on('message', (m: { id: number; question: string }) => {
  answerWho(m.question).then(
    (answer) => port.postMessage({ id: m.id, ok: true, answer }),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, message: errorMessage(err) }),
  );
});
port.postMessage('ready');
