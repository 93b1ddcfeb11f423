import { describe, expect, it } from 'vitest';
import { validateBlocks } from '../../../src/slack/block-limits.js';
import { renderHelp } from '../../../src/slack/blocks/help.js';

const cmd = (name: string) => ({ name, usage: `${name} <x>`, summary: `Does ${name}.`, examples: [`${name} 1`] });

describe('renderHelp', () => {
  it('lists every command sorted, with usage, summary and examples', () => {
    const reply = renderHelp([cmd('who'), cmd('check')]);
    const all = JSON.stringify(reply.blocks);
    // usage text is escaped: `<x>` must show as typed, not be parsed as a Slack link
    expect(all).not.toContain('<x>');
    expect(all.indexOf('/srm check &lt;x&gt;')).toBeGreaterThan(-1);
    expect(all.indexOf('/srm check &lt;x&gt;')).toBeLessThan(all.indexOf('/srm who &lt;x&gt;'));
    expect(all).toContain('Does who.');
    expect(all).toContain('`/srm who 1`');
    expect(reply.responseType).toBe('ephemeral');
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });

  it('says what was not found, escaped, with a suggestion', () => {
    const reply = renderHelp([cmd('help')], { unknown: '<!here>', suggestion: 'help' });
    expect(reply.text).toBe('There is no `/srm &lt;!here&gt;`. Did you mean `/srm help`?');
  });

  it('stays within 50 blocks however many commands exist', () => {
    const reply = renderHelp(Array.from({ length: 80 }, (_, i) => cmd(`c${i}`)));
    expect(validateBlocks(reply.blocks, 'message')).toEqual([]);
  });
});
