import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, inlineCode, plain, stripControls, truncate, userMention } from '../../src/slack/escape.js';

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<!channel>', '<!here>', '<@U0123ABCD>', '<#C0123|general>', '<http://evil.example.com|click>', '<https://x>', '@channel', '&lt;!here&gt;', '*bold* _it_ ~s~ `code`', '😀'.repeat(5)),
  fc.array(fc.constantFrom('<', '>', '&', '!', '@', 'http', '|', '*', '`', '😀', 'a', ' '), { maxLength: 60 }).map((a) => a.join('')),
);

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so no special token survives', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> <http://evil|x>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://evil|x&gt;');
  });

  it('gives what escaping each code point on its own gives, lone surrogates included', () => {
    const one = (ch: string) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch);
    const reference = (input: string) => [...stripControls(input).replace(/@(channel|here|everyone)\b/gi, '@\u200B$1').replace(/[*_~`]/g, (c) => `\u200B${c}`)].map(one).join('');
    fc.assert(fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (input) => escapeMrkdwn(input) === reference(input)));
  });

  it('breaks bare broadcast mentions and formatting characters', () => {
    const out = escapeMrkdwn('@channel *now*');
    expect(out).not.toMatch(/@channel/);
    expect(out).not.toMatch(/\*now\*/);
    expect(out.replace(/\u200B/g, '')).toBe('@channel *now*');
    expect(escapeMrkdwn('*x*', { neutraliseFormatting: false })).toBe('*x*');
  });

  it('truncates with an ellipsis without splitting a code point or an entity', () => {
    expect(escapeMrkdwn('abcdef', { limit: 4 })).toBe('abc…');
    expect(escapeMrkdwn('a<b', { limit: 4 })).toBe('a…');
    const emoji = escapeMrkdwn('😀😀😀', { limit: 4 });
    expect(emoji).toBe('😀…');
    expect(truncate('😀😀😀', 3)).toBe('😀…');
  });

  it('never lets a mention, broadcast or link through, and respects the limit (fuzz)', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }), (input, limit) => {
        const out = escapeMrkdwn(input, limit === undefined ? {} : { limit });
        expect(out).not.toContain('<');
        expect(out).not.toContain('>');
        expect(out).not.toMatch(/<!|<@|<http/);
        expect(out).not.toMatch(/@(channel|here|everyone)/i);
        if (limit !== undefined) expect(out.length).toBeLessThanOrEqual(limit);
        // no lone surrogate: a code point is never cut in half
        expect(out).toBe(Buffer.from(out, 'utf8').toString('utf8'));
        // every & starts an entity we wrote
        expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps all of the text when it fits (round trip)', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const out = escapeMrkdwn(input).replace(/\u200B/g, '');
        const back = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        expect(back).toBe(input.replace(/\u200B/g, ''));
      }),
    );
  });
});

describe('inlineCode', () => {
  it('cannot be closed early by a backtick and stays escaped', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const out = inlineCode(input, 40);
        expect(out.startsWith('`') && out.endsWith('`')).toBe(true);
        expect(out.slice(1, -1)).not.toContain('`');
        expect(out).not.toContain('<');
        expect(out.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});

describe('control characters and mentions', () => {
  it('drops control and bidi characters, keeps tab and newline', () => {
    const input = 'a\u001b[31mb\u202Ec\u2066d\u0000e\u009bf\tg\nh';
    expect(stripControls(input)).toBe('a[31mbcdef\tg\nh');
    expect(escapeMrkdwn(input)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(plain(input, 100)).toBe('a[31mbcdef\tg\nh');
  });

  it('builds a user mention only from a well-formed user id', () => {
    expect(userMention('U0123ABCD')).toBe('<@U0123ABCD>');
    expect(userMention('W0123ABCD')).toBe('<@W0123ABCD>');
    for (const bad of ['', undefined, null, 'u0123abcd', 'U1>|<!channel', '!here', 'C0123ABCD', 'U']) expect(userMention(bad)).toBeUndefined();
  });
});
