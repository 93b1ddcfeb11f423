/**
 * CloudWatch Logs JSON filter patterns ("metric filter" syntax), parsed once
 * and compiled to a predicate over a parsed JSON object.
 *
 * Semantics (CloudWatch Logs "Filter pattern syntax for metric filters"):
 * - `$.a.b`, `$.a[0].b` select a property; a comparison on a property that is
 *   missing, null, an object or an array never matches, not even with `!=`.
 * - `=` / `!=` with a string compare the whole value, case-sensitively;
 *   `*` in the string matches any run of characters (also the empty one).
 * - `= != < > <= >=` with a number compare JSON numbers.
 * - `IS TRUE`, `IS FALSE`, `IS NULL`, `EXISTS`, `NOT EXISTS`.
 * - `&&` binds tighter than `||`; parentheses group.
 */

export type Selector = readonly (string | number)[];

export type FilterNode =
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'string'; selector: Selector; op: '=' | '!='; value: string }
  | { kind: 'number'; selector: Selector; op: NumericOp; value: number }
  | { kind: 'is'; selector: Selector; value: true | false | null }
  | { kind: 'exists'; selector: Selector; exists: boolean };

export type NumericOp = '=' | '!=' | '<' | '>' | '<=' | '>=';

export class FilterPatternError extends Error {
  constructor(message: string, readonly pattern: string, readonly position: number) {
    super(`${message} at position ${position} in filter pattern ${JSON.stringify(pattern)}`);
    this.name = 'FilterPatternError';
  }
}

export interface CompiledFilter {
  /** The pattern as given. */
  readonly pattern: string;
  readonly ast: FilterNode;
  /** True when the JSON event matches the pattern. */
  test(event: unknown): boolean;
}

type Token =
  | { t: 'lbrace' | 'rbrace' | 'lparen' | 'rparen' | 'and' | 'or'; pos: number }
  | { t: 'op'; op: NumericOp; pos: number }
  | { t: 'selector'; selector: Selector; pos: number }
  | { t: 'string'; value: string; quoted: boolean; pos: number };

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (msg: string, at = i): never => {
    throw new FilterPatternError(msg, src, at);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const pos = i;
    if (c === '{') { out.push({ t: 'lbrace', pos }); i++; continue; }
    if (c === '}') { out.push({ t: 'rbrace', pos }); i++; continue; }
    if (c === '(') { out.push({ t: 'lparen', pos }); i++; continue; }
    if (c === ')') { out.push({ t: 'rparen', pos }); i++; continue; }
    if (c === '&') {
      if (src[i + 1] !== '&') fail('expected "&&"');
      out.push({ t: 'and', pos }); i += 2; continue;
    }
    if (c === '|') {
      if (src[i + 1] !== '|') fail('expected "||"');
      out.push({ t: 'or', pos }); i += 2; continue;
    }
    if (c === '=' || c === '!' || c === '<' || c === '>') {
      const two = src.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') { out.push({ t: 'op', op: two, pos }); i += 2; continue; }
      if (c === '!') fail('expected "!="');
      out.push({ t: 'op', op: c as NumericOp, pos }); i++; continue;
    }
    if (c === '$') {
      i++;
      const selector: (string | number)[] = [];
      for (;;) {
        if (src[i] === '.') {
          i++;
          const start = i;
          while (i < src.length && /[A-Za-z0-9_\-@:]/.test(src[i]!)) i++;
          if (i === start) fail('expected a property name after "."');
          selector.push(src.slice(start, i));
        } else if (src[i] === '[') {
          i++;
          const start = i;
          while (i < src.length && /[0-9]/.test(src[i]!)) i++;
          if (i === start || src[i] !== ']') fail('expected an array index such as [0]');
          selector.push(Number(src.slice(start, i)));
          i++;
        } else break;
      }
      if (selector.length === 0) fail('expected a property selector such as $.eventName', pos);
      out.push({ t: 'selector', selector, pos });
      continue;
    }
    if (c === '"') {
      i++;
      let value = '';
      for (;;) {
        if (i >= src.length) fail('unterminated string', pos);
        const d = src[i]!;
        if (d === '\\' && i + 1 < src.length) { value += src[i + 1]; i += 2; continue; }
        if (d === '"') { i++; break; }
        value += d; i++;
      }
      out.push({ t: 'string', value, quoted: true, pos });
      continue;
    }
    // A bare word: a keyword, a number or an unquoted string value.
    const start = i;
    while (i < src.length && !/[\s(){}&|=!<>"]/.test(src[i]!)) i++;
    if (i === start) fail(`unexpected character ${JSON.stringify(c)}`);
    out.push({ t: 'string', value: src.slice(start, i), quoted: false, pos: start });
  }
  return out;
}

function parse(src: string): FilterNode {
  const tokens = tokenize(src);
  let k = 0;
  const peek = (): Token | undefined => tokens[k];
  const fail = (msg: string): never => {
    throw new FilterPatternError(msg, src, peek()?.pos ?? src.length);
  };
  const expect = (t: Token['t']): Token => {
    const tok = peek();
    if (tok?.t !== t) fail(`expected ${t}`);
    k++;
    return tok!;
  };
  const keyword = (word: string): boolean => {
    const tok = peek();
    if (tok?.t === 'string' && !tok.quoted && tok.value.toUpperCase() === word) { k++; return true; }
    return false;
  };

  function orExpr(): FilterNode {
    let left = andExpr();
    while (peek()?.t === 'or') { k++; left = { kind: 'or', left, right: andExpr() }; }
    return left;
  }
  function andExpr(): FilterNode {
    let left = unary();
    while (peek()?.t === 'and') { k++; left = { kind: 'and', left, right: unary() }; }
    return left;
  }
  function unary(): FilterNode {
    if (peek()?.t === 'lparen') {
      k++;
      const inner = orExpr();
      expect('rparen');
      return inner;
    }
    return comparison();
  }
  function comparison(): FilterNode {
    const sel = expect('selector') as Extract<Token, { t: 'selector' }>;
    const selector = sel.selector;
    if (keyword('IS')) {
      if (keyword('TRUE')) return { kind: 'is', selector, value: true };
      if (keyword('FALSE')) return { kind: 'is', selector, value: false };
      if (keyword('NULL')) return { kind: 'is', selector, value: null };
      return fail('expected TRUE, FALSE or NULL after IS');
    }
    if (keyword('EXISTS')) return { kind: 'exists', selector, exists: true };
    if (keyword('NOT')) {
      if (keyword('EXISTS')) return { kind: 'exists', selector, exists: false };
      return fail('expected EXISTS after NOT');
    }
    const opTok = expect('op') as Extract<Token, { t: 'op' }>;
    const valTok = peek();
    if (valTok?.t !== 'string') return fail('expected a value');
    k++;
    if (!valTok.quoted && NUMBER_RE.test(valTok.value)) {
      return { kind: 'number', selector, op: opTok.op, value: Number(valTok.value) };
    }
    if (opTok.op !== '=' && opTok.op !== '!=') {
      throw new FilterPatternError(`operator ${opTok.op} needs a number`, src, opTok.pos);
    }
    return { kind: 'string', selector, op: opTok.op, value: valTok.value };
  }

  expect('lbrace');
  const ast = orExpr();
  expect('rbrace');
  if (k !== tokens.length) fail('unexpected text after "}"');
  return ast;
}

const MISSING = Symbol('missing');

function select(event: unknown, selector: Selector): unknown {
  let cur: unknown = event;
  for (const key of selector) {
    if (cur === null || typeof cur !== 'object') return MISSING;
    if (typeof key === 'number') {
      if (!Array.isArray(cur) || key >= cur.length) return MISSING;
      cur = cur[key];
    } else {
      if (Array.isArray(cur) || !Object.hasOwn(cur, key)) return MISSING;
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return cur;
}

function wildcardToRegExp(value: string): RegExp {
  const body = value
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

type Predicate = (event: unknown) => boolean;

function compileNode(node: FilterNode): Predicate {
  switch (node.kind) {
    case 'or': {
      const l = compileNode(node.left);
      const r = compileNode(node.right);
      return (e) => l(e) || r(e);
    }
    case 'and': {
      const l = compileNode(node.left);
      const r = compileNode(node.right);
      return (e) => l(e) && r(e);
    }
    case 'string': {
      const { selector, value } = node;
      const negate = node.op === '!=';
      let same: (s: string) => boolean;
      if (value.includes('*')) {
        const re = wildcardToRegExp(value);
        same = (s) => re.test(s);
      } else {
        same = (s) => s === value;
      }
      // A single top-level key is the common case; skip the generic walk.
      if (selector.length === 1 && typeof selector[0] === 'string') {
        const key = selector[0];
        return (e) => {
          if (e === null || typeof e !== 'object' || Array.isArray(e)) return false;
          const v = (e as Record<string, unknown>)[key];
          if (typeof v !== 'string' || !Object.hasOwn(e, key)) return false;
          return same(v) !== negate;
        };
      }
      return (e) => {
        const v = select(e, selector);
        if (typeof v !== 'string') return false;
        return same(v) !== negate;
      };
    }
    case 'number': {
      const { selector, value, op } = node;
      const cmp: (n: number) => boolean =
        op === '=' ? (n) => n === value
        : op === '!=' ? (n) => n !== value
        : op === '<' ? (n) => n < value
        : op === '>' ? (n) => n > value
        : op === '<=' ? (n) => n <= value
        : (n) => n >= value;
      return (e) => {
        const v = select(e, selector);
        return typeof v === 'number' && cmp(v);
      };
    }
    case 'is': {
      const { selector, value } = node;
      return (e) => select(e, selector) === value;
    }
    case 'exists': {
      const { selector, exists } = node;
      return (e) => (select(e, selector) !== MISSING) === exists;
    }
  }
}

/** Parses and compiles a JSON filter pattern; throws FilterPatternError on bad syntax. */
export function compileFilterPattern(pattern: string): CompiledFilter {
  const ast = parse(pattern);
  const test = compileNode(ast);
  return { pattern, ast, test };
}

/**
 * The literal values a property must take for the pattern to match, or null
 * when the pattern can match without the property taking one of a known set
 * (used to index rules by eventName; always a sound over-approximation).
 */
export function requiredValues(ast: FilterNode, property: string): Set<string> | null {
  switch (ast.kind) {
    case 'string':
      if (ast.op === '=' && ast.selector.length === 1 && ast.selector[0] === property && !ast.value.includes('*')) {
        return new Set([ast.value]);
      }
      return null;
    case 'and': {
      const l = requiredValues(ast.left, property);
      const r = requiredValues(ast.right, property);
      if (l && r) return new Set([...l].filter((v) => r.has(v)));
      return l ?? r;
    }
    case 'or': {
      const l = requiredValues(ast.left, property);
      const r = requiredValues(ast.right, property);
      if (!l || !r) return null;
      return new Set([...l, ...r]);
    }
    default:
      return null;
  }
}
