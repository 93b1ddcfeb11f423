import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateMessage, validateView } from './block-limits.js';

/**
 * A local stand-in for Slack's Web API and response_url endpoints. The real
 * `@slack/web-api` WebClient is pointed at it (`slackApiUrl: server.url`);
 * it records every call, answers realistic payloads, enforces Block Kit's
 * limits and can be told to fail (429 with Retry-After, 5xx, `ok:false`).
 * Used by tests, `srm demo` and the benchmarks.
 */

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  at: number;
  /** The request path ("/api/chat.postMessage", "/response/<id>"). */
  path: string;
  /** The HTTP status answered. */
  status: number;
  /** The `error` answered when the call did not succeed. */
  error?: string;
}

export type SlackFailure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string };

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  /** How many times chat.update replaced it. */
  updates: number;
}

export interface SlackApiServer {
  /** "http://127.0.0.1:<port>/api/" */
  url: string;
  /** "http://127.0.0.1:<port>/response/<id>" for a slash command's response_url. */
  responseUrl(id?: string): string;
  /** Every Web API call, in order, including failed and rate-limited ones. */
  calls: SlackCall[];
  /** Every POST to a response_url (method = "response_url"). */
  responses: SlackCall[];
  /** Every Block Kit limit violation seen. */
  violations: string[];
  /** Calls answered 429 because of `perChannelPerSecond`. */
  rateLimited: number;
  /** Messages as they stand now (posted, then updated in place), by `${channel}:${ts}`. */
  messages: Map<string, StoredMessage>;
  /** Members answered by usergroups.users.list, by usergroup id. */
  usergroups: Map<string, string[]>;
  callsTo(method: string): SlackCall[];
  /** The POSTs to `responseUrl(id)`. */
  responsesTo(id: string): SlackCall[];
  /** Calls to `method` that were answered ok:true. */
  okCallsTo(method: string): SlackCall[];
  failNext(method: string, failure: SlackFailure, times?: number): void;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Fields the WebClient sends JSON-encoded inside form bodies. */
const jsonFields = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls', 'user_auth_blocks']);

const teamId = 'T0000SRM1';
const botUserId = 'U0000SRMB';

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : { value: parsed };
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (jsonFields.has(key)) {
      try {
        body[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string; validation reports it
      }
    }
    body[key] = value;
  }
  return body;
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}

export function startSlackApi(options: { perChannelPerSecond?: number } = {}): Promise<SlackApiServer> {
  const calls: SlackCall[] = [];
  const responses: SlackCall[] = [];
  const violations: string[] = [];
  const messages = new Map<string, StoredMessage>();
  const usergroups = new Map<string, string[]>();
  const failures = new Map<string, { failure: SlackFailure; times: number }[]>();
  const lastPost = new Map<string, number>();
  let seq = 0;
  let responseSeq = 0;
  let viewSeq = 0;
  const epoch = Math.floor(Date.now() / 1000);
  const nextTs = (): string => {
    seq += 1;
    return `${epoch + Math.floor(seq / 1_000_000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
  };

  const state = { rateLimited: 0 };

  function takeFailure(method: string): SlackFailure | undefined {
    const queue = failures.get(method);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.times -= 1;
    if (head.times <= 0) queue.shift();
    return head.failure;
  }

  function answerFailure(res: ServerResponse, call: SlackCall, failure: SlackFailure): void {
    if ('error' in failure) {
      call.status = 200;
      call.error = failure.error;
      send(res, 200, { ok: false, error: failure.error });
    } else if (failure.status === 429) {
      call.status = 429;
      call.error = 'ratelimited';
      send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    } else {
      call.status = failure.status;
      call.error = `http_${failure.status}`;
      res.writeHead(failure.status, { 'content-type': 'text/plain' });
      res.end('upstream error');
    }
  }

  function checked(call: SlackCall, found: string[]): boolean {
    if (found.length === 0) return true;
    violations.push(...found.map((v) => `${call.method}: ${v}`));
    call.error = 'invalid_blocks';
    return false;
  }

  function channelOf(body: Record<string, unknown>): string {
    return typeof body.channel === 'string' ? body.channel : '';
  }

  function handleMethod(method: string, body: Record<string, unknown>, call: SlackCall): { status: number; payload: unknown; headers?: Record<string, string> } {
    const ok = (payload: Record<string, unknown> = {}) => ({ status: 200, payload: { ok: true, ...payload } });
    const fail = (error: string) => {
      call.error = error;
      return { status: 200, payload: { ok: false, error } };
    };
    if ((method === 'chat.postMessage' || method === 'chat.update') && options.perChannelPerSecond) {
      const channel = channelOf(body);
      const now = Date.now();
      const last = lastPost.get(channel);
      if (last !== undefined && now - last < 1000 / options.perChannelPerSecond) {
        state.rateLimited += 1;
        call.status = 429;
        call.error = 'ratelimited';
        return { status: 429, payload: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } };
      }
      lastPost.set(channel, now);
    }
    switch (method) {
      case 'api.test':
        return ok({ args: body });
      case 'auth.test':
        return ok({ url: 'https://example.slack.com/', team: 'Example', user: 'srm', team_id: teamId, user_id: botUserId, bot_id: 'B0000SRMB', is_enterprise_install: false });
      case 'chat.postMessage': {
        const channel = channelOf(body);
        if (!channel) return fail('channel_not_found');
        if (body.text === undefined && body.blocks === undefined && body.attachments === undefined) return fail('no_text');
        if (!checked(call, validateMessage(body))) return fail('invalid_blocks');
        const ts = nextTs();
        const message = { type: 'message', user: botUserId, bot_id: 'B0000SRMB', text: body.text ?? '', blocks: body.blocks, ts, thread_ts: body.thread_ts };
        messages.set(`${channel}:${ts}`, {
          channel,
          ts,
          text: String(body.text ?? ''),
          blocks: Array.isArray(body.blocks) ? body.blocks : [],
          ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}),
          updates: 0,
        });
        return ok({ channel, ts, message });
      }
      case 'chat.update': {
        const channel = channelOf(body);
        const ts = typeof body.ts === 'string' ? body.ts : '';
        const stored = messages.get(`${channel}:${ts}`);
        if (!stored) return fail('message_not_found');
        if (!checked(call, validateMessage(body))) return fail('invalid_blocks');
        if (body.text !== undefined) stored.text = String(body.text);
        if (body.blocks !== undefined) stored.blocks = Array.isArray(body.blocks) ? body.blocks : [];
        stored.updates += 1;
        return ok({ channel, ts, text: stored.text, message: { text: stored.text, blocks: stored.blocks, ts } });
      }
      case 'chat.postEphemeral':
        if (!channelOf(body)) return fail('channel_not_found');
        if (typeof body.user !== 'string') return fail('user_not_in_channel');
        if (!checked(call, validateMessage(body))) return fail('invalid_blocks');
        return ok({ message_ts: nextTs() });
      case 'chat.getPermalink': {
        const channel = channelOf(body);
        const ts = typeof body.message_ts === 'string' ? body.message_ts : '';
        if (!channel || !ts) return fail('message_not_found');
        return ok({ channel, permalink: `https://example.slack.com/archives/${channel}/p${ts.replace('.', '')}` });
      }
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish': {
        if (!checked(call, validateView(body.view))) return fail('invalid_blocks');
        viewSeq += 1;
        const view = typeof body.view === 'object' && body.view !== null ? body.view : {};
        return ok({ view: { id: `V${String(viewSeq).padStart(10, '0')}`, team_id: teamId, hash: `${epoch}.${viewSeq}`, ...view } });
      }
      case 'conversations.info': {
        const channel = channelOf(body);
        if (!channel) return fail('channel_not_found');
        return ok({ channel: { id: channel, name: `channel-${channel.toLowerCase()}`, is_channel: true, is_private: false, is_member: true, is_archived: false } });
      }
      case 'conversations.open': {
        const users = typeof body.users === 'string' ? body.users : '';
        if (!/^[UW][A-Z0-9]{2,20}$/.test(users)) return fail('user_not_found');
        return ok({ channel: { id: `D${users.slice(1)}` } });
      }
      case 'users.info': {
        const user = typeof body.user === 'string' ? body.user : '';
        if (!user) return fail('user_not_found');
        return ok({ user: { id: user, team_id: teamId, name: `user-${user.toLowerCase()}`, real_name: `User ${user}`, is_bot: false, tz: 'Etc/UTC', profile: { display_name: `user-${user.toLowerCase()}`, real_name: `User ${user}`, email: `${user.toLowerCase()}@example.com` } } });
      }
      case 'usergroups.users.list': {
        const group = typeof body.usergroup === 'string' ? body.usergroup : '';
        const users = usergroups.get(group);
        if (!users) return fail('no_such_subteam');
        return ok({ users });
      }
      default:
        return fail('unknown_method');
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: Record<string, unknown>;
      try {
        body = await readBody(req);
      } catch {
        send(res, 400, { ok: false, error: 'invalid_json' });
        return;
      }
      if (req.method !== 'POST' && req.method !== 'GET') {
        send(res, 405, { ok: false, error: 'method_not_allowed' });
        return;
      }
      for (const [key, value] of url.searchParams) if (!(key in body)) body[key] = value;
      const call: SlackCall = { method: '', body, headers: { ...req.headers }, at: Date.now(), path: url.pathname, status: 200 };
      if (url.pathname.startsWith('/response/')) {
        call.method = 'response_url';
        responses.push(call);
        const failure = takeFailure('response_url');
        if (failure) return answerFailure(res, call, failure);
        if (!checked(call, validateMessage(body))) return send(res, 200, { ok: false, error: 'invalid_blocks' });
        return send(res, 200, { ok: true });
      }
      const match = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
      if (!match?.[1]) {
        send(res, 404, { ok: false, error: 'not_found' });
        return;
      }
      call.method = match[1];
      calls.push(call);
      const failure = takeFailure(call.method);
      if (failure) return answerFailure(res, call, failure);
      const answer = handleMethod(call.method, body, call);
      call.status = answer.status;
      send(res, answer.status, answer.payload, answer.headers);
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: 'internal_error', detail: String(err) });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const api: SlackApiServer = {
        url: `${base}/api/`,
        responseUrl(id?: string) {
          responseSeq += 1;
          return `${base}/response/${encodeURIComponent(id ?? `r${responseSeq}`)}`;
        },
        calls,
        responses,
        violations,
        get rateLimited() {
          return state.rateLimited;
        },
        messages,
        usergroups,
        callsTo: (method) => calls.filter((c) => c.method === method),
        responsesTo: (id) => responses.filter((r) => r.path === `/response/${encodeURIComponent(id)}`),
        okCallsTo: (method) => calls.filter((c) => c.method === method && c.status === 200 && c.error === undefined),
        failNext(method, failure, times = 1) {
          const queue = failures.get(method) ?? [];
          queue.push({ failure, times });
          failures.set(method, queue);
        },
        async waitFor(predicate, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          while (!predicate()) {
            if (Date.now() > deadline) throw new Error(`slack api: condition not met within ${timeoutMs} ms (${calls.length} calls, ${responses.length} responses)`);
            await new Promise((r) => setTimeout(r, 10));
          }
        },
        close() {
          return new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          });
        },
      };
      resolve(api);
    });
  });
}
