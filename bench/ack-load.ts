import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dutyPhrasings } from '../test/knowledge/duties/index.js';
import { phrasings, unknownServiceQuestions } from '../test/knowledge/phrasings.js';

/**
 * The load generator of `npm run bench ack`, run as its own process so its
 * timing does not share an event loop with the servers it measures:
 * `node ack-load.js <url> <rate/s> <clients> <seconds> <secret> [raw]`.
 * Each client owns one keep-alive connection and sends signed `/srm who …`
 * slash commands at its share of the rate (a client that falls behind sends
 * the next one at once); the latency of a request is from its first byte
 * written to the end of the answer, i.e. how long the ack took (with its
 * body, when the answer is in the ack). An answer that misses srm's ack
 * budget comes after an empty ack, as a POST to the request's response_url,
 * which this process serves itself: that answer's latency is from the
 * request's first byte to the POST (`answers` holds every answer's latency,
 * in the ack or late). Prints one JSON object with the percentiles (ms) on
 * stdout, and with a 6th argument `raw` also every latency (`latencies`,
 * `answers`, ms), so that the bench can pool the blocks it measures a server in.
 */

/**
 * The questions, as people ask them: every phrasing the knowledge tests hold
 * (test/knowledge: 1,700+ distinct questions, typos and all), typed after
 * `/srm who` the way a user would ("who patches …" -> `/srm who patches …`),
 * in a fixed shuffled order, so the load is not a handful of questions
 * answered over and over.
 */
const questions = shuffled(
  [...phrasings.map((p) => p.q), ...dutyPhrasings.map((p) => p.q), ...unknownServiceQuestions].map((q) => q.replace(/^\s*who\s+/i, '')),
);

/** A fixed permutation (a small LCG), the same in every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function signed(secret: string, text: string, responseUrl: string, n: number): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0000SRM1',
    team_domain: 'example',
    channel_id: 'C0000CHAN1',
    channel_name: 'security',
    user_id: `U0000USER${n % 50}`,
    user_name: 'alice',
    command: '/srm',
    text,
    api_app_id: 'A0000SRM01',
    is_enterprise_install: 'false',
    response_url: `${responseUrl}/r${n}`,
    trigger_id: `${1000 + n}.${Date.now()}.0123456789abcdef0123456789abcdef`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
  };
}

function send(agent: Agent, url: URL, req: { body: string; headers: Record<string, string> }): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const r = request(url, { method: 'POST', agent, headers: req.headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - start, status: res.statusCode ?? 0, bytes }));
    });
    r.on('error', () => resolve({ ms: performance.now() - start, status: 0, bytes: 0 }));
    r.end(req.body);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Serves the response_urls: records when each request's late answer arrives (performance.now, this process's clock). */
async function responseServer(): Promise<{ url: string; arrived: Map<number, number>; close(): Promise<void> }> {
  const arrived = new Map<number, number>();
  const server = createServer((req, res) => {
    const at = performance.now();
    const n = Number(/\/r(\d+)$/.exec(req.url ?? '')?.[1]);
    req.resume().on('end', () => {
      if (Number.isInteger(n) && !arrived.has(n)) arrived.set(n, at);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

async function main(): Promise<void> {
  const [target, rateArg, clientsArg, secondsArg, secret, rawArg] = process.argv.slice(2);
  if (!target || !secret) throw new Error('usage: ack-load <url> <rate> <clients> <seconds> <secret> [raw]');
  const url = new URL(target);
  const rate = Number(rateArg);
  const clients = Number(clientsArg);
  const seconds = Number(secondsArg);
  const interval = (1000 * clients) / rate;
  const responses = await responseServer();
  const latencies: number[] = [];
  /** The answers that came in their ack: how long each took. */
  const inAck: number[] = [];
  /** Requests acked empty, their answer to come at the response_url: when each was sent. */
  const sentAt = new Map<number, number>();
  let failed = 0;
  let seq = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      // clients start spread over one interval, so the load is even from the first second
      let next = start + (interval * c) / clients;
      for (;;) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() >= end) break;
        next += interval;
        const n = seq++;
        const sent = performance.now();
        const res = await send(agent, url, signed(secret, `who ${questions[n % questions.length]}`, responses.url, n));
        if (res.status !== 200) failed++;
        else {
          latencies.push(res.ms);
          // a body: the answer in the ack (or the bare app's fixed text)
          if (res.bytes > 0) inAck.push(res.ms);
          else sentAt.set(n, sent);
        }
      }
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  // the late answers still on their way: 3 s at most, Slack's own wait for an ack
  const deadline = performance.now() + 3000;
  const pending = () => [...sentAt.keys()].some((n) => !responses.arrived.has(n));
  while (pending() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await responses.close();
  const late = [...sentAt].map(([n, at]) => (responses.arrived.get(n) ?? Number.POSITIVE_INFINITY) - at);
  const answers = [...inAck, ...late].sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({
      requests: latencies.length + failed,
      failed,
      withBody: inAck.length,
      late: sentAt.size,
      lost: late.filter((ms) => ms === Number.POSITIVE_INFINITY).length,
      rate: round((latencies.length + failed) / elapsed),
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? NaN),
      answerP99: round(percentile(answers, 99)),
      ...(rawArg === 'raw' ? { latencies: latencies.map(round), answers: answers.map(round) } : {}),
    })}\n`,
  );
}

await main();
