import { createServer, request, Agent, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request passing through the proxy, with the operation it names ("chat.postMessage", "LookupEvents", "AssumeRole"). */
export interface ProxiedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  operation: string;
  /** The client that sent it, when it came through a tagged URL (clientUrl): which srm process. */
  client?: string;
}

export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A fault: requests it matches between `from` and `until` (epoch ms) get `respond` instead of the real server. */
export interface FaultRule {
  name: string;
  match(req: ProxiedRequest): boolean;
  from: number;
  until: number;
  respond(req: ProxiedRequest): { status: number; headers?: Record<string, string>; body: string };
  /** Requests answered by this fault. */
  hits: number;
}

/**
 * An HTTP proxy in front of a local stand-in (the Slack Web API or the AWS
 * protocol server) that injects faults for a while: 429s with Retry-After,
 * 5xx storms, throttling errors, per operation. srm talks to the proxy
 * exactly as it would to the real endpoint (SLACK_API_URL, AWS_ENDPOINT_URL),
 * so the faults exercise the real clients' retry paths.
 */
export class FaultProxy {
  readonly rules: FaultRule[] = [];
  /** Requests forwarded and faults answered, by operation. */
  readonly counts = new Map<string, { forwarded: number; faulted: number }>();
  /** Every request, in arrival order: when, which operation, its body, and the fault that answered it (if one did). */
  readonly log: Array<{ at: number; operation: string; body: Buffer; fault?: string; status?: number }> = [];
  /** Changes a real answer on its way back (e.g. shortens STS credentials' lifetime). */
  rewrite: ((req: ProxiedRequest, res: ProxiedResponse) => ProxiedResponse) | undefined;
  /**
   * Holds the real answer this many ms after the server gave it (the server
   * has done what was asked: Slack accepted the message) before passing it
   * on; a caller that dies meanwhile never learns of it (see `answersLost`).
   * `Infinity` holds it until its caller goes away (or the proxy closes).
   * The delay is read when the server has answered (and again while holding,
   * so a longer delay set meanwhile applies to answers already held).
   */
  answerDelay: ((req: ProxiedRequest) => number) | undefined;
  /** Answers the server gave whose caller was gone before they reached it (whatever they said: a 429 too). */
  readonly answersLost: Array<{ at: number; operation: string; status: number; body: Buffer; client?: string }> = [];
  /** Answers being held right now (answerDelay): what the server said, to whom. */
  readonly holding = new Set<{ operation: string; status: number; body: Buffer; client?: string }>();
  /** Refuses a request before it reaches the server (e.g. a key the proxy considers expired); undefined lets it through. */
  gate: ((req: ProxiedRequest) => { status: number; headers?: Record<string, string>; body: string } | undefined) | undefined;
  private server: Server | undefined;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  url = '';

  constructor(
    private readonly target: string,
    private readonly operationOf: (req: Omit<ProxiedRequest, 'operation'>) => string,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`fault proxy: ${String(err)}`);
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers matching requests with `respond` for `forMs` from now (or from `startInMs`). */
  inject(rule: { name: string; match: (req: ProxiedRequest) => boolean; forMs: number; startInMs?: number; respond: FaultRule['respond'] }): FaultRule {
    const from = Date.now() + (rule.startInMs ?? 0);
    const added: FaultRule = { name: rule.name, match: rule.match, respond: rule.respond, from, until: from + rule.forMs, hits: 0 };
    this.rules.push(added);
    return added;
  }

  /** Ends every fault now. */
  clear(): void {
    for (const r of this.rules) r.until = Math.min(r.until, Date.now());
  }

  private count(operation: string, key: 'forwarded' | 'faulted'): void {
    const c = this.counts.get(operation) ?? { forwarded: 0, faulted: 0 };
    c[key] += 1;
    this.counts.set(operation, c);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    // A tagged URL (clientUrl) names its client; the tag is taken off before the server sees the path.
    const tagged = /^\/client\/([\w.-]+)(\/.*)$/.exec(req.url ?? '/');
    const base = { method: req.method ?? 'GET', path: tagged ? tagged[2]! : (req.url ?? '/'), headers: req.headers, body: Buffer.concat(chunks), ...(tagged ? { client: tagged[1]! } : {}) };
    const proxied: ProxiedRequest = { ...base, operation: this.operationOf(base) };
    const now = Date.now();
    const fault = this.rules.find((r) => now >= r.from && now < r.until && r.match(proxied)) ;
    const refused = fault ? fault.respond(proxied) : this.gate?.(proxied);
    this.log.push({ at: now, operation: proxied.operation, body: proxied.body, ...(refused ? { fault: fault?.name ?? 'gate', status: refused.status } : {}) });
    if (refused) {
      if (fault) fault.hits += 1;
      this.count(proxied.operation, 'faulted');
      res.writeHead(refused.status, { 'content-type': 'application/json', ...refused.headers });
      res.end(refused.body);
      return;
    }
    this.count(proxied.operation, 'forwarded');
    let gone = false;
    let onGone: (() => void) | undefined;
    res.on('close', () => {
      if (!res.writableFinished) gone = true;
      onGone?.();
    });
    const upstream = await this.forward(proxied);
    const answered = Date.now();
    const held = { operation: proxied.operation, status: upstream.status, body: upstream.body, ...(proxied.client ? { client: proxied.client } : {}) };
    this.holding.add(held);
    try {
      // Until the delay (read again each time round: it may have been lengthened) has passed or the caller is gone.
      for (;;) {
        const left = answered + (this.answerDelay?.(proxied) ?? 0) - Date.now();
        if (gone || left <= 0) break;
        await new Promise<void>((resolve) => {
          const timer = Number.isFinite(left) ? setTimeout(resolve, Math.min(left, 1_000)) : setTimeout(resolve, 1_000);
          onGone = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        onGone = undefined;
      }
    } finally {
      this.holding.delete(held);
    }
    if (gone) {
      this.answersLost.push({ at: Date.now(), ...held });
      return;
    }
    const out = this.rewrite ? this.rewrite(proxied, upstream) : upstream;
    const headers = { ...out.headers, 'content-length': String(out.body.length) };
    delete (headers as Record<string, string>)['transfer-encoding'];
    res.writeHead(out.status, headers);
    res.end(out.body);
  }

  private forward(req: ProxiedRequest): Promise<ProxiedResponse> {
    const target = new URL(this.target);
    return new Promise((resolve, reject) => {
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.path, headers: req.headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
            resolve({ status: res.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
          });
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(req.body);
    });
  }

  /** The URL a client named `client` reaches `apiPath` (e.g. "/api/") through: requests from it carry its name. */
  clientUrl(client: string, apiPath = '/'): string {
    return `${this.url}/client/${client}${apiPath}`;
  }

  async close(): Promise<void> {
    this.answerDelay = undefined;
    this.agent.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The Slack Web API method of a request ("/api/chat.postMessage" -> "chat.postMessage"). */
export function slackOperation(req: Omit<ProxiedRequest, 'operation'>): string {
  return /^\/api\/([\w.]+)/.exec(req.path)?.[1] ?? req.path;
}

/** The AWS operation of a request: X-Amz-Target (JSON protocols), Action (query protocols) or GuardDuty's REST path. */
export function awsOperation(req: Omit<ProxiedRequest, 'operation'>): string {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop() ?? target;
  const form = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  if (form) return new URLSearchParams(req.body.toString('utf8')).get('Action') ?? 'Unknown';
  const p = req.path.split('?')[0] ?? '';
  if (p === '/detector') return 'ListDetectors';
  if (/\/findings\/get$/.test(p)) return 'GetFindings';
  if (/\/findings$/.test(p)) return 'ListFindings';
  return p;
}

/** The access key id a request is signed with (SigV4 Credential=AKID/…). */
export function signingKey(req: Pick<ProxiedRequest, 'headers'>): string {
  return /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
}
