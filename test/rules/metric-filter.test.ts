import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterPatternError, compileFilterPattern, requiredValues } from '../../src/rules/metric-filter.js';

const matches = (pattern: string, event: unknown): boolean => compileFilterPattern(pattern).test(event);

describe('compileFilterPattern: selectors and string comparisons', () => {
  const event = {
    eventName: 'ConsoleLogin',
    userIdentity: { type: 'Root', sessionContext: { attributes: { mfaAuthenticated: 'true' } } },
    additionalEventData: { MFAUsed: 'No' },
    resources: [{ ARN: 'arn:aws:s3:::example-bucket', type: 'AWS::S3::Bucket' }, { ARN: 'arn:aws:s3:::other' }],
    nothing: null,
    count: 3,
    flag: true,
    off: false,
  };

  it('compares whole string values, quoted or bare, case-sensitively', () => {
    expect(matches('{ $.eventName = "ConsoleLogin" }', event)).toBe(true);
    expect(matches('{ $.eventName = ConsoleLogin }', event)).toBe(true);
    expect(matches('{ $.eventName = "Console" }', event)).toBe(false);
    expect(matches('{ $.eventName = "consolelogin" }', event)).toBe(false);
    expect(matches('{ $.eventName != "ConsoleLogin" }', event)).toBe(false);
    expect(matches('{ $.eventName != "AssumeRole" }', event)).toBe(true);
  });

  it('follows nested selectors and array indexes', () => {
    expect(matches('{ $.userIdentity.sessionContext.attributes.mfaAuthenticated = "true" }', event)).toBe(true);
    expect(matches('{ $.resources[0].ARN = "arn:aws:s3:::example-bucket" }', event)).toBe(true);
    expect(matches('{ $.resources[1].ARN = "arn:aws:s3:::other" }', event)).toBe(true);
    expect(matches('{ $.resources[2].ARN = * }', event)).toBe(false);
    expect(matches('{ $.resources.ARN = "arn:aws:s3:::example-bucket" }', event)).toBe(false);
  });

  it('treats * as a wildcard anywhere in a value', () => {
    expect(matches('{ $.eventName = "Console*" }', event)).toBe(true);
    expect(matches('{ $.eventName = "*Login" }', event)).toBe(true);
    expect(matches('{ $.eventName = "C*L*n" }', event)).toBe(true);
    expect(matches('{ $.eventName = "*" }', event)).toBe(true);
    expect(matches('{ $.eventName = "*Logout" }', event)).toBe(false);
    expect(matches('{ $.eventName != "Console*" }', event)).toBe(false);
    // Regex metacharacters in the value are literal.
    expect(matches('{ $.v = "a.c" }', { v: 'abc' })).toBe(false);
    expect(matches('{ $.v = "a.c*" }', { v: 'a.cde' })).toBe(true);
  });

  it('never matches a comparison on a missing, null, object or array property, not even !=', () => {
    for (const sel of ['$.missing', '$.nothing', '$.userIdentity', '$.resources', '$.count', '$.flag']) {
      expect(matches(`{ ${sel} = "x" }`, event), `${sel} =`).toBe(false);
      expect(matches(`{ ${sel} != "x" }`, event), `${sel} !=`).toBe(false);
      expect(matches(`{ ${sel} = * }`, event), `${sel} = *`).toBe(false);
    }
    expect(matches('{ $.a.b != "x" }', { a: 'not-an-object' })).toBe(false);
  });

  it('compares numbers numerically, only against JSON numbers', () => {
    expect(matches('{ $.count = 3 }', event)).toBe(true);
    expect(matches('{ $.count != 3 }', event)).toBe(false);
    expect(matches('{ $.count > 2 }', event)).toBe(true);
    expect(matches('{ $.count >= 3 }', event)).toBe(true);
    expect(matches('{ $.count < 3 }', event)).toBe(false);
    expect(matches('{ $.count <= 2.5 }', event)).toBe(false);
    expect(matches('{ $.eventName > 1 }', event)).toBe(false);
    expect(matches('{ $.n = 3 }', { n: '3' })).toBe(false);
    expect(matches('{ $.n = "3" }', { n: '3' })).toBe(true);
  });

  it('supports IS TRUE / FALSE / NULL, EXISTS and NOT EXISTS', () => {
    expect(matches('{ $.flag IS TRUE }', event)).toBe(true);
    expect(matches('{ $.off IS FALSE }', event)).toBe(true);
    expect(matches('{ $.flag IS FALSE }', event)).toBe(false);
    expect(matches('{ $.nothing IS NULL }', event)).toBe(true);
    expect(matches('{ $.missing IS NULL }', event)).toBe(false);
    expect(matches('{ $.nothing EXISTS }', event)).toBe(true);
    expect(matches('{ $.missing EXISTS }', event)).toBe(false);
    expect(matches('{ $.missing NOT EXISTS }', event)).toBe(true);
    expect(matches('{ $.userIdentity.invokedBy NOT EXISTS }', event)).toBe(true);
    expect(matches('{ $.userIdentity.type NOT EXISTS }', event)).toBe(false);
  });

  it('gives && precedence over || and honours parentheses', () => {
    const e = { a: '1', b: '2', c: '3' };
    expect(matches('{ $.a = "1" || $.b = "x" && $.c = "x" }', e)).toBe(true);
    expect(matches('{ ($.a = "1" || $.b = "x") && $.c = "x" }', e)).toBe(false);
    expect(matches('{ $.a = "x" && $.b = "2" || $.c = "3" }', e)).toBe(true);
    expect(matches('{ $.a = "x" && ($.b = "2" || $.c = "3") }', e)).toBe(false);
  });

  it('never matches a non-object event', () => {
    for (const e of [null, 'text', 42, ['a']]) expect(matches('{ $.a != "x" }', e)).toBe(false);
  });

  it('rejects malformed patterns with the position', () => {
    for (const bad of ['$.a = 1', '{ $.a = }', '{ $.a = "x" ', '{ $.a > "x" }', '{ $.a IS MAYBE }', '{ $ = "x" }', '{ $.a = "x" } extra', '{ $.a & $.b }']) {
      expect(() => compileFilterPattern(bad), bad).toThrow(FilterPatternError);
    }
  });
});

describe('compileFilterPattern: properties', () => {
  const plain = fc.string({ maxLength: 12 }).filter((s) => !/[*"\\]/.test(s));
  const jsonValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }));

  it('= and != on a string property agree with ===, and neither matches a non-string', () => {
    fc.assert(
      fc.property(jsonValue, plain, (v, lit) => {
        const e = { k: v };
        const eq = matches(`{ $.k = "${lit}" }`, e);
        const ne = matches(`{ $.k != "${lit}" }`, e);
        if (typeof v !== 'string') return !eq && !ne;
        return eq === (v === lit) && ne === (v !== lit);
      }),
    );
  });

  it('a wildcard between a prefix and a suffix matches every string that has them', () => {
    fc.assert(
      fc.property(plain, fc.string({ maxLength: 10 }), plain, (pre, mid, post) => matches(`{ $.k = "${pre}*${post}" }`, { k: `${pre}${mid}${post}` })),
    );
  });

  it('&& and || combine like the boolean operators, && binding tighter', () => {
    const v = fc.constantFrom('x', 'y');
    fc.assert(
      fc.property(v, v, v, (a, b, c) => {
        const e = { a, b, c };
        const A = a === 'x';
        const B = b === 'x';
        const C = c === 'x';
        return (
          matches('{ $.a = "x" || $.b = "x" && $.c = "x" }', e) === (A || (B && C)) &&
          matches('{ ($.a = "x" || $.b = "x") && $.c = "x" }', e) === ((A || B) && C) &&
          matches('{ $.a = "x" && $.b = "x" || $.c = "x" }', e) === ((A && B) || C)
        );
      }),
    );
  });

  it('numeric operators agree with JavaScript on numbers', () => {
    const ops = ['=', '!=', '<', '>', '<=', '>='] as const;
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(...ops), (v, lit, op) => {
        const expected = { '=': v === lit, '!=': v !== lit, '<': v < lit, '>': v > lit, '<=': v <= lit, '>=': v >= lit }[op];
        return matches(`{ $.n ${op} ${lit} }`, { n: v }) === expected;
      }),
    );
  });
});

describe('requiredValues', () => {
  it('derives the eventName set of an OR of equalities, intersected under AND', () => {
    const { ast } = compileFilterPattern('{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}');
    expect([...(requiredValues(ast, 'eventName') ?? [])].sort()).toEqual(['DisableKey', 'ScheduleKeyDeletion']);
  });
  it('gives up (null) when a branch does not constrain the property or uses a wildcard', () => {
    expect(requiredValues(compileFilterPattern('{ $.eventName = "A" || $.errorCode = "B" }').ast, 'eventName')).toBeNull();
    expect(requiredValues(compileFilterPattern('{ $.eventName = "Create*" }').ast, 'eventName')).toBeNull();
    expect(requiredValues(compileFilterPattern('{ $.eventName != "A" }').ast, 'eventName')).toBeNull();
  });
});
