import { stringify } from 'csv-stringify/sync';

/**
 * CSV with a header row. Cells starting with = + - @ (or a tab / CR) get a
 * leading apostrophe so a spreadsheet never runs them as formulas (CSV
 * injection); numbers are written as numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return stringify([header.map(safeCell), ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? safeCell(cell) : (cell ?? ''))))], {
    record_delimiter: '\r\n',
  });
}

function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
