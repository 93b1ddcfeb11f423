import { describe, expect, it } from 'vitest';
import { blocksToText } from '../../src/cli/demo.js';
import { alertText, terminalSafe } from '../../src/cli/replay.js';
import type { Alert } from '../../src/rules/types.js';
import { renderAlert, renderAlertRepeat } from '../../src/slack/blocks/alert.js';
import { renderDigest } from '../../src/slack/blocks/digest.js';

/**
 * `srm replay` and `srm demo` print event fields to a terminal. An event can
 * carry ANSI escapes (clear the screen, rewrite lines, set the window title,
 * OSC 8 links), other control characters or bidi overrides that reorder what
 * is shown. None may reach the terminal.
 */

const hostile = [
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u001b]0;pwned\u0007', // window title
  '\u001b]8;;https://evil.example.com\u001b\\link\u001b]8;;\u001b\\', // OSC 8 hyperlink
  '\u009b31m', // C1 CSI
  '\r\b\u0007\u007f',
  '\u202Egnp.exe\u202C', // right-to-left override
  '\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
].join(' visible ');

const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const alert: Alert = {
  eventId: hostile,
  source: 'cloudtrail',
  rule: 'cloudtrail-root-console-login',
  title: `Root console login ${hostile}`,
  severity: 'critical',
  area: hostile,
  controls: [hostile],
  account: hostile,
  region: hostile,
  actor: hostile,
  sourceIp: hostile,
  time: hostile,
  eventName: hostile,
  summary: hostile,
  customerAction: hostile,
  notes: [hostile],
  resource: hostile,
  sample: false,
  dedupKey: 'k',
};

describe('terminal output strips escapes, controls and bidi characters', () => {
  it('srm replay (text): every field', () => {
    const text = alertText(alert);
    expect(text).toContain('visible');
    expect(text).not.toMatch(unsafe);
    expect(terminalSafe(hostile)).not.toMatch(unsafe);
  });

  it('srm demo: the transcript of what would be posted', () => {
    const lines = [
      ...blocksToText(renderAlert(alert).blocks),
      ...blocksToText(renderAlertRepeat(alert, 2).blocks),
      ...blocksToText(
        renderDigest({
          id: 'd1',
          channel: 'C0123ABCD',
          rule: 'r',
          title: hostile,
          severity: 'high',
          area: hostile,
          count: 3,
          firstTime: hostile,
          lastTime: hostile,
          byActor: { [hostile]: 3 },
          byAccount: { [hostile]: 3 },
          byRegion: { [hostile]: 3 },
          eventIds: [hostile],
        }).blocks,
      ),
    ];
    const text = lines.join('\n');
    expect(text).toContain('visible');
    expect(text).not.toMatch(unsafe);
  });
});
