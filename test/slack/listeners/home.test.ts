import type { HomeView } from '@slack/types';
import { afterEach, describe, expect, it } from 'vitest';
import type { HomePort } from '../../../src/checks/check-runs.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../../helpers/slack-app.js';
import { appHomeOpened, eventCallback, sendSigned } from '../../helpers/slack-request.js';
import { eventually } from '../../queue/harness.js';

let app: RunningTestApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

function port(views: string[]): HomePort {
  return {
    async view(userId): Promise<HomeView> {
      views.push(userId);
      return { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Home of <@${userId}>` } }] };
    },
  };
}

describe('app_home_opened', () => {
  it('publishes the Home tab of the user who opened it', async () => {
    const asked: string[] = [];
    app = await startTestApp({ home: port(asked) });
    const res = await sendSigned(app.baseUrl, appHomeOpened('U0000ALICE', testSigningSecret));
    expect(res.status).toBe(200);
    const call = await eventually(() => app!.slack.okCallsTo('views.publish')[0]);
    expect(call.body.user_id).toBe('U0000ALICE');
    expect(JSON.stringify(call.body.view)).toContain('Home of <@U0000ALICE>');
    expect(asked).toEqual(['U0000ALICE']);
  });

  it('ignores the Messages tab', async () => {
    const asked: string[] = [];
    app = await startTestApp({ home: port(asked) });
    await sendSigned(app.baseUrl, eventCallback({ type: 'app_home_opened', user: 'U0000ALICE', channel: 'D0000HOME1', tab: 'messages' }, testSigningSecret));
    await sendSigned(app.baseUrl, appHomeOpened('U0000BOB01', testSigningSecret));
    await eventually(() => app!.slack.okCallsTo('views.publish')[0]);
    expect(asked).toEqual(['U0000BOB01']);
    expect(app.slack.callsTo('views.publish').map((c) => c.body.user_id)).toEqual(['U0000BOB01']);
  });
});
