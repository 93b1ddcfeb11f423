import { afterEach, describe, expect, it } from 'vitest';
import { validateBlocks } from '../../../../src/slack/block-limits.js';
import { actionIds } from '../../../../src/slack/ids.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../../../helpers/slack-app.js';
import { blockAction, sendSigned } from '../../../helpers/slack-request.js';

let app: RunningTestApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('"Why this answer?" under a /srm who answer', () => {
  it('answers ephemerally with the service and duty found, the words that chose them and the runner-up', async () => {
    app = await startTestApp();
    const question = 'we turned off auto minor version upgrade on rds, who applies minor versions?';
    const res = await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.whoExplain, value: question, responseUrl: app.slack.responseUrl('explain') }, testSigningSecret));
    expect(res.status).toBe(200);
    await app.slack.waitFor(() => app?.slack.responsesTo('explain').length === 1);
    const [response] = app.slack.responsesTo('explain');
    const body = response?.body as { response_type: string; replace_original?: boolean; blocks: { type: string }[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.replace_original).toBe(false);
    const text = JSON.stringify(body.blocks);
    expect(text).toContain('*Service* `rds`');
    expect(text).toContain('Minor engine version upgrades');
    expect(text).toContain('`rds-minor-version-upgrades`');
    expect(text).toContain('*Setting* Auto minor version upgrade turned off');
    expect(text).toContain('*Runner-up*');
    expect(validateBlocks(body.blocks as never, 'message')).toEqual([]);
  });

  it('escapes a hostile question and ignores a button without a value', async () => {
    app = await startTestApp();
    await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.whoExplain, value: '<!channel> who patches <https://evil.example|rds>?', responseUrl: app.slack.responseUrl('hostile') }, testSigningSecret));
    await app.slack.waitFor(() => app?.slack.responsesTo('hostile').length === 1);
    const text = JSON.stringify(app.slack.responsesTo('hostile')[0]?.body);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil.example');
    const before = app.slack.responses.length;
    const res = await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.whoExplain, responseUrl: app.slack.responseUrl('empty') }, testSigningSecret));
    expect(res.status).toBe(200);
    expect(app.slack.responses.length).toBe(before);
  });
});
