import type { ModalView } from '@slack/types';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChecksPort } from '../../../../src/checks/check-runs.js';
import { actionIds, callbackIds } from '../../../../src/slack/ids.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../../../helpers/slack-app.js';
import { blockAction, payloadRequest, sendSigned, testTeamId, testUserId } from '../../../helpers/slack-request.js';
import { eventually } from '../../../queue/harness.js';

let app: RunningTestApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const runId = 'r-mhz1k2-0a1b2c3d';
const channel = 'C0DIGESTS1';

/** A ChecksPort whose full list is a page marker, recording what it was asked. */
function port(asked: Array<{ runId: string; channel: string; page: number }>): ChecksPort {
  const unused = () => {
    throw new Error('not used here');
  };
  return {
    catalogue: unused,
    accounts: unused,
    start: unused,
    waitForResults: unused,
    async digestList(request) {
      asked.push(request);
      if (request.channel !== channel) return null;
      return {
        type: 'modal',
        callback_id: callbackIds.checkDigestList,
        title: { type: 'plain_text', text: 'Scheduled checks' },
        private_metadata: JSON.stringify({ runId: request.runId, channel: request.channel }),
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `page ${request.page + 1}` } }],
      } satisfies ModalView;
    },
  };
}

/** The page picker's block action, from inside the modal srm opened. */
function pagePicked(page: number, view: { callbackId?: string; privateMetadata: string }) {
  return payloadRequest(
    {
      type: 'block_actions',
      user: { id: testUserId, username: 'alice', name: 'alice', team_id: testTeamId },
      api_app_id: 'A0000SRM01',
      token: 'deprecated-verification-token',
      container: { type: 'view', view_id: 'V0000VIEW1' },
      trigger_id: '1001.1700000000.0123456789abcdef0123456789abcdef',
      team: { id: testTeamId, domain: 'example' },
      view: {
        id: 'V0000VIEW1',
        team_id: testTeamId,
        type: 'modal',
        callback_id: view.callbackId ?? callbackIds.checkDigestList,
        private_metadata: view.privateMetadata,
        hash: '1700000000.abcdef',
        blocks: [],
        state: { values: {} },
      },
      actions: [
        {
          type: 'static_select',
          action_id: actionIds.checkDigestPage,
          block_id: 'pages',
          selected_option: { text: { type: 'plain_text', text: `Page ${page + 1}` }, value: String(page) },
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    },
    testSigningSecret,
  );
}

describe('the scheduled digest\'s full list', () => {
  it('opens the run\'s full list in a modal from the digest\'s button, for the channel it was posted in', async () => {
    const asked: Array<{ runId: string; channel: string; page: number }> = [];
    app = await startTestApp({ checks: port(asked) });
    const res = await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.checkDigestFullList, value: runId, channelId: channel, messageTs: '1700000000.000100' }, testSigningSecret));
    expect(res.status).toBe(200);
    const opened = await eventually(() => app!.slack.okCallsTo('views.open')[0]);
    expect(asked).toEqual([{ runId, channel, page: 0 }]);
    expect(typeof opened.body.trigger_id).toBe('string');
    expect(JSON.stringify(opened.body.view)).toContain('page 1');
    expect(app.slack.violations).toEqual([]);
  });

  it('shows "no longer known" when the port has no such run for that channel', async () => {
    app = await startTestApp({ checks: port([]) });
    await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.checkDigestFullList, value: runId, channelId: 'C0ELSEWHER', messageTs: '1700000000.000100' }, testSigningSecret));
    const opened = await eventually(() => app!.slack.okCallsTo('views.open')[0]);
    expect(JSON.stringify(opened.body.view)).toContain('no longer known');
  });

  it('turns the page in place from the picker, with the run and channel it carried', async () => {
    const asked: Array<{ runId: string; channel: string; page: number }> = [];
    app = await startTestApp({ checks: port(asked) });
    await sendSigned(app.baseUrl, pagePicked(2, { privateMetadata: JSON.stringify({ runId, channel }) }));
    const updated = await eventually(() => app!.slack.okCallsTo('views.update')[0]);
    expect(updated.body.view_id).toBe('V0000VIEW1');
    expect(updated.body.hash).toBe('1700000000.abcdef');
    expect(JSON.stringify(updated.body.view)).toContain('page 3');
    expect(asked).toEqual([{ runId, channel, page: 2 }]);
  });

  it('ignores a picker from another modal or with metadata srm did not write, and a damaged button', async () => {
    const asked: Array<{ runId: string; channel: string; page: number }> = [];
    app = await startTestApp({ checks: port(asked) });
    await sendSigned(app.baseUrl, pagePicked(1, { callbackId: 'someone-elses-modal', privateMetadata: JSON.stringify({ runId, channel }) }));
    await sendSigned(app.baseUrl, pagePicked(1, { privateMetadata: JSON.stringify({ runId: '../../etc', channel }) }));
    await sendSigned(app.baseUrl, pagePicked(1, { privateMetadata: 'not json' }));
    await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.checkDigestFullList, value: 'Not A Run Id <!here>', channelId: channel, messageTs: '1700000000.000100' }, testSigningSecret));
    // a well-formed request after them is answered, so the ones before had their chance
    await sendSigned(app.baseUrl, pagePicked(0, { privateMetadata: JSON.stringify({ runId, channel }) }));
    await eventually(() => app!.slack.okCallsTo('views.update')[0]);
    expect(asked).toEqual([{ runId, channel, page: 0 }]);
    expect(app.slack.callsTo('views.update')).toHaveLength(1);
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });
});
