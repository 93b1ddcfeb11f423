import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import type { CloudTrailEvent } from '../../src/ingest/types.js';
import { defineRule, type CloudTrailRule } from '../../src/rules/define-rule.js';
import { checkRuleTuning } from '../../src/rules/check-tuning.js';
import { formatDuration, parseDuration } from '../../src/rules/duration.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import { getString } from '../../src/rules/event-fields.js';
import { exampleEvent, identities } from '../../src/rules/example-event.js';
import { eventPrincipal } from '../../src/rules/principal.js';
import { createRedisRuleState, ruleStateKeys } from '../../src/rules/redis-state.js';
import { createMemoryRuleState, type ObserveRequest, type RuleStateStore } from '../../src/rules/state.js';
import { ruleTuningSchema } from '../../src/rules/tuning.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);

const read = (secret: string, minute: number, who: Record<string, unknown> = identities.iamUser): CloudTrailEvent =>
  exampleEvent({
    eventSource: 'secretsmanager.amazonaws.com',
    eventName: 'GetSecretValue',
    readOnly: true,
    userIdentity: { ...who },
    eventTime: new Date(Date.UTC(2024, 4, 1, 10, minute)).toISOString().replace('.000', ''),
    requestParameters: { secretId: secret },
  });

/** A count rule of the test's own: 3 distinct secrets read by one principal within 10 minutes. */
const countRule: CloudTrailRule = defineRule({
  id: 'cloudtrail-test-count',
  title: 'Count',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'secrets-management',
  controls: [],
  attack: ['T1555.006'],
  guardduty: [],
  falsePositives: ['tests'],
  tuning: 'rules.cloudtrail-test-count.threshold',
  when: { eventSource: 'secretsmanager.amazonaws.com', eventName: 'GetSecretValue' },
  state: { kind: 'count', window: '10m', threshold: 3, key: eventPrincipal, values: (e) => [getString(e.requestParameters, 'secretId') ?? ''] },
  description: 'Test rule.',
  customerAction: 'Nothing, it is a test.',
  describe: (_e, s) => `${s?.count ?? 0} secrets in ${formatDuration(s?.windowSeconds ?? 0)} (threshold ${s?.threshold ?? 0}).`,
  cases: [
    { name: 'third fires', fires: true, before: [read('a', 0), read('b', 1)], event: read('c', 2) },
    { name: 'second does not', fires: false, before: [read('a', 0)], event: read('b', 1) },
  ],
});

const login = (ip: string, minute: number, who: Record<string, unknown>) =>
  exampleEvent({
    eventSource: 'sts.amazonaws.com',
    eventName: 'GetCallerIdentity',
    readOnly: true,
    sourceIPAddress: ip,
    userIdentity: { ...who },
    eventTime: new Date(Date.UTC(2024, 4, 1, 10, minute)).toISOString().replace('.000', ''),
  });

/** A first-seen rule of the test's own: a principal seen from an address it was not seen from. */
const firstSeenRule: CloudTrailRule = defineRule({
  id: 'cloudtrail-test-first-seen',
  title: 'First seen',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: [],
  attack: ['T1078.004'],
  guardduty: [],
  falsePositives: ['tests'],
  tuning: 'rules.cloudtrail-test-first-seen.window',
  when: { eventName: 'GetCallerIdentity' },
  state: { kind: 'first-seen', window: '1h', key: eventPrincipal, values: (e) => [e.sourceIPAddress ?? ''] },
  description: 'Test rule.',
  customerAction: 'Nothing, it is a test.',
  describe: (e, s) => `${e.sourceIPAddress ?? ''} is new after ${s?.known.join(', ') ?? ''}.`,
  cases: [
    { name: 'second address fires', fires: true, before: [login('192.0.2.1', 0, identities.iamUser)], event: login('192.0.2.2', 1, identities.iamUser) },
    { name: 'first address is the baseline', fires: false, event: login('192.0.2.1', 0, identities.iamUser) },
  ],
});

const run = async (engine: ReturnType<typeof createRuleEngine>, events: CloudTrailEvent[]) => {
  const out: string[] = [];
  for (const e of events) for (const a of await engine.evaluateAsync({ source: 'cloudtrail', event: e })) out.push(`${a.rule}@${a.eventId}: ${a.summary}`);
  return out;
};

describe('stateful rules: count', () => {
  it('fires once, on the event that reaches the threshold, and counts distinct values only', () => {
    const engine = createRuleEngine({ rules: [countRule] });
    const events = [read('a', 0), read('a', 1), read('b', 2), read('c', 3), read('d', 4)];
    const fired = events.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }).length);
    expect(fired).toEqual([0, 0, 0, 1, 0]);
    const alert = createRuleEngine({ rules: [countRule] });
    for (const e of events.slice(0, 3)) alert.evaluate({ source: 'cloudtrail', event: e });
    expect(alert.evaluate({ source: 'cloudtrail', event: events[3]! })[0]).toMatchObject({ summary: '3 secrets in 10m (threshold 3).', attack: ['T1555.006'] });
  });

  it('keeps one window per principal', () => {
    const engine = createRuleEngine({ rules: [countRule] });
    const evs = [read('a', 0), read('b', 1, identities.assumedRole), read('c', 2, identities.assumedRole), read('d', 3)];
    expect(evs.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }).length)).toEqual([0, 0, 0, 0]);
  });

  it('forgets values older than the window, and fires again on a later burst', () => {
    const engine = createRuleEngine({ rules: [countRule] });
    const evs = [read('a', 0), read('b', 5), read('c', 11), read('d', 12), read('e', 30), read('f', 31), read('g', 32)];
    // At minute 11, "a" (minute 0) is out of the 10-minute window: b, c = 2; at 12: b, c, d = 3.
    expect(evs.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }).length)).toEqual([0, 0, 0, 1, 0, 0, 1]);
  });

  it('takes the window and threshold from the config, and rejects overrides for unknown or stateless rules', () => {
    const tuning = ruleTuningSchema.parse({ 'cloudtrail-test-count': { window: '2m', threshold: 2 } });
    const engine = createRuleEngine({ rules: [countRule], tuning });
    const evs = [read('a', 0), read('b', 3), read('c', 4)];
    // 2 minutes: a is gone at minute 3; b, c reach 2 at minute 4.
    expect(evs.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }).length)).toEqual([0, 0, 1]);
    expect(() => createRuleEngine({ rules: [countRule], tuning: { 'cloudtrail-nope': { threshold: 2 } } })).toThrow(/no such rule/);
    expect(() => createRuleEngine({ tuning: { 'cloudtrail-logging-stopped': { window: 60 } } })).toThrow(/keeps no window/);
    expect(() => createRuleEngine({ rules: [firstSeenRule], tuning: { 'cloudtrail-test-first-seen': { threshold: 3 } } })).toThrow(/window only/);
    expect(() => ruleTuningSchema.parse({ 'cloudtrail-test-count': { window: '10 minutes' } })).toThrow();
    expect(() => ruleTuningSchema.parse({ 'cloudtrail-test-count': { threshold: 0 } })).toThrow();
  });

  it('answers a re-read event the same way (a retried job fires again; the router dedups the post)', () => {
    const engine = createRuleEngine({ rules: [countRule] });
    const evs = [read('a', 0), read('b', 1), read('c', 2)];
    for (const e of evs) engine.evaluate({ source: 'cloudtrail', event: e });
    expect(engine.evaluate({ source: 'cloudtrail', event: evs[2]! })).toHaveLength(1);
    expect(engine.evaluate({ source: 'cloudtrail', event: evs[1]! })).toHaveLength(0);
  });
});

describe('stateful rules: first-seen', () => {
  it('learns the first value as the baseline and fires on each new one', () => {
    const engine = createRuleEngine({ rules: [firstSeenRule] });
    const evs = [login('192.0.2.1', 0, identities.iamUser), login('192.0.2.1', 1, identities.iamUser), login('192.0.2.2', 2, identities.iamUser), login('192.0.2.2', 3, identities.iamUser), login('192.0.2.3', 4, identities.iamUser)];
    const alerts = evs.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }));
    expect(alerts.map((a) => a.length)).toEqual([0, 0, 1, 0, 1]);
    expect(alerts[4]![0]!.summary).toBe('192.0.2.3 is new after 192.0.2.1, 192.0.2.2.');
  });

  it('starts a new baseline after the window', () => {
    const tuning = ruleTuningSchema.parse({ 'cloudtrail-test-first-seen': { window: '5m' } });
    const engine = createRuleEngine({ rules: [firstSeenRule], tuning });
    const evs = [login('192.0.2.1', 0, identities.iamUser), login('192.0.2.2', 10, identities.iamUser), login('192.0.2.3', 11, identities.iamUser)];
    expect(evs.map((e) => engine.evaluate({ source: 'cloudtrail', event: e }).length)).toEqual([0, 0, 1]);
  });
});

describe('stateful rules: asking an asynchronous store only when an event could fire', () => {
  /** A store that answers like the memory store, asynchronously (as Redis does), counting the questions. */
  const counting = () => {
    const inner = createMemoryRuleState();
    const store = { sync: false, calls: 0, observe: async (r: ObserveRequest) => (store.calls++, inner.observe(r)) };
    return store;
  };
  const ev = (engine: ReturnType<typeof createRuleEngine>, e: CloudTrailEvent) => engine.evaluateAsync({ source: 'cloudtrail', event: e });

  it('skips the store for a repeat of what a quiet observation just saw, and asks it again for anything new', async () => {
    const store = counting();
    const engine = createRuleEngine({ rules: [countRule], state: store });
    // The same secret read again and again within a minute: one question.
    for (let i = 0; i < 5; i++) await ev(engine, read('a', 0));
    expect(store.calls).toBe(1);
    // A new secret, and the same one two minutes later (beyond a tenth of the window): asked.
    await ev(engine, read('b', 0));
    await ev(engine, read('a', 2));
    expect(store.calls).toBe(3);
    // ...and the count still fires on the third distinct secret.
    expect(await ev(engine, read('c', 2))).toHaveLength(1);
  });

  it('never remembers an observation that fired, so a retried event fires again', async () => {
    const store = counting();
    const engine = createRuleEngine({ rules: [countRule], state: store });
    const evs = [read('a', 0), read('b', 0), read('c', 0)];
    for (const e of evs) await ev(engine, e);
    expect(await ev(engine, evs[2]!)).toHaveLength(1);
  });

  it('asks a synchronous (in-memory) store every time: it answers as fast as the cache would', () => {
    const inner = createMemoryRuleState();
    const store = { sync: true, calls: 0, observe: (r: ObserveRequest) => (store.calls++, inner.observe(r)) };
    const engine = createRuleEngine({ rules: [countRule], state: store });
    for (let i = 0; i < 3; i++) engine.evaluate({ source: 'cloudtrail', event: read('a', 0) });
    expect(store.calls).toBe(3);
  });
});

describe('stateful rules: the Redis store gives the memory store\'s answers', () => {
  const sequence = (): CloudTrailEvent[] => [
    read('a', 0),
    read('b', 1),
    read('a', 2),
    read('c', 3),
    read('d', 4, identities.assumedRole),
    read('e', 14),
    read('f', 15),
    read('g', 16),
    read('g', 16),
  ];
  const logins = (): CloudTrailEvent[] => [
    login('192.0.2.1', 0, identities.iamUser),
    login('192.0.2.1', 1, identities.iamUser),
    login('192.0.2.2', 2, identities.iamUser),
    login('192.0.2.7', 3, identities.assumedRole),
    login('192.0.2.9', 4, identities.assumedRole),
    login('192.0.2.3', 90, identities.iamUser),
    login('192.0.2.4', 91, identities.iamUser),
  ];

  it('on the same events, through evaluateAsync', async () => {
    const evs = [...sequence(), ...logins()];
    const memory = await run(createRuleEngine({ rules: [countRule, firstSeenRule] }), evs);
    const viaRedis = await run(createRuleEngine({ rules: [countRule, firstSeenRule], state: createRedisRuleState(redis, `${prefix}-a`) }), evs);
    expect(viaRedis).toEqual(memory);
    expect(memory.length).toBe(5);
    // A second engine on the same Redis shares the windows (another worker or replica).
    const again = createRuleEngine({ rules: [countRule], state: createRedisRuleState(redis, `${prefix}-a`) });
    expect(await again.evaluateAsync({ source: 'cloudtrail', event: read('h', 17) })).toHaveLength(0);
  });

  it('store by store, request by request (values, known values, re-asked events)', async () => {
    const stores: RuleStateStore[] = [createMemoryRuleState(), createRedisRuleState(redis, `${prefix}-b`)];
    const reqs: ObserveRequest[] = [
      { rule: 'r', key: 'k', eventId: 'e1', values: ['x', 'y'], timeMs: 1_000, windowMs: 10_000, knownLimit: 5 },
      { rule: 'r', key: 'k', eventId: 'e2', values: ['y', 'z', 'z'], timeMs: 2_000, windowMs: 10_000, knownLimit: 5 },
      { rule: 'r', key: 'k', eventId: 'e1', values: ['x', 'y'], timeMs: 1_000, windowMs: 10_000, knownLimit: 5 },
      { rule: 'r', key: 'k', eventId: 'e3', values: ['w'], timeMs: 11_500, windowMs: 10_000, knownLimit: 2 },
      { rule: 'r', key: 'other', eventId: 'e4', values: ['x'], timeMs: 11_500, windowMs: 10_000, knownLimit: 5 },
      { rule: 'r2', key: 'k', eventId: 'e5', values: ['x'], timeMs: 11_500, windowMs: 10_000, knownLimit: 0 },
    ];
    const answers = [];
    for (const store of stores) {
      const list = [];
      for (const r of reqs) list.push(await store.observe(r));
      answers.push(list);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]).toEqual([
      { before: 0, after: 2, added: ['x', 'y'], known: [] },
      { before: 2, after: 3, added: ['z'], known: ['x', 'y'] },
      { before: 0, after: 2, added: ['x', 'y'], known: [] },
      // x (1s) is older than 11.5s - 10s; y and z were seen at 2s.
      { before: 2, after: 3, added: ['w'], known: ['y', 'z'] },
      { before: 0, after: 1, added: ['x'], known: [] },
      { before: 0, after: 1, added: ['x'], known: [] },
    ]);
  });

  it('keeps its keys under the prefix, hashed, with an expiry', async () => {
    const store = createRedisRuleState(redis, `${prefix}-c`);
    await store.observe({ rule: 'cloudtrail-test-count', key: 'arn:aws:iam::123456789012:user/alice', eventId: 'e1', values: ['a'], timeMs: Date.now(), windowMs: 600_000, knownLimit: 0 });
    const [values] = ruleStateKeys(`${prefix}-c`, 'cloudtrail-test-count', 'arn:aws:iam::123456789012:user/alice');
    expect(values).toMatch(new RegExp(`^${prefix}-c:srm:rule-state:cloudtrail-test-count:[0-9a-f]{24}:values$`));
    const ttl = await redis.pttl(values);
    expect(ttl).toBeGreaterThan(600_000);
    expect(ttl).toBeLessThanOrEqual(600_000 + 86_400_000);
  });

  it('makes the sync evaluate report a stateful rule it cannot run with an asynchronous store', () => {
    const errors: string[] = [];
    const engine = createRuleEngine({ rules: [countRule], state: createRedisRuleState(redis, `${prefix}-d`), onRuleError: (id, err) => errors.push(`${id}: ${(err as Error).message}`) });
    expect(engine.evaluate({ source: 'cloudtrail', event: read('a', 0) })).toEqual([]);
    expect(errors).toEqual(['cloudtrail-test-count: a stateful rule needs evaluateAsync with an asynchronous state store']);
  });
});

describe('the config\'s rules: section', () => {
  it('parses windows and thresholds, and names the key of a mistake', () => {
    const config = parseConfig({ rules: { 'cloudtrail-secrets-bulk-retrieved': { window: '30m', threshold: 20 }, 'cloudtrail-ec2-instance-credentials-new-ip': { window: 172800 } } }, {});
    expect(config.rules).toEqual({ 'cloudtrail-secrets-bulk-retrieved': { window: 1800, threshold: 20 }, 'cloudtrail-ec2-instance-credentials-new-ip': { window: 172_800 } });
    expect(parseConfig({}, {}).rules).toEqual({});
    expect(() => parseConfig({ rules: { 'cloudtrail-secrets-bulk-retrieved': { window: '30 minutes' } } }, {})).toThrow(/rules\.cloudtrail-secrets-bulk-retrieved\.window: expected seconds or a number with s, m, h or d/);
    expect(() => parseConfig({ rules: { 'cloudtrail-secrets-bulk-retrieved': { limit: 3 } } }, {})).toThrow(/unknown key "limit"/);
    expect(() => checkRuleTuning(config.rules, 'srm.yaml')).not.toThrow();
    expect(() => checkRuleTuning({ 'cloudtrail-logging-stopped': { window: 60 } }, 'srm.yaml')).toThrow(ConfigError);
    expect(() => checkRuleTuning({ 'cloudtrail-logging-stopped': { window: 60 } }, 'srm.yaml')).toThrow(/invalid config in srm\.yaml:\n {2}rules\.cloudtrail-logging-stopped: this rule keeps no window/);
  });
});

describe('durations', () => {
  it('reads seconds and s/m/h/d, within 1 second to 30 days', () => {
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('10m')).toBe(600);
    expect(parseDuration('24h')).toBe(86_400);
    expect(parseDuration('7d')).toBe(604_800);
    expect(parseDuration(45)).toBe(45);
    expect(() => parseDuration('0s')).toThrow();
    expect(() => parseDuration('31d')).toThrow();
    expect(() => parseDuration('1.5h')).toThrow();
    expect(formatDuration(86_400)).toBe('1d');
    expect(formatDuration(90)).toBe('90s');
  });
});
