import { stringify } from 'csv-stringify/sync';

/**
 * CSV with a header row, numbers written as numbers. Two defences against CSV
 * injection, because spreadsheets start a new cell line at every CR or LF:
 * - every line of a text cell that starts with = + - @ (or a tab / CR) gets a
 *   leading apostrophe, not only the cell's first line;
 * - every cell holding a CR or LF is quoted, so a lone line break inside a cell
 *   can never end the record and turn the next line into a row of its own.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined | null)[])[],
): string {
  return stringify(
    [
      header.map(safeCell),
      ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? safeCell(cell) : (cell ?? '')))),
    ],
    {
      record_delimiter: '\r\n',
      quoted_match: /[\r\n]/,
    },
  );
}

/** A formula start at the beginning of the cell or right after any CR or LF. */
const FORMULA_START = /(^|[\r\n])(?=[=+\-@\t\r])/g;

function safeCell(value: string): string {
  return value.replace(FORMULA_START, "$1'");
}
