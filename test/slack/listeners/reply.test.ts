import { describe, expect, it } from 'vitest';
import { friendlyError, toRespond } from '../../../src/slack/listeners/reply.js';

describe('toRespond', () => {
  const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'hi' } }];

  it('is ephemeral by default and adds a new message', () => {
    const r = toRespond({ text: 'hi', blocks });
    expect(r).toMatchObject({ response_type: 'ephemeral', text: 'hi', blocks });
    expect(r).not.toHaveProperty('replace_original');
  });

  it('replaces the original message when the reply asks for it (progress updates)', () => {
    expect(toRespond({ text: 'hi', blocks, replaceOriginal: true })).toMatchObject({ replace_original: true });
  });

  it('lets the caller override, and keeps in_channel replies in channel', () => {
    const r = toRespond({ text: 'hi', blocks, responseType: 'in_channel', replaceOriginal: true }, { replace_original: false });
    expect(r).toMatchObject({ response_type: 'in_channel', replace_original: false });
  });

  it('has a friendly error that says nothing internal', () => {
    expect(friendlyError.text).not.toMatch(/Error:|stack|at \w+ \(/);
    expect(toRespond(friendlyError).response_type).toBe('ephemeral');
  });
});
