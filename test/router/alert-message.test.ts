import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { alertMessage, refreshAlertMessage } from '../../src/router/alert-message.js';
import { acknowledgeAlert, assignAlert, markSnoozed, recordPostedAlert } from '../../src/router/alert-store.js';
import { asEventAlert } from '../../src/router/event-alert.js';
import { alertRef } from '../../src/router/keys.js';
import { useTestRedis } from '../helpers/redis.js';
import { useLocalSlackPoster } from '../helpers/slack-api.js';
import { makeAlert } from './harness.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const local = useLocalSlackPoster(redis, prefix);

describe('refreshAlertMessage', () => {
  it('concurrent changes from several people (and replicas) converge: the message ends showing every one of them', async () => {
    const alert = asEventAlert(makeAlert());
    const ref = alertRef(alert);
    const posted = await local.poster.post({ channel: 'C0ALERTS1', ...alertMessage(alert, ref) });
    await recordPostedAlert({ redis, prefix }, { alert, channel: posted.channel, ts: posted.ts, permalink: null });
    const scope = { redis, prefix, poster: local.poster, logger: silentLogger() };
    const at = new Date().toISOString();
    await Promise.all([
      acknowledgeAlert(scope, ref, { by: 'U0000ALICE1', at }).then(() => refreshAlertMessage(scope, ref)),
      assignAlert(scope, ref, { to: 'U0000BOB001', by: 'U0000CAROL1', at }).then(() => refreshAlertMessage(scope, ref)),
      markSnoozed(scope, ref, { by: 'U0000DAVE01', at, until: new Date(Date.now() + 3_600_000).toISOString(), duration: '1h' }).then(() => refreshAlertMessage(scope, ref)),
      ...Array.from({ length: 5 }, () => refreshAlertMessage(scope, ref)),
    ]);
    const text = JSON.stringify(local.slack.messages.get(`${posted.channel}:${posted.ts}`)!.blocks);
    expect(text).toContain('Acknowledged by <@U0000ALICE1>');
    expect(text).toContain('Assigned to <@U0000BOB001> by <@U0000CAROL1>');
    expect(text).toContain('Snoozed for 1 hour by <@U0000DAVE01>');
    // updates are serialised per alert: fewer chat.update calls than refresh requests
    expect(local.slack.okCallsTo('chat.update').length).toBeLessThanOrEqual(8);
    expect(await redis.exists(`${prefix}:srm:alert-render:${ref}`)).toBe(0);
  });

  it('says gone for an alert no longer kept, and needs a poster', async () => {
    const scope = { redis, prefix, poster: local.poster, logger: silentLogger() };
    expect(await refreshAlertMessage(scope, 'ffffffffffffffffffffffff')).toBe('gone');
    await expect(refreshAlertMessage({ redis, prefix, logger: silentLogger() }, 'ffffffffffffffffffffffff')).rejects.toThrow(/no Slack poster/);
  });
});
