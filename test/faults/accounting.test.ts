import { describe, expect, it } from 'vitest';
import type { SlackApiServer, SlackCall, StoredMessage } from '../../src/slack/local-api.js';
import { faultBoundaryCopies, ledger, rulesShown } from './lib/accounting.js';

// The fault suite's reading of what Slack shows: pure functions over the local Slack API's messages and calls.

const ev = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const kill = 1_000_000;

/** A local Slack API holding `posts` (accepted in this order, at these times). */
function slackWith(posts: Array<{ at: number; text: string; threadTs?: string; context?: string }>): Pick<SlackApiServer, 'messages' | 'okCallsTo'> {
  const messages = new Map<string, StoredMessage>();
  const calls: SlackCall[] = [];
  posts.forEach((p, i) => {
    const ts = `1700000000.${String(i).padStart(6, '0')}`;
    const blocks = p.context ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: p.context }] }] : [];
    messages.set(`C1:${ts}`, { channel: 'C1', ts, text: p.text, blocks, ...(p.threadTs ? { threadTs: p.threadTs } : {}), updates: 0 });
    calls.push({ method: 'chat.postMessage', at: p.at, body: {}, status: 200 } as unknown as SlackCall);
  });
  return { messages, okCallsTo: (m: string) => calls.filter((c) => c.method === m) };
}
const asServer = (s: ReturnType<typeof slackWith>) => s as unknown as SlackApiServer;

describe('fault-boundary copies (worker-kill, cluster-failover diagnostics: a duplicate of the kind srm now reconciles)', () => {
  const ids = new Set([ev(1), ev(2), ev(3)]);
  const taken = new Set([ev(1), ev(2), ev(3)]);

  it('explains a copy whose first message Slack accepted just before the fault, its job taken over, posted by no survivor', () => {
    const slack = asServer(slackWith([{ at: kill - 50, text: `alert ${ev(1)}` }, { at: kill - 10, text: `alert ${ev(2)}` }, { at: kill + 40_000, text: `alert ${ev(1)}` }]));
    const r = faultBoundaryCopies(slack, ids, kill, taken, new Map([[ev(1), [kill + 40_000]], [ev(2), [kill - 9]]]));
    expect(r.explained).toEqual([{ eventId: ev(1), msBeforeFault: 50, channel: 'C1', ts: '1700000000.000000' }]);
    expect(r.unexplained).toEqual([]);
    const l = ledger(slack, ids);
    expect(l.duplicates).toBe(1);
    // without survivors' logs (a Redis master lost: every process lives), the taken-over job and the timing decide
    expect(faultBoundaryCopies(slack, ids, kill, taken).explained).toHaveLength(1);
  });

  it('does not explain a duplicate a survivor posted twice, a job not taken over, a first copy long before or after the fault, three copies, or a digested event', () => {
    const pair = (first: number) => asServer(slackWith([{ at: first, text: ev(1) }, { at: kill + 30_000, text: ev(1) }]));
    expect(faultBoundaryCopies(pair(kill - 50), ids, kill, taken, new Map([[ev(1), [kill - 49, kill + 30_001]]])).unexplained).toHaveLength(1);
    expect(faultBoundaryCopies(pair(kill - 50), ids, kill, new Set()).unexplained).toHaveLength(1);
    expect(faultBoundaryCopies(pair(kill - 60_000), ids, kill, taken).unexplained).toHaveLength(1);
    expect(faultBoundaryCopies(pair(kill + 10_000), ids, kill, taken).unexplained).toHaveLength(1);
    const three = faultBoundaryCopies(asServer(slackWith([{ at: kill - 5, text: ev(1) }, { at: kill + 30_000, text: ev(1) }, { at: kill + 31_000, text: ev(1) }])), ids, kill, taken);
    expect(three.unexplained).toHaveLength(1);
    const digested = faultBoundaryCopies(asServer(slackWith([{ at: kill - 5, text: ev(1) }, { at: kill + 30_000, text: `burst of 3 alerts ${ev(1)}` }])), ids, kill, taken);
    expect(digested.unexplained).toHaveLength(1);
  });

  it('a thread reply copy counts like a top-level one', () => {
    const slack = asServer(slackWith([{ at: kill - 1, text: `Repeat #2 ${ev(3)}`, threadTs: '1.0' }, { at: kill + 35_000, text: `Repeat #2 ${ev(3)}`, threadTs: '1.0' }]));
    expect(faultBoundaryCopies(slack, ids, kill, taken, new Map([[ev(3), [kill + 35_000]]])).explained.map((c) => c.eventId)).toEqual([ev(3)]);
  });
});

describe('rules each message shows (hostile-records)', () => {
  it('reads the record line of posts and replies; a digest line names no rule', () => {
    const ids = new Set([ev(1), ev(2), ev(3)]);
    const slack = asServer(
      slackWith([
        { at: 1, text: 'x', context: `CloudTrail eventID \`${ev(1)}\` · rules \`cloudtrail-iam-admin-policy-granted\`, \`cloudtrail-iam-policy-changes\`` },
        { at: 2, text: 'Repeat #2', threadTs: '1.0', context: `CloudTrail eventID \`${ev(2)}\` · rule \`cloudtrail-unauthorized-api-calls\`` },
        { at: 3, text: `burst of 2 alerts ${ev(3)}` },
      ]),
    );
    const r = rulesShown(slack, ids);
    expect(Object.fromEntries([...r.rules].map(([k, v]) => [k, [...v]]))).toEqual({
      [ev(1)]: ['cloudtrail-iam-admin-policy-granted', 'cloudtrail-iam-policy-changes'],
      [ev(2)]: ['cloudtrail-unauthorized-api-calls'],
    });
    expect([...r.withoutRules]).toEqual([ev(3)]);
  });
});
