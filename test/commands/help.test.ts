import { describe, expect, it } from 'vitest';
import { help } from '../../commands/help.js';
import { commands } from '../../commands/index.js';
import { silentLogger } from '../../src/logger.js';
import { validateBlocks } from '../../src/slack/block-limits.js';
import type { SlashCommand } from '../../src/slack/define-command.js';

describe('/srm help', () => {
  it('lists every registered subcommand with usage, summary and examples', async () => {
    const command: SlashCommand = help;
    const reply = await command.handle({
      input: { text: '', userId: 'U0000USER1', channelId: 'C0000CHAN1' },
      deps: { logger: silentLogger() },
      logger: silentLogger(),
      respond: async () => undefined,
    });
    expect(reply?.responseType).toBe('ephemeral');
    const all = JSON.stringify(reply?.blocks);
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const c of commands) {
      // usage is escaped for mrkdwn: `<question>` shows as typed instead of being parsed as a link
      expect(all).toContain(`/srm ${c.usage}`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      // the summary is escaped too: "ATT&CK" shows as ATT&amp;CK in mrkdwn
      expect(all).toContain(JSON.stringify(c.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, -1));
      for (const e of c.examples) expect(all).toContain(JSON.stringify(`/srm ${e}`).slice(1, -1));
    }
    expect(validateBlocks(reply?.blocks, 'message')).toEqual([]);
  });

  it('has unique subcommand names, each with usage starting with its name', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) expect(c.usage.split(' ')[0]).toBe(c.name);
  });
});
