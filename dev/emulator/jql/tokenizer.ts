/**
 * JQL tokenizer, following the lexical rules of Jira's JQL grammar:
 * - unquoted strings stop at whitespace and at  " ' = ! < > ( ) ~ , [ ] | &  (so `ABC-12`, `-7d`,
 *   `2024-01-31` and `issue.property` need no quotes);
 * - { } * / % + ^ $ # @ ? ; are reserved: outside quotes they are an error;
 * - escapes \t \n \r \" \' \\ \<space> \uXXXX, in quoted and unquoted strings;
 * - keywords (AND OR NOT IN IS EMPTY NULL ORDER BY ASC DESC ...) are case-insensitive, `&`/`&&` mean
 *   AND, `|`/`||` mean OR and `!` means NOT; a reserved word (e.g. `select`, `user`) must be quoted.
 */
import { parseErrors, type Position } from './jql-error';

export type TokenType =
  | 'string'
  | 'lparen'
  | 'rparen'
  | 'comma'
  | 'lbracket'
  | 'rbracket'
  | 'op'
  | 'bang'
  | 'and'
  | 'or'
  | 'not'
  | 'in'
  | 'is'
  | 'empty'
  | 'order'
  | 'by'
  | 'asc'
  | 'desc'
  | 'was'
  | 'changed'
  | 'history'
  | 'eof';

export interface Token {
  type: TokenType;
  /** Decoded text for strings, the source text otherwise. */
  value: string;
  /** The source text of the token (what error messages quote). */
  text: string;
  /** True for "..." and '...' strings. */
  quoted: boolean;
  pos: Position;
  /** Offsets in the source. */
  start: number;
  end: number;
}

const KEYWORDS = new Map<string, TokenType>(
  Object.entries({
    and: 'and',
    or: 'or',
    not: 'not',
    in: 'in',
    is: 'is',
    empty: 'empty',
    null: 'empty',
    order: 'order',
    by: 'by',
    asc: 'asc',
    desc: 'desc',
    was: 'was',
    changed: 'changed',
    before: 'history',
    after: 'history',
    from: 'history',
    to: 'history',
    on: 'history',
    during: 'history',
  } satisfies Record<string, TokenType>),
);

/** Words Jira reserves (JqlStringSupportImpl.RESERVED_WORDS): they must be quoted to be used as values. */
const RESERVED_WORDS = new Set(
  (
    'abort access add after alias all alter and any as asc audit avg before begin between boolean break by byte catch cf ' +
    'changed char character check checkpoint collate collation column commit connect continue count create current date ' +
    'decimal declare decrement default defaults define delete delimiter desc difference distinct divide do double drop ' +
    'else empty encoding end equals escape exclusive exec execute exists explain false fetch file field first float for ' +
    'from function go goto grant greater group having identified if immediate in increment index initial inner inout ' +
    'input insert int integer intersect intersection into is isempty isnull join last left less like limit lock long max ' +
    'min minus mode modify modulo more multiply next noaudit not notin nowait null number object of on option or order ' +
    'outer output power previous prior privileges public raise raw remainder rename resource return returns revoke right ' +
    'row rowid rownum rows select session set share size sqrt start strict string subtract sum synonym table then to ' +
    'trans transaction trigger true uid union unique update user validate values view was when whenever where while with'
  ).split(' '),
);

const RESERVED_CHARS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
const STOP_CHARS = new Set(['"', "'", '=', '!', '<', '>', '(', ')', '~', ',', '[', ']', '|', '&']);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '"': '"', "'": "'", '\\': '\\', ' ': ' ' };

/** Jira's JQL control characters (they must be escaped, even inside quotes). */
function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c <= 0x09 && ch !== '\n') ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xfdd0 && c <= 0xfdef) ||
    c >= 0xfffe
  );
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  /** The position of any offset (only needed for errors, so it simply rescans). */
  const posAt = (offset: number): Position => {
    let l = 1;
    let ls = 0;
    for (let k = 0; k < offset; k++) {
      if (source[k] === '\n') {
        l++;
        ls = k + 1;
      }
    }
    return { line: l, character: offset - ls + 1 };
  };
  const push = (type: TokenType, start: number, end: number, value = source.slice(start, end), quoted = false) => {
    tokens.push({
      type,
      value,
      text: source.slice(start, end),
      quoted,
      pos: { line, character: start - lineStart + 1 },
      start,
      end,
    });
  };

  /** Reads one escape sequence starting at the backslash; returns the decoded character and the new offset. */
  const readEscape = (at: number): [string, number] => {
    const next = source[at + 1];
    if (next === undefined) throw parseErrors.illegalEscape('\\', posAt(at));
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) return [simple, at + 2];
    if (next === 'u') {
      const hex = source.slice(at + 2, at + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), at + 6];
      const bad = source.slice(at, at + 2 + hex.replace(/[^0-9a-fA-F].*$/, '').length + 1);
      throw parseErrors.illegalEscape(bad.length > 2 ? bad : '\\u', posAt(at));
    }
    throw parseErrors.illegalEscape(`\\${next}`, posAt(at));
  };

  while (i < source.length) {
    const ch = source[i] as string;
    if (WHITESPACE.has(ch)) {
      if (ch === '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '!=' || two === '!~' || two === '<=' || two === '>=') {
      push('op', i, i + 2);
      i += 2;
      continue;
    }
    if (two === '&&' || two === '||') {
      push(two === '&&' ? 'and' : 'or', i, i + 2);
      i += 2;
      continue;
    }
    switch (ch) {
      case '(':
        push('lparen', i, i + 1);
        i++;
        continue;
      case ')':
        push('rparen', i, i + 1);
        i++;
        continue;
      case ',':
        push('comma', i, i + 1);
        i++;
        continue;
      case '[':
        push('lbracket', i, i + 1);
        i++;
        continue;
      case ']':
        push('rbracket', i, i + 1);
        i++;
        continue;
      case '=':
      case '<':
      case '>':
      case '~':
        push('op', i, i + 1);
        i++;
        continue;
      case '!':
        push('bang', i, i + 1);
        i++;
        continue;
      case '&':
        push('and', i, i + 1);
        i++;
        continue;
      case '|':
        push('or', i, i + 1);
        i++;
        continue;
      default:
        break;
    }
    if (ch === '"' || ch === "'") {
      const start = i;
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < source.length) {
        const c = source[j] as string;
        if (c === ch) {
          closed = true;
          j++;
          break;
        }
        if (c === '\\') {
          const [decoded, next] = readEscape(j);
          value += decoded;
          j = next;
          continue;
        }
        if (isControl(c)) throw parseErrors.illegalCharacter(c, posAt(j));
        value += c;
        j++;
      }
      if (!closed) throw parseErrors.unfinishedString(source.slice(start + 1), posAt(start));
      push('string', start, j, value, true);
      // A quoted string may span lines.
      for (let k = start; k < j; k++) {
        if (source[k] === '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = j;
      continue;
    }
    if (RESERVED_CHARS.has(ch)) throw parseErrors.reservedCharacter(ch, posAt(i));
    if (isControl(ch)) throw parseErrors.illegalCharacter(ch, posAt(i));

    // An unquoted string (or keyword): runs until whitespace or a stop character.
    const start = i;
    let value = '';
    let escaped = false;
    let j = i;
    while (j < source.length) {
      const c = source[j] as string;
      if (WHITESPACE.has(c) || STOP_CHARS.has(c)) break;
      if (RESERVED_CHARS.has(c)) throw parseErrors.reservedCharacter(c, posAt(j));
      if (isControl(c)) throw parseErrors.illegalCharacter(c, posAt(j));
      if (c === '\\') {
        const [decoded, next] = readEscape(j);
        value += decoded;
        escaped = true;
        j = next;
        continue;
      }
      value += c;
      j++;
    }
    i = j;
    const lower = value.toLowerCase();
    const keyword = escaped ? undefined : KEYWORDS.get(lower);
    if (keyword !== undefined) {
      push(keyword, start, j);
      continue;
    }
    // `cf[10010]` names a custom field; anywhere else `cf` is a reserved word like the others.
    const isCustomFieldPrefix = lower === 'cf' && source[j] === '[';
    if (RESERVED_WORDS.has(lower) && !isCustomFieldPrefix)
      throw parseErrors.reservedWord(value, { line, character: start - lineStart + 1 });
    push('string', start, j, value, false);
  }
  tokens.push({
    type: 'eof',
    value: '',
    text: '',
    quoted: false,
    pos: { line, character: i - lineStart + 1 },
    start: i,
    end: i,
  });
  return tokens;
}
