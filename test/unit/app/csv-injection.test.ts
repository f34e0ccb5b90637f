import { parse } from 'csv-parse/sync';
import { toCsv } from '../../../src/app/export/to-csv';

/**
 * CSV injection through line breaks: a spreadsheet treats every line of a cell as
 * input that may start a formula, and a CSV reader ends the record at an unquoted
 * CR or LF. The export is read back with a real parser (csv-parse) to check both.
 */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
const BREAKS = ['\n', '\r', '\r\n'];

const hostile = BREAKS.flatMap((br) =>
  FORMULA_STARTS.map((start) => `harmless${br}${start}HYPERLINK("http://evil.example","x")`),
);

function lines(cell: string): string[] {
  return cell.split(/\r\n|\r|\n/);
}

describe('toCsv against CSV injection', () => {
  const rows = hostile.map((summary, i) => [`APP-${i + 1}`, summary, i]);
  const csv = toCsv(['Key', 'Summary', 'Rank'], rows);
  const parsed = parse(csv, { relax_quotes: false }) as string[][];

  it('keeps one record per row: a cell with a CR or LF never breaks the record', () => {
    expect(parsed).toHaveLength(rows.length + 1);
    for (const record of parsed) expect(record).toHaveLength(3);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  });

  it('quotes every cell that contains a CR or LF', () => {
    for (const summary of hostile) {
      const written = toCsv(['Summary'], [[summary]])
        .split('\r\n')
        .slice(1)
        .join('\r\n');
      expect({ summary, quoted: written.startsWith('"') }).toEqual({ summary, quoted: true });
    }
  });

  it('starts no line of any cell with a formula character', () => {
    for (const record of parsed.slice(1)) {
      const summary = record[1] ?? '';
      for (const line of lines(summary)) {
        expect({ summary, line, formula: /^[=+\-@\t]/.test(line) }).toEqual({ summary, line, formula: false });
      }
    }
  });

  it('changes nothing but the apostrophes it adds', () => {
    parsed
      .slice(1)
      .forEach((record, i) => expect((record[1] ?? '').replace(/'/g, '')).toBe(hostile[i]!.replace(/'/g, '')));
    expect(toCsv(['A'], [['plain text\nsecond line'], [-3]])).toBe('A\r\n"plain text\nsecond line"\r\n-3\r\n');
  });
});
