/** Building blocks: JQL dates and date functions, text search, issue keys, property extraction. */
import { evaluateDateFunction, parseInstant, parseJqlDate } from '../../../../dev/emulator/jql/date-values';
import { rawPropertyValues } from '../../../../dev/emulator/jql/entity-properties';
import { compareIds, compareIssueKeys, parseIssueKey } from '../../../../dev/emulator/jql/issue-key';
import { compileTextQuery, words } from '../../../../dev/emulator/jql/text-search';
import { ISSUES, NOW } from './fixture';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseJqlDate (now = 2024-06-15T12:00Z)', () => {
  it.each<[string, string | undefined]>([
    ['2024-06-01', '2024-06-01T00:00:00.000Z'],
    ['2024/06/01', '2024-06-01T00:00:00.000Z'],
    ['2024-6-1', '2024-06-01T00:00:00.000Z'],
    ['2024-06-01 13:45', '2024-06-01T13:45:00.000Z'],
    ['2024/06/01 7:05', '2024-06-01T07:05:00.000Z'],
    ['-7d', '2024-06-08T12:00:00.000Z'],
    ['+2w', '2024-06-29T12:00:00.000Z'],
    ['1h', '2024-06-15T13:00:00.000Z'],
    ['-90m', '2024-06-15T10:30:00.000Z'],
    ['-4w 2d', '2024-05-16T12:00:00.000Z'],
    ['-1w2d', '2024-06-06T12:00:00.000Z'],
    ['2024-02-30', undefined],
    ['2023-02-29', undefined],
    ['2024-01-01 24:00', undefined],
    ['-7y', undefined],
    ['-1M', undefined],
    ['yesterday', undefined],
    ['7', undefined],
    ['', undefined],
  ])('%j', (text, expected) => {
    expect(iso(parseJqlDate(text, NOW))).toBe(expected);
  });
});

describe('date functions (now = 2024-06-15T12:00Z, a Saturday)', () => {
  it.each<[string, string[], string]>([
    ['now', [], '2024-06-15T12:00:00.000Z'],
    ['startOfDay', [], '2024-06-15T00:00:00.000Z'],
    ['STARTOFDAY', ['-1'], '2024-06-14T00:00:00.000Z'],
    ['startOfDay', ['+1d'], '2024-06-16T00:00:00.000Z'],
    ['startOfDay', ['9h'], '2024-06-15T09:00:00.000Z'],
    ['endOfDay', [], '2024-06-15T23:59:59.999Z'],
    ['endOfDay', ['-1'], '2024-06-14T23:59:59.999Z'],
    ['startOfMonth', [], '2024-06-01T00:00:00.000Z'],
    ['startOfMonth', ['-1M'], '2024-05-01T00:00:00.000Z'],
    ['startOfMonth', ['-1'], '2024-05-01T00:00:00.000Z'],
    ['endOfMonth', [], '2024-06-30T23:59:59.999Z'],
    ['endOfMonth', ['-4'], '2024-02-29T23:59:59.999Z'],
    ['startOfYear', [], '2024-01-01T00:00:00.000Z'],
    ['startOfYear', ['+1'], '2025-01-01T00:00:00.000Z'],
    ['endOfYear', ['-1y'], '2023-12-31T23:59:59.999Z'],
  ])('%s(%j)', (name, args, expected) => {
    expect(iso(evaluateDateFunction(name, args, NOW))).toBe(expected);
  });
});

describe('parseInstant (stored issue dates)', () => {
  it.each<[string, string | undefined]>([
    ['2024-06-01', '2024-06-01T00:00:00.000Z'],
    ['2024-06-01T10:00:00.000Z', '2024-06-01T10:00:00.000Z'],
    ['2024-06-01T10:00:00.000+0000', '2024-06-01T10:00:00.000Z'],
    ['2024-06-01T12:00:00.000+0200', '2024-06-01T10:00:00.000Z'],
    ['2016-12-25T20:55:59', '2016-12-25T20:55:59.000Z'],
    ['not a date', undefined],
  ])('%j', (text, expected) => {
    expect(iso(parseInstant(text))).toBe(expected);
  });
});

describe('text search', () => {
  it.each<[string, string, boolean]>([
    ['checkout', 'Checkout redesign', true],
    ['CHECKOUT redesign', 'Checkout redesign', true],
    ['redesign checkout', 'Checkout redesign', true],
    ['check', 'Checkout redesign', false],
    ['check*', 'Checkout redesign', true],
    ['"checkout redesign"', 'Checkout redesign', true],
    ['"redesign checkout"', 'Checkout redesign', false],
    ['log-in', 'Fix the log in page', true],
    ['log-in', 'login page', false],
    ['café', 'Le Café est ouvert', true],
    ['checkout missing', 'Checkout redesign', false],
  ])('%j in %j -> %s', (query, text, expected) => {
    expect(compileTextQuery(query, 'summary')(words(text))).toBe(expected);
  });
});

describe('issue keys', () => {
  it.each<[string, string, number]>([
    ['ABC-9', 'ABC-10', -1],
    ['ABC-10', 'ABC-9', 1],
    ['ABC-10', 'ABC-10', 0],
    ['ABC-100', 'ABD-1', -1],
    ['XYZ-1', 'ABC-500', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareIssueKeys(a, b))).toBe(sign);
  });

  it('parses keys case-insensitively and rejects non-keys', () => {
    expect(parseIssueKey('abc_2-17')).toEqual({ project: 'ABC_2', number: 17 });
    expect(parseIssueKey('17')).toBeUndefined();
    expect(parseIssueKey('ABC-')).toBeUndefined();
    expect(parseIssueKey('1ABC-2')).toBeUndefined();
  });

  it('orders numeric ids numerically', () => {
    expect(['110', '9', '102'].sort(compareIds)).toEqual(['9', '102', '110']);
  });
});

describe('entity property values', () => {
  const withProps = (properties: Record<string, unknown>) => ({
    ...(ISSUES[0] as (typeof ISSUES)[number]),
    properties,
  });

  it.each<[Record<string, unknown>, string, string, unknown[]]>([
    [{ pm: { a: { b: 3 } } }, 'pm', 'a.b', [3]],
    [{ pm: { a: [1, 2, [3]] } }, 'pm', 'a', [1, 2, 3]],
    [{ pm: { a: [{ b: 'x' }, { b: 'y' }, {}] } }, 'pm', 'a.b', ['x', 'y']],
    [{ pm: 'whole' }, 'pm', '', ['whole']],
    [{ pm: { a: null } }, 'pm', 'a', []],
    [{ pm: { a: 1 } }, 'pm', 'a.b', []],
    [{}, 'pm', 'a', []],
  ])('%j %s %s', (properties, key, path, expected) => {
    expect(rawPropertyValues(withProps(properties), key, path)).toEqual(expected);
  });
});
