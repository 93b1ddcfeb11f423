import { createHmac } from 'node:crypto';

/**
 * Properly signed Slack requests, as Slack sends them to `POST /slack/events`
 * (v0 signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>`).
 */

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export interface SignOptions {
  /** Unix seconds; defaults to now. Use `staleTimestamp()` for a replay older than Bolt accepts. */
  timestamp?: number;
}

export const testTeamId = 'T0000SRM1';
export const testUserId = 'U0000USER1';
export const testChannelId = 'C0000CHAN1';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A timestamp 10 minutes old: Bolt rejects anything older than 5 minutes. */
export function staleTimestamp(): number {
  return Math.floor(Date.now() / 1000) - 600;
}

export function sign(body: string, contentType: string, secret: string, options: SignOptions = {}): SignedRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, body),
    },
  };
}

/** The same request with a signature that does not match (wrong secret). */
export function forge(request: SignedRequest): SignedRequest {
  const timestamp = Number(request.headers['x-slack-request-timestamp']);
  return { body: request.body, headers: { ...request.headers, 'x-slack-signature': slackSignature('not-the-signing-secret', timestamp, request.body) } };
}

const form = 'application/x-www-form-urlencoded';

let triggerSeq = 0;
function triggerId(): string {
  triggerSeq += 1;
  return `${1000 + triggerSeq}.${Date.now()}.0123456789abcdef0123456789abcdef`;
}

export interface SlashCommandOptions {
  /** Everything after `/srm`, e.g. "who patching for rds". */
  text: string;
  responseUrl: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  teamId?: string;
  triggerId?: string;
  command?: string;
}

export function slashCommand(o: SlashCommandOptions, secret: string, signOptions?: SignOptions): SignedRequest {
  const params = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: o.teamId ?? testTeamId,
    team_domain: 'example',
    channel_id: o.channelId ?? testChannelId,
    channel_name: 'security',
    user_id: o.userId ?? testUserId,
    user_name: o.userName ?? 'alice',
    command: o.command ?? '/srm',
    text: o.text,
    api_app_id: 'A0000SRM01',
    is_enterprise_install: 'false',
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? triggerId(),
  });
  return sign(params.toString(), form, secret, signOptions);
}

export interface BlockActionOptions {
  actionId: string;
  value?: string;
  blockId?: string;
  userId?: string;
  channelId?: string;
  /** The message carrying the button; omit for an ephemeral message (container.is_ephemeral). */
  messageTs?: string;
  responseUrl?: string;
  triggerId?: string;
  teamId?: string;
}

export function blockActionPayload(o: BlockActionOptions): Record<string, unknown> {
  const channelId = o.channelId ?? testChannelId;
  const teamId = o.teamId ?? testTeamId;
  const userId = o.userId ?? testUserId;
  const ephemeral = o.messageTs === undefined;
  const containerTs = o.messageTs ?? `${Math.floor(Date.now() / 1000)}.000100`;
  return {
    type: 'block_actions',
    user: { id: userId, username: 'alice', name: 'alice', team_id: teamId },
    api_app_id: 'A0000SRM01',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: containerTs, channel_id: channelId, is_ephemeral: ephemeral },
    trigger_id: o.triggerId ?? triggerId(),
    team: { id: teamId, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: 'security' },
    ...(ephemeral ? {} : { message: { type: 'message', user: 'U0000SRMB', ts: o.messageTs, text: 'message', blocks: [] } }),
    state: { values: {} },
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    actions: [
      {
        action_id: o.actionId,
        block_id: o.blockId ?? 'actions',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        ...(o.value === undefined ? {} : { value: o.value }),
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function blockAction(o: BlockActionOptions, secret: string, signOptions?: SignOptions): SignedRequest {
  return payloadRequest(blockActionPayload(o), secret, signOptions);
}

export interface ViewSubmissionOptions {
  callbackId: string;
  /** `view.state.values`: block_id -> action_id -> { type, value | selected_option … }. */
  values?: Record<string, Record<string, Record<string, unknown>>>;
  privateMetadata?: string;
  userId?: string;
  teamId?: string;
  viewId?: string;
}

export function viewSubmission(o: ViewSubmissionOptions, secret: string, signOptions?: SignOptions): SignedRequest {
  const teamId = o.teamId ?? testTeamId;
  const payload = {
    type: 'view_submission',
    team: { id: teamId, domain: 'example' },
    user: { id: o.userId ?? testUserId, username: 'alice', name: 'alice', team_id: teamId },
    api_app_id: 'A0000SRM01',
    token: 'deprecated-verification-token',
    trigger_id: triggerId(),
    view: {
      id: o.viewId ?? 'V0000VIEW1',
      team_id: teamId,
      type: 'modal',
      callback_id: o.callbackId,
      private_metadata: o.privateMetadata ?? '',
      title: { type: 'plain_text', text: 'srm' },
      blocks: [],
      state: { values: o.values ?? {} },
      hash: '1700000000.abcdef',
      root_view_id: o.viewId ?? 'V0000VIEW1',
      app_id: 'A0000SRM01',
      bot_id: 'B0000SRMB',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return payloadRequest(payload, secret, signOptions);
}

export function payloadRequest(payload: unknown, secret: string, signOptions?: SignOptions): SignedRequest {
  return sign(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, secret, signOptions);
}

/** An Events API delivery (`event_callback`) such as `{ type: 'app_home_opened', user, channel, tab: 'home' }`. */
export function eventCallback(event: Record<string, unknown>, secret: string, signOptions?: SignOptions & { teamId?: string }): SignedRequest {
  const teamId = signOptions?.teamId ?? testTeamId;
  const body = {
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0000SRM01',
    event: { event_ts: `${Date.now() / 1000}`, ...event },
    type: 'event_callback',
    event_id: `Ev${Date.now().toString(36).toUpperCase()}${triggerSeq++}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'U0000SRMB', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
  return sign(JSON.stringify(body), 'application/json', secret, signOptions);
}

export function appHomeOpened(userId: string, secret: string, signOptions?: SignOptions): SignedRequest {
  return eventCallback({ type: 'app_home_opened', user: userId, channel: 'D0000HOME1', tab: 'home' }, secret, signOptions);
}

export interface SentResponse {
  status: number;
  text: string;
  headers: Headers;
}

/** POSTs a signed request to `<baseUrl>/slack/events` (or `path`). */
export async function sendSigned(baseUrl: string, request: SignedRequest, path = '/slack/events'): Promise<SentResponse> {
  const res = await fetch(new URL(path, baseUrl), { method: 'POST', headers: request.headers, body: request.body });
  return { status: res.status, text: await res.text(), headers: res.headers };
}
