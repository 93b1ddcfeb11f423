import { randomUUID } from 'node:crypto';
import { exampleEvent, identities } from '../../../src/remediations/examples.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { modalBlocks } from '../../../src/slack/blocks/alert-modals.js';
import { request } from 'node:http';
import { blockActionPayload, forge, payloadRequest, sign, staleTimestamp, viewSubmission, type SignedRequest } from '../../helpers/slack-request.js';
import { eventBridge } from '../lib/events.js';
import { check, type Check, type Scenario } from '../lib/scenario.js';
import { runSrm } from '../lib/srm-process.js';
import { until } from '../lib/wait.js';
import { signingSecret, World } from '../lib/world.js';

const alice = 'U0000ALICE1'; // may remediate
const mallory = 'U0000MALLRY'; // may not
const outsider = 'U0000OUTSDR'; // listed, but from another workspace (Slack Connect)
const channel = 'C0FLTSEC01';
const trailArn = 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/management-events';

/** POSTs a signed request on a connection of its own (as Slack's deliveries arrive); status 0 when the connection failed. */
function post(url: string, r: SignedRequest): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) }, agent: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (err) => resolve({ status: 0, text: String(err) }));
    req.end(r.body);
  });
}

/**
 * Hostile requests to a running `srm serve` (HTTP mode) holding one alert
 * whose Remediate… restarts CloudTrail logging: forged and stale signatures,
 * a replayed confirmation, oversized and malformed bodies, unknown action
 * ids, presses and submissions by a user who may not remediate and by a
 * listed user of another workspace. Exactly one AWS write may happen: the
 * one alice confirmed; every refusal is audited; srm keeps serving.
 */
export const hostileSlack: Scenario = {
  name: 'hostile-slack',
  weight: 15,
  summary: 'forged/stale signatures, replays, oversized bodies, unknown action ids, outsiders and unauthorised users: one authorised AWS write, nothing else',
  async run(ctx) {
    const config = {
      poll: { cloudtrail: false, guardduty: false },
      sqs: true,
      defaultChannel: channel,
      digest: { threshold: 1000, windowSeconds: 60 },
      remediation: { allowedUsers: [alice, outsider] },
    };
    const world = await World.create(this.name, { redis: { aof: true }, config });
    const checks: Check[] = [];
    try {
      world.aws.trails.set(trailArn, { logging: false });
      const serve = await world.start('serve', 'serve');
      const base = `http://127.0.0.1:${serve.port}`;
      const eventID = randomUUID();
      const event = exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', awsRegion: 'eu-west-1', userIdentity: identities.iamUser, requestParameters: { name: 'management-events' }, eventID });
      await world.send([eventBridge({ event })]);
      const alert = await until('the StopLogging alert posted', () => [...world.slack.messages.values()].find((m) => !m.threadTs && JSON.stringify(m.blocks).includes(eventID)), 60_000);
      const ref = /"action_id":"srm-alert-remediate"[^}]*"value":"([0-9a-f]{24})"|"value":"([0-9a-f]{24})"[^}]*"action_id":"srm-alert-remediate"/.exec(JSON.stringify(alert.blocks));
      const alertRef = ref?.[1] ?? ref?.[2] ?? '';
      checks.push(check('the alert offers Remediate…', alertRef !== ''));
      const writes = () => world.aws.requests.filter((r) => r.operation === 'StartLogging').length;
      const opened = () => world.slack.callsTo('views.open').length;
      let n = 0;
      const press = (user: string, extra: { userTeam?: string; actionId?: string } = {}) => {
        const payload = blockActionPayload({ actionId: extra.actionId ?? actionIds.alertRemediate, value: alertRef, userId: user, messageTs: alert.ts, channelId: alert.channel, responseUrl: world.slack.responseUrl(`r${++n}`) }) as { user: { team_id: string } };
        if (extra.userTeam) payload.user.team_id = extra.userTeam;
        return { req: payloadRequest(payload, signingSecret), id: `r${n}` };
      };
      const send = (r: SignedRequest) => post(`${base}/slack/events`, r);

      // 1. Forged and stale signatures, a body changed after signing: 401, nothing done.
      for (const [what, req] of [
        ['forged signature', forge(press(alice).req)],
        ['stale timestamp', payloadRequest(blockActionPayload({ actionId: actionIds.alertRemediate, value: alertRef, userId: alice, messageTs: alert.ts, channelId: alert.channel }), signingSecret, { timestamp: staleTimestamp() })],
        ['body changed after signing', (() => { const r = press(mallory).req; return { ...r, body: r.body.replace(mallory, alice) }; })()],
      ] as const) {
        const before = opened();
        const res = await send(req);
        checks.push(check(`${what}: 401 and no modal`, res.status === 401 && opened() === before, `status ${res.status}`));
      }

      // 2. Oversized and malformed bodies: refused, srm keeps serving.
      for (const [what, body] of [
        ['a 5 MB body', `payload=${'A'.repeat(5 * 1024 * 1024)}`],
        ['a payload that is not JSON', 'payload=%7Bnot-json'],
        ['a payload of the wrong shape', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: 'none', user: 42 }))}`],
      ] as const) {
        const res = await send(sign(body, 'application/x-www-form-urlencoded', signingSecret));
        const health = await serve.healthz().catch(() => ({ status: 0 }));
        checks.push(check(`${what}: answered, and srm still serves (/healthz 200)`, res.status !== 0 && health.status === 200 && serve.alive, `status ${res.status}, healthz ${health.status}`));
      }

      // 3. An unknown action id, signed: nothing happens.
      {
        const before = world.slack.calls.length;
        const res = await send(press(alice, { actionId: 'srm-not-an-action' }).req);
        checks.push(check('an unknown action_id: no Slack or AWS call made', world.slack.calls.length === before && writes() === 0, `status ${res.status}`));
      }

      // 4. Remediate… by a user who may not, and by a listed user of another workspace: refused ephemerally, no modal.
      for (const [who, user, team] of [['mallory (not listed)', mallory, undefined], ['a listed user of another workspace', outsider, 'T0OTHERWS1']] as const) {
        const before = opened();
        const p = press(user, team ? { userTeam: team } : {});
        await send(p.req);
        const answered = await until(`${who} answered`, () => world.slack.responsesTo(p.id).length > 0, 20_000).catch(() => false);
        checks.push(check(`Remediate… by ${who}: refused, no modal`, answered === true && opened() === before, world.slack.responsesTo(p.id).map((r) => String(r.body.text)).join(' ').slice(0, 120)));
      }

      // 5. alice opens the modal; mallory submits it (metadata stolen): refused; alice submits: one write; the replay: none.
      const pa = press(alice);
      await send(pa.req);
      const view = await until('the confirmation modal', () => world.slack.callsTo('views.open').at(-1)?.body.view as { private_metadata?: string } | undefined, 20_000);
      const submission = (user: string) =>
        viewSubmission({ callbackId: callbackIds.remediateModal, privateMetadata: String(view.private_metadata), userId: user, values: { [modalBlocks.choice]: { [actionIds.remediationChoice]: { type: 'radio_buttons', selected_option: { value: 'cloudtrail-start-logging' } } } }, viewId: `V${Date.now()}` }, signingSecret);
      await send(submission(mallory));
      const byMallory = writes();
      const confirmed = submission(alice);
      const res = await send(confirmed);
      await until('the remediation ran', () => writes() > 0, 60_000).catch(() => undefined);
      const replay = await send(confirmed);
      await new Promise((r) => setTimeout(r, 5_000));
      checks.push(check("mallory's submission of the stolen modal did nothing", byMallory === 0));
      checks.push(check("alice's confirmation ran StartLogging once; its replay ran nothing", writes() === 1 && world.aws.trails.get(trailArn)?.logging === true, `${writes()} StartLogging calls; confirmation ${res.status}, replay ${replay.status}`));

      // 6. The audit trail names every refusal and the one run.
      const audit = await runSrm(['audit', '--json'], world.env(), 60_000);
      const entries = audit.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { user: string; action: string; outcome: string });
      const refused = (u: string) => entries.some((e) => e.user === u && /refus/.test(`${e.action} ${e.outcome}`));
      checks.push(check('srm audit records the refusals of mallory and the outsider', refused(mallory) && refused(outsider), entries.map((e) => `${e.user}:${e.action}:${e.outcome}`).join(', ').slice(0, 200)));
      const health = await serve.healthz().catch(() => ({ status: 0 }));
      checks.push(check('srm serve still serves (/healthz 200)', serve.alive && health.status === 200));
      checks.push(check('no Block Kit violation in anything srm sent', world.slack.violations.length === 0, world.slack.violations.slice(0, 2).join('; ') || 'none'));
      ctx.log(`${checks.filter((c) => c.ok).length} of ${checks.length} hostile requests handled as they must be; AWS writes: ${writes()} (the confirmed one); audit entries: ${entries.length}`);
      return { checks };
    } finally {
      await world.close();
    }
  },
};
