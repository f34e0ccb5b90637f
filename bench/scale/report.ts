import { BENCH_FIELDS, type BenchField, type BenchValues } from './bench-fields';
import { GOALS } from './goals';

function formatValue(value: number | null): string {
  if (value === null) return 'null';
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}

/** The readable table: field, figure, goal, met / NOT met, and why a figure is null or qualified. */
export function reportTable(values: BenchValues, notes: Partial<Record<BenchField, string>>): string[] {
  const rows = BENCH_FIELDS.map((field) => {
    const goal = GOALS[field];
    return [
      field,
      formatValue(values[field]),
      goal?.text ?? '',
      goal ? (goal.met(values) ? 'met' : 'NOT met') : '',
      notes[field] ?? '',
    ];
  });
  const header = ['field', 'value', 'goal', '', 'note'];
  const widths = header.map((_, c) =>
    Math.max(header[c]!.length, ...rows.slice(0).map((r) => (c === 4 ? 0 : r[c]!.length))),
  );
  const line = (r: string[]): string =>
    r.map((cell, c) => (c === 4 ? cell : c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ');
  return [line(header), widths.map((w, c) => (c === 4 ? '----' : '-'.repeat(w))).join('-|-'), ...rows.map(line)];
}

/** The `--json` line: exactly the fields, in its order, each a number or null. */
export function jsonLine(values: BenchValues): string {
  return JSON.stringify(Object.fromEntries(BENCH_FIELDS.map((field) => [field, values[field]])));
}
