/**
 * Indexed issue-property values, as Jira extracts them for a `jira:entityProperty` value: the JSON
 * at `path` inside the property, where an array means "each element" (Jira indexes arrays element by
 * element, the declared type being the element type). Values of another type are not indexed.
 */
import type { JqlAlias, JqlIssueView } from './types';
import { parseInstant } from './date-values';

export type PropertyType = JqlAlias['type'];

export function normalizePath(path: string): string {
  return path.replace(/^\.+/, '').trim();
}

function collect(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
  } else if (value !== undefined && value !== null) {
    out.push(value);
  }
}

/** The raw JSON values at `path` (dot path, "" = the whole value) of property `key`, arrays flattened. */
export function rawPropertyValues(issue: JqlIssueView, key: string, path: string): unknown[] {
  let value: unknown = issue.properties[key];
  if (path !== '') {
    for (const segment of path.split('.')) {
      if (Array.isArray(value)) {
        // A path through an array reaches into each element.
        value = value.map((item: unknown) =>
          item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[segment] : undefined,
        );
      } else if (value !== null && typeof value === 'object') {
        value = (value as Record<string, unknown>)[segment];
      } else {
        return [];
      }
    }
  }
  const out: unknown[] = [];
  collect(value, out);
  return out;
}

/** Number type: JSON numbers only. */
export function numberValues(raw: unknown[]): number[] {
  return raw.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** String and user types: strings, plus numbers and booleans as their text. */
export function stringValues(raw: unknown[]): string[] {
  return raw
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map((v) => String(v));
}

/** Text type: strings only. */
export function textValues(raw: unknown[]): string[] {
  return raw.filter((v): v is string => typeof v === 'string');
}

/** Date type: ISO date or date-time strings (no zone = UTC). */
export function dateValues(raw: unknown[]): number[] {
  const out: number[] = [];
  for (const v of raw) {
    if (typeof v !== 'string') continue;
    const ms = parseInstant(v);
    if (ms !== undefined) out.push(ms);
  }
  return out;
}
