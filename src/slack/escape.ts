/**
 * Untrusted text (event fields, finding titles, user input) in mrkdwn.
 * Slack's docs ask apps to escape only `&`, `<` and `>`; once they are escaped
 * no input can form a special token (`<!channel>`, `<@U…>`, `<#C…>`,
 * `<http://evil|link>`). Bare `@channel`/`@here`/`@everyone` and formatting
 * characters are broken with a zero-width space so they render literally.
 */

const zwsp = '\u200B';
const ellipsis = '…';

function escapeChar(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    default:
      return ch;
  }
}

export interface EscapeOptions {
  /** Longest result (in UTF-16 units, which is never less than Slack's character count). */
  limit?: number;
  /** Break `*`, `_`, `~` and backticks so they show as typed instead of formatting (default true). */
  neutraliseFormatting?: boolean;
}

const broadcast = /@(channel|here|everyone)\b/gi;
/**
 * Control characters (C0 but tab and newline, DEL, C1) and Unicode bidi
 * controls: an event could use them to reorder what a reader sees
 * ("Trojan Source") or to hide text. They are dropped.
 */
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Drops control and bidi characters (keeps tab and newline). */
export function stripControls(input: string): string {
  return input.replace(controls, '');
}
const formatting = /[*_~`]/g;
const entities = /[&<>]/g;

/** Escapes untrusted text for a mrkdwn text object, optionally truncated with an ellipsis. */
export function escapeMrkdwn(input: string, options: EscapeOptions = {}): string {
  let text = stripControls(input).replace(broadcast, `@${zwsp}$1`);
  if (options.neutraliseFormatting ?? true) text = text.replace(formatting, (c) => `${zwsp}${c}`);
  // One replace, not a string built a character at a time (a long statement was thousands of small strings).
  const out = text.replace(entities, escapeChar);
  return options.limit === undefined ? out : truncateEscaped(text, out, options.limit);
}

/** Escapes untrusted text for an inline code span (backticks cannot close it early). */
export function inlineCode(input: string, limit?: number): string {
  const inner = escapeMrkdwn(input.replace(/`/g, 'ˋ'), { neutraliseFormatting: false, ...(limit === undefined ? {} : { limit: Math.max(limit - 2, 1) }) });
  return `\`${inner}\``;
}

/** Cuts already-safe text to `limit` units without splitting a code point, ending in "…" when cut. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > limit - ellipsis.length) break;
    out += ch;
  }
  return out + ellipsis;
}

/** Truncates by source code points so an entity such as `&amp;` is never cut in half. */
function truncateEscaped(source: string, escaped: string, limit: number): string {
  if (escaped.length <= limit) return escaped;
  if (limit <= 0) return '';
  let out = '';
  for (const ch of source) {
    const piece = escapeChar(ch);
    if (out.length + piece.length > limit - ellipsis.length) break;
    out += piece;
  }
  // do not leave a dangling zero-width space that was meant to guard the character after it
  if (out.endsWith(zwsp)) out = out.slice(0, -zwsp.length);
  return out + ellipsis;
}

/** Plain text for plain_text objects (no escaping needed), truncated to `limit`. */
export function plain(input: string, limit: number): string {
  return truncate(stripControls(input), limit);
}

/** Slack user ids as Slack sends them (U… or, on Enterprise Grid, W…). */
const slackUserId = /^[UW][A-Z0-9]{2,20}$/;

/** `<@U…>` for a well-formed Slack user id, else undefined: a mention is never built from other text. */
export function userMention(id: string | null | undefined): string | undefined {
  return id && slackUserId.test(id) ? `<@${id}>` : undefined;
}
