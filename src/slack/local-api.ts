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
  /** The message metadata it was posted with (`{ event_type, event_payload }`), kept by chat.update unless replaced. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
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
const botId = 'B0000SRMB';
const appId = 'A0000SRM1';

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

export interface SlackApiOptions {
  /** Answer 429 to a second chat.postMessage/chat.update in one channel within 1/n s. */
  perChannelPerSecond?: number;
  /**
   * The bot token's scopes. When set, conversations.history and
   * conversations.replies answer `missing_scope` (with `needed` and
   * `provided`, as Slack does) without `channels:history` for a public
   * channel (C…) or `groups:history` for a private one (G…). Unset: every
   * scope is granted.
   */
  scopes?: readonly string[];
}

/** conversations.history / conversations.replies cursors: Slack's form, base64 of "next_ts:<ts>". */
function encodeCursor(ts: string): string {
  return Buffer.from(`next_ts:${ts}`, 'utf8').toString('base64');
}

function decodeCursor(cursor: string): string | undefined {
  const m = /^next_ts:(\d+\.\d{6})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return m?.[1];
}

/** A ts argument ("1700000000.000100", or a whole number of seconds) as microseconds; undefined when unreadable. */
function tsMicros(value: string): bigint | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!m) return undefined;
  return BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'));
}

function compareTs(a: string, b: string): number {
  const x = tsMicros(a) ?? 0n;
  const y = tsMicros(b) ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** chat.postMessage's `metadata`: undefined when absent, null when malformed (Slack: invalid_metadata_format). */
function metadataOf(value: unknown): StoredMessage['metadata'] | null | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'object' || value === null) return null;
  const { event_type: type, event_payload: payload } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !/^[A-Za-z0-9_]{1,255}$/.test(type)) return null;
  if (payload === undefined) return { event_type: type, event_payload: {} };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return { event_type: type, event_payload: payload as Record<string, unknown> };
}

function flag(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function startSlackApi(options: SlackApiOptions = {}): Promise<SlackApiServer> {
  const calls: SlackCall[] = [];
  const responses: SlackCall[] = [];
  const violations: string[] = [];
  const messages = new Map<string, StoredMessage>();
  const usergroups = new Map<string, string[]>();
  const failures = new Map<string, { failure: SlackFailure; times: number }[]>();
  const lastPost = new Map<string, number>();
  let responseSeq = 0;
  let viewSeq = 0;
  const epoch = Math.floor(Date.now() / 1000);
  // Like Slack's: the time the message was accepted (seconds.microseconds), unique and increasing within the server.
  let lastTs = 0n;
  const nextTs = (): string => {
    const now = BigInt(Date.now()) * 1000n;
    lastTs = now > lastTs ? now : lastTs + 1n;
    return `${lastTs / 1_000_000n}.${String(lastTs % 1_000_000n).padStart(6, '0')}`;
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

  /** A message as conversations.history / conversations.replies / chat.postMessage show it (`replies`: a parent's, oldest first). */
  function messageView(m: StoredMessage, withMetadata: boolean, replies: readonly StoredMessage[] = []): Record<string, unknown> {
    const view: Record<string, unknown> = { type: 'message', user: botUserId, bot_id: botId, app_id: appId, text: m.text, ts: m.ts, team: teamId };
    if (m.blocks.length) view.blocks = m.blocks;
    if (m.threadTs) {
      view.thread_ts = m.threadTs;
      if (messages.has(`${m.channel}:${m.threadTs}`)) view.parent_user_id = botUserId;
    } else {
      if (replies.length) {
        view.thread_ts = m.ts;
        view.reply_count = replies.length;
        view.reply_users_count = 1;
        view.reply_users = [botUserId];
        view.latest_reply = replies[replies.length - 1]!.ts;
      }
    }
    if (withMetadata && m.metadata) view.metadata = m.metadata;
    return view;
  }

  /** A channel's messages: top-level ones, and the replies of each thread (oldest first), by parent ts. */
  function channelMessages(channel: string): { top: StoredMessage[]; replies: Map<string, StoredMessage[]> } {
    const top: StoredMessage[] = [];
    const replies = new Map<string, StoredMessage[]>();
    for (const m of messages.values()) {
      if (m.channel !== channel) continue;
      if (m.threadTs) (replies.get(m.threadTs) ?? replies.set(m.threadTs, []).get(m.threadTs)!).push(m);
      else top.push(m);
    }
    for (const list of replies.values()) list.sort((a, b) => compareTs(a.ts, b.ts));
    return { top, replies };
  }

  /**
   * conversations.history (a channel's messages, threads' parents but not
   * their replies, newest first) and conversations.replies (a thread: its
   * parent first on the first page, then the replies oldest first), as
   * Slack documents them: `oldest`/`latest` (exclusive unless `inclusive`),
   * `limit` (history 100 by default, replies 1000; at most 999 and 1000),
   * `has_more` and `response_metadata.next_cursor` when more are left,
   * `metadata` on a message only with `include_all_metadata`.
   */
  function readConversation(method: 'conversations.history' | 'conversations.replies', body: Record<string, unknown>, ok: (p?: Record<string, unknown>) => { status: number; payload: unknown }, fail: (e: string) => { status: number; payload: unknown }) {
    const channel = channelOf(body);
    if (!channel) return fail('channel_not_found');
    if (options.scopes) {
      const needed = channel.startsWith('G') ? 'groups:history' : channel.startsWith('D') ? 'im:history' : 'channels:history';
      if (!options.scopes.includes(needed)) {
        const answer = fail('missing_scope');
        (answer.payload as Record<string, unknown>).needed = needed;
        (answer.payload as Record<string, unknown>).provided = options.scopes.join(',');
        return answer;
      }
    }
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    const oldestArg = str(body.oldest);
    const latestArg = str(body.latest);
    const oldest = oldestArg === undefined || oldestArg === '' ? 0n : tsMicros(oldestArg);
    if (oldest === undefined) return fail('invalid_ts_oldest');
    const latest = latestArg === undefined || latestArg === '' ? BigInt(Date.now() + 1000) * 1000n : tsMicros(latestArg);
    if (latest === undefined) return fail('invalid_ts_latest');
    const inclusive = flag(body.inclusive);
    const withMetadata = flag(body.include_all_metadata);
    const max = method === 'conversations.history' ? 999 : 1000;
    const fallback = method === 'conversations.history' ? 100 : 1000;
    const asked = Number(str(body.limit) ?? fallback);
    const limit = Number.isFinite(asked) && asked >= 1 ? Math.min(Math.floor(asked), max) : fallback;
    const cursorArg = str(body.cursor);
    const from = cursorArg ? decodeCursor(cursorArg) : undefined;
    if (cursorArg && !from) return fail('invalid_cursor');
    const inRange = (ts: string) => {
      const t = tsMicros(ts)!;
      return inclusive ? t >= oldest && t <= latest : t > oldest && t < latest;
    };
    let parent: StoredMessage | undefined;
    let list: StoredMessage[];
    const inChannel = channelMessages(channel);
    if (method === 'conversations.history') {
      list = inChannel.top.filter((m) => inRange(m.ts)).sort((a, b) => compareTs(b.ts, a.ts));
    } else {
      const ts = str(body.ts) ?? '';
      const asked = messages.get(`${channel}:${ts}`);
      if (!asked) return fail('thread_not_found');
      // A reply's ts stands for its thread.
      parent = asked.threadTs ? messages.get(`${channel}:${asked.threadTs}`) : asked;
      if (!parent) return fail('thread_not_found');
      list = (inChannel.replies.get(parent.ts) ?? []).filter((m) => inRange(m.ts));
    }
    // The cursor names the first message of the next page.
    let start = 0;
    if (from) {
      start = list.findIndex((m) => (method === 'conversations.history' ? compareTs(m.ts, from) <= 0 : compareTs(m.ts, from) >= 0));
      if (start < 0) start = list.length;
    }
    const page = list.slice(start, start + limit);
    const next = list[start + limit];
    const shown = parent && !from ? [parent, ...page] : page;
    return ok({
      messages: shown.map((m) => messageView(m, withMetadata, inChannel.replies.get(m.ts))),
      has_more: next !== undefined,
      ...(method === 'conversations.history' ? { pin_count: 0, channel_actions_ts: null, channel_actions_count: 0 } : {}),
      ...(next ? { response_metadata: { next_cursor: encodeCursor(next.ts) } } : {}),
    });
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
        const metadata = metadataOf(body.metadata);
        if (metadata === null) return fail('invalid_metadata_format');
        const ts = nextTs();
        const stored: StoredMessage = {
          channel,
          ts,
          text: String(body.text ?? ''),
          blocks: Array.isArray(body.blocks) ? body.blocks : [],
          ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}),
          ...(metadata ? { metadata } : {}),
          updates: 0,
        };
        messages.set(`${channel}:${ts}`, stored);
        return ok({ channel, ts, message: messageView(stored, true) });
      }
      case 'chat.update': {
        const channel = channelOf(body);
        const ts = typeof body.ts === 'string' ? body.ts : '';
        const stored = messages.get(`${channel}:${ts}`);
        if (!stored) return fail('message_not_found');
        if (!checked(call, validateMessage(body))) return fail('invalid_blocks');
        if (body.text !== undefined) stored.text = String(body.text);
        if (body.blocks !== undefined) stored.blocks = Array.isArray(body.blocks) ? body.blocks : [];
        const metadata = metadataOf(body.metadata);
        if (metadata === null) return fail('invalid_metadata_format');
        // Left as it was unless the update carries metadata.
        if (metadata) stored.metadata = metadata;
        stored.updates += 1;
        return ok({ channel, ts, text: stored.text, message: { text: stored.text, blocks: stored.blocks, ts } });
      }
      case 'conversations.history':
      case 'conversations.replies':
        return readConversation(method, body, ok, fail);
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
