import { describe, expect, it } from 'vitest';
import { classifyRecord, exceedsDepth, isSkipped } from '../../src/ingest/schemas.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import { burstAccounts } from './lib/events.js';
import { fuzzMessages, prng } from './lib/fuzz.js';
import { analyseRecords, compareRules, firingsWhateverTheOrder, stateOf, type RulesByEvent } from './lib/rule-oracle.js';
import { shuffled } from './scenarios/hostile-records.js';

// The fault suite's hostile-records oracle: srm replay's alerts, compared with the live path's rule by rule.

/** Fuzzed records as the live path reads them; dated now, as in the scenario (a record whose time was fuzzed away is evaluated at the current time, which must fall in the same windows). */
function records(n: number, seed: number): IngestedRecord[] {
  const out: IngestedRecord[] = [];
  for (const m of fuzzMessages(n, burstAccounts(100, 200), seed)) {
    let v: unknown;
    try {
      v = JSON.parse(m.body);
    } catch {
      continue;
    }
    if (exceedsDepth(v)) continue;
    const r = classifyRecord(v);
    if (!isSkipped(r)) out.push(r);
  }
  return out;
}

/** What srm replay does: one engine, windows in memory, the records in the order given. */
function evaluateInOrder(list: readonly IngestedRecord[]): Map<string, Set<string>> {
  const engine = createRuleEngine();
  const out = new Map<string, Set<string>>();
  for (const r of list) for (const a of engine.evaluate(r)) out.set(a.eventId, (out.get(a.eventId) ?? new Set()).add(a.rule));
  return out;
}

const copy = (m: RulesByEvent) => new Map([...m].map(([k, v]) => [k, new Set(v)]));
const problems = (c: ReturnType<typeof compareRules>) => [...c.replay, ...c.live.stateless, ...c.live.windows];

describe('hostile-records rule oracle', () => {
  const recs = records(1500, 20261203);
  const analysis = analyseRecords(recs);
  const inFileOrder = evaluateInOrder(recs);

  it('the fuzzed records fill stateful windows whose alerts depend on the order (what made the scenario flaky)', () => {
    const orders = [1, 2, 3, 4].map((s) => evaluateInOrder(shuffled(recs, prng(s))));
    const differs = orders.filter((o) => [...new Set([...o.keys(), ...inFileOrder.keys()])].some((id) => [...(o.get(id) ?? [])].sort().join() !== [...(inFileOrder.get(id) ?? [])].sort().join()));
    expect(differs.length).toBeGreaterThan(0);
    expect(analysis.windows.size).toBeGreaterThan(5);
  });

  it('accepts every order of the same records, and judges most windows exactly', () => {
    for (const s of [1, 2, 3, 4, 5, 6]) {
      const c = compareRules(analysis, inFileOrder, evaluateInOrder(shuffled(recs, prng(s))));
      expect(problems(c)).toEqual([]);
      expect(c.stateless.size).toBeGreaterThan(400);
    }
    const c = compareRules(analysis, inFileOrder, inFileOrder);
    expect(c.determined).toBeGreaterThanOrEqual(c.windows - 2);
  });

  it('rejects a lost or an extra stateless alert', () => {
    const live = copy(inFileOrder);
    const [id, rules] = [...live].find(([, r]) => r.size === 1 && [...analysis.verdicts.get([...live].find(([, x]) => x === r)![0])!.stateless].length === 1)!;
    live.delete(id);
    expect(compareRules(analysis, inFileOrder, live).live.stateless).toEqual([`${id}: stateless rules live none, in replay ${[...rules][0]}`]);
    const extra = copy(inFileOrder);
    const quiet = recs.map((r) => (r.source === 'cloudtrail' ? String(r.event.eventID) : r.finding.id)).find((x) => !inFileOrder.has(x))!;
    extra.set(quiet, new Set(['cloudtrail-root-account-usage']));
    expect(compareRules(analysis, inFileOrder, extra).live.stateless).toHaveLength(1);
  });

  it('rejects a window that fires twice, not at all when it must, on a teaching record, or outside its records', () => {
    const windows = [...analysis.windows.values()];
    const count = windows.find((w) => stateOf(w.rule)?.kind === 'count' && firingsWhateverTheOrder(w, stateOf(w.rule)!) === 1)!;
    expect(count).toBeDefined();
    const firer = count.members.find((m) => inFileOrder.get(m.eventId)?.has(count.rule))!;
    const other = count.members.find((m) => m.eventId !== firer.eventId)!;

    const twice = copy(inFileOrder);
    twice.set(other.eventId, (twice.get(other.eventId) ?? new Set()).add(count.rule));
    expect(compareRules(analysis, inFileOrder, twice).live.windows.join('\n')).toMatch(/2 records fired, 1 must whatever the order/);

    const none = copy(inFileOrder);
    none.get(firer.eventId)!.delete(count.rule);
    expect(compareRules(analysis, inFileOrder, none).live.windows.join('\n')).toMatch(/0 records fired, 1 must whatever the order/);

    // moving the alert to another record of the window is what another order does: accepted
    const moved = copy(none);
    moved.set(other.eventId, (moved.get(other.eventId) ?? new Set()).add(count.rule));
    expect(compareRules(analysis, inFileOrder, moved).live.windows).toEqual([]);

    const teaching = windows.flatMap((w) => w.members.filter((m) => m.teachOnly).map((m) => ({ w, m })))[0];
    expect(teaching).toBeDefined();
    const taught = copy(inFileOrder);
    taught.set(teaching!.m.eventId, (taught.get(teaching!.m.eventId) ?? new Set()).add(teaching!.w.rule));
    expect(compareRules(analysis, inFileOrder, taught).live.windows.join('\n')).toMatch(/only teaches the window/);

    const outside = copy(inFileOrder);
    const stranger = [...analysis.verdicts.values()].find((v) => v.observations.length === 0)!;
    outside.set(stranger.eventId, (outside.get(stranger.eventId) ?? new Set()).add(count.rule));
    expect(compareRules(analysis, inFileOrder, outside).live.windows.join('\n')).toMatch(/does not observe/);
  });
});
