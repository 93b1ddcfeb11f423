import { describe, expect, it } from 'vitest';
import { limits, validateBlocks, validateMessage, validateView } from '../../src/slack/block-limits.js';

const section = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'section', text: { type: 'mrkdwn', text }, ...extra });
const button = (actionId: string, extra: Record<string, unknown> = {}) => ({ type: 'button', action_id: actionId, text: { type: 'plain_text', text: 'Go' }, ...extra });

describe('validateBlocks', () => {
  it('accepts a realistic message', () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'Root console login' } },
      section('*Who*: root', { fields: [{ type: 'mrkdwn', text: '*Account*\n123456789012' }] }),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'eventID 3b0b…' }] },
      { type: 'divider' },
      { type: 'actions', elements: [button('ack', { value: 'a' }), button('snooze', { url: 'https://example.com' })] },
    ];
    expect(validateBlocks(blocks, 'message')).toEqual([]);
  });

  it('counts blocks per surface: 50 in a message, 100 in modals and home tabs', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => section(`s${i}`));
    expect(validateBlocks(fifty, 'message')).toEqual([]);
    expect(validateBlocks([...fifty, section('x')], 'message')).toHaveLength(1);
    const hundred = Array.from({ length: 100 }, (_, i) => section(`s${i}`));
    expect(validateBlocks(hundred, 'home')).toEqual([]);
    expect(validateBlocks([...hundred, section('x')], 'modal')[0]).toMatch(/101 blocks, limit 100/);
  });

  it.each([
    ['section text', [section('x'.repeat(limits.sectionText + 1))], /text\.text is 3001/],
    ['empty section text', [section('')], /must not be empty/],
    ['eleven fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }], /fields has 11/],
    ['long field', [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }], /fields\[0\]\.text is 2001/],
    ['long header', [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }], /150/],
    ['mrkdwn header', [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }], /must be plain_text/],
    ['eleven context elements', [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }], /context has 11/],
    ['26 actions', [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`a${i}`)) }], /actions has 26/],
    ['long button text', [{ type: 'actions', elements: [button('a', { text: { type: 'plain_text', text: 'b'.repeat(76) } })] }], /button text\.text is 76/],
    ['long action_id', [{ type: 'actions', elements: [button('a'.repeat(256))] }], /action_id is 256/],
    ['long block_id', [section('x', { block_id: 'b'.repeat(256) })], /block_id is 256/],
    ['long value', [{ type: 'actions', elements: [button('a', { value: 'v'.repeat(2001) })] }], /button value is 2001/],
    ['long url', [{ type: 'actions', elements: [button('a', { url: `https://example.com/${'u'.repeat(3000)}` })] }], /button url/],
    ['duplicate block_id', [section('a', { block_id: 'same' }), section('b', { block_id: 'same' })], /duplicate block_id "same"/],
    ['duplicate action_id', [{ type: 'actions', elements: [button('same')] }, section('x', { accessory: button('same') })], /duplicate action_id "same"/],
    ['numeric block_id', [section('x', { block_id: 7 })], /block_id must be a string/],
    ['numeric action_id', [{ type: 'actions', elements: [{ ...button('a'), action_id: 7 }] }], /action_id must be a string/],
    ['unknown block type', [{ type: 'sectoin', text: { type: 'mrkdwn', text: 'x' } }], /unknown block type "sectoin"/],
    ['bad text object', [{ type: 'section', text: 'plain string' }], /text object/],
  ])('reports %s', (_name, blocks, pattern) => {
    const found = validateBlocks(blocks, 'message');
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(pattern);
  });

  it('accepts exactly-at-limit values', () => {
    const blocks = [
      section('x'.repeat(3000), { block_id: 'b'.repeat(255) }),
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150) } },
      { type: 'actions', elements: Array.from({ length: 25 }, (_, i) => button(`a${i}`, { value: 'v'.repeat(2000), text: { type: 'plain_text', text: 't'.repeat(75) } })) },
      { type: 'context', elements: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'c' })) },
    ];
    expect(validateBlocks(blocks, 'message')).toEqual([]);
  });
});

describe('validateMessage and validateView', () => {
  it('limits message text to 40000 characters', () => {
    expect(validateMessage({ text: 'x'.repeat(40_000) })).toEqual([]);
    expect(validateMessage({ text: 'x'.repeat(40_001) })[0]).toMatch(/40001/);
  });

  it('limits modal title, submit and close to 24 characters and needs submit with inputs', () => {
    const modal = (extra: Record<string, unknown>) => ({ type: 'modal', title: { type: 'plain_text', text: 'Deactivate key?' }, blocks: [section('x')], ...extra });
    expect(validateView(modal({}))).toEqual([]);
    expect(validateView(modal({ title: { type: 'plain_text', text: 't'.repeat(25) } })).join()).toMatch(/title\.text is 25/);
    expect(validateView(modal({ submit: { type: 'plain_text', text: 's'.repeat(25) } })).join()).toMatch(/submit\.text is 25/);
    expect(validateView(modal({ close: { type: 'plain_text', text: 'c'.repeat(25) } })).join()).toMatch(/close\.text is 25/);
    const withInput = modal({ blocks: [{ type: 'input', label: { type: 'plain_text', text: 'Why' }, element: { type: 'plain_text_input', action_id: 'why' } }] });
    expect(validateView(withInput).join()).toMatch(/needs submit/);
    expect(validateView({ type: 'popup', blocks: [] })[0]).toMatch(/unknown type/);
  });
});
