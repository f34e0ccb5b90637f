/** Tokenizer, parser (tree shape, precedence, quoting) and bounded detection. */
import { compileJql } from '../../../../dev/emulator/jql';
import type { Clause } from '../../../../dev/emulator/jql/ast';
import { parseJql } from '../../../../dev/emulator/jql/parser';
import { tokenize } from '../../../../dev/emulator/jql/tokenizer';
import { ISSUES, makeContext } from './fixture';

describe('tokenize', () => {
  it.each<[string, [string, string][]]>([
    [
      'project = ABC-12',
      [
        ['string', 'project'],
        ['op', '='],
        ['string', 'ABC-12'],
      ],
    ],
    [
      'created >= -7d',
      [
        ['string', 'created'],
        ['op', '>='],
        ['string', '-7d'],
      ],
    ],
    [
      'a!=b',
      [
        ['string', 'a'],
        ['op', '!='],
        ['string', 'b'],
      ],
    ],
    [
      'a !~ "x y"',
      [
        ['string', 'a'],
        ['op', '!~'],
        ['string', 'x y'],
      ],
    ],
    [
      "a ~ 'it\\'s'",
      [
        ['string', 'a'],
        ['op', '~'],
        ['string', "it's"],
      ],
    ],
    [
      'a = "tab\\there\\u0021"',
      [
        ['string', 'a'],
        ['op', '='],
        ['string', 'tab\there!'],
      ],
    ],
    [
      'a = one\\ two',
      [
        ['string', 'a'],
        ['op', '='],
        ['string', 'one two'],
      ],
    ],
    [
      'x in (1,2)',
      [
        ['string', 'x'],
        ['in', 'in'],
        ['lparen', '('],
        ['string', '1'],
        ['comma', ','],
        ['string', '2'],
        ['rparen', ')'],
      ],
    ],
    [
      'a & b && c | d || !e',
      [
        ['string', 'a'],
        ['and', '&'],
        ['string', 'b'],
        ['and', '&&'],
        ['string', 'c'],
        ['or', '|'],
        ['string', 'd'],
        ['or', '||'],
        ['bang', '!'],
        ['string', 'e'],
      ],
    ],
    [
      'NOT x Is NoT nUlL',
      [
        ['not', 'NOT'],
        ['string', 'x'],
        ['is', 'Is'],
        ['not', 'NoT'],
        ['empty', 'nUlL'],
      ],
    ],
    [
      'Order By k Asc, j desc',
      [
        ['order', 'Order'],
        ['by', 'By'],
        ['string', 'k'],
        ['asc', 'Asc'],
        ['comma', ','],
        ['string', 'j'],
        ['desc', 'desc'],
      ],
    ],
    [
      'issue.property[pm].a.b',
      [
        ['string', 'issue.property'],
        ['lbracket', '['],
        ['string', 'pm'],
        ['rbracket', ']'],
        ['string', '.a.b'],
      ],
    ],
    [
      '"and" = "select"',
      [
        ['string', 'and'],
        ['op', '='],
        ['string', 'select'],
      ],
    ],
    [
      'a = andy',
      [
        ['string', 'a'],
        ['op', '='],
        ['string', 'andy'],
      ],
    ],
  ])('%j', (source, expected) => {
    const tokens = tokenize(source);
    expect(tokens.pop()?.type).toBe('eof');
    expect(tokens.map((t) => [t.type, t.value])).toEqual(expected);
  });

  it('records 1-based line and character positions', () => {
    const tokens = tokenize('a = b\n  AND c ~ "x\ny" OR d = e');
    expect(tokens.map((t) => [t.text, t.pos.line, t.pos.character])).toEqual([
      ['a', 1, 1],
      ['=', 1, 3],
      ['b', 1, 5],
      ['AND', 2, 3],
      ['c', 2, 7],
      ['~', 2, 9],
      ['"x\ny"', 2, 11],
      ['OR', 3, 4],
      ['d', 3, 7],
      ['=', 3, 9],
      ['e', 3, 11],
      ['', 3, 12],
    ]);
  });
});

/** A compact rendering of the tree to check structure. */
function show(clause: Clause | undefined): string {
  if (clause === undefined) return '-';
  switch (clause.kind) {
    case 'and':
    case 'or':
      return `(${clause.clauses.map(show).join(` ${clause.kind.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${show(clause.clause)}`;
    case 'terminal': {
      const o = clause.operand;
      const operand =
        o.kind === 'value'
          ? o.value
          : o.kind === 'empty'
            ? 'EMPTY'
            : o.kind === 'function'
              ? `${o.name}(${o.args.join(',')})`
              : `[${o.items.length}]`;
      return `${clause.field.display} ${clause.operator} ${operand}`;
    }
  }
}

describe('parse', () => {
  it.each<[string, string]>([
    ['a = 1', 'a = 1'],
    ['a = 1 AND b = 2 OR c = 3', '((a = 1 AND b = 2) OR c = 3)'],
    ['a = 1 OR b = 2 AND c = 3', '(a = 1 OR (b = 2 AND c = 3))'],
    ['a = 1 AND b = 2 AND c = 3', '(a = 1 AND b = 2 AND c = 3)'],
    ['a = 1 AND (b = 2 OR c = 3)', '(a = 1 AND (b = 2 OR c = 3))'],
    ['NOT a = 1 AND b = 2', '(NOT a = 1 AND b = 2)'],
    ['NOT (a = 1 AND b = 2)', 'NOT (a = 1 AND b = 2)'],
    ['! ! a = 1', 'NOT NOT a = 1'],
    ['a in (1, "two", f(x, 3))', 'a in [3]'],
    ['a not in (EMPTY)', 'a not in [1]'],
    ['a is not null', 'a is not EMPTY'],
    ['a is empty', 'a is EMPTY'],
    ['a = fn()', 'a = fn()'],
    ['a >= startOfMonth("-1M")', 'a >= startOfMonth(-1M)'],
    ['"Story Points" > 3', 'Story Points > 3'],
    ['issue.property["my key"].a.b = x', 'issue.property[my key].a.b = x'],
    ['issue.property[pm] = x', 'issue.property[pm] = x'],
    ['', '-'],
    ['   \n  ', '-'],
  ])('%j', (source, expected) => {
    expect(show(parseJql(source).where)).toBe(expected);
  });

  it('parses ORDER BY items with and without directions', () => {
    const { where, orderBy } = parseJql('order by a, b DESC, c asc');
    expect(where).toBeUndefined();
    expect(orderBy.map((s) => [s.field.name, s.direction])).toEqual([
      ['a', undefined],
      ['b', 'DESC'],
      ['c', 'ASC'],
    ]);
  });

  it('keeps the property key and path of issue.property fields', () => {
    const where = parseJql('issue.property[pm].index.score > 1').where;
    expect(where).toMatchObject({
      kind: 'terminal',
      field: { name: 'issue.property', property: { key: 'pm', path: 'index.score' } },
    });
  });
});

describe('bounded', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['   ', false],
    ['ORDER BY key', false],
    ['order by created DESC, key', false],
    ['project = ABC', true],
    ['project = ABC ORDER BY key', true],
    ['NOT project = ABC', true],
    ['labels is EMPTY', true],
  ])('%j -> %s', (jql, bounded) => {
    expect(compileJql(jql, makeContext()).bounded).toBe(bounded);
  });

  it('an unbounded query still compiles and matches every issue', () => {
    const compiled = compileJql('ORDER BY key', makeContext());
    expect(ISSUES.every((issue) => compiled.matches(issue))).toBe(true);
  });
});
