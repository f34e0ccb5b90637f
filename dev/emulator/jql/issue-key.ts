/** Issue keys ("ABC-12"): parsing and Jira's key order (project key, then number: ABC-9 < ABC-10). */

export interface ParsedIssueKey {
  /** Upper-cased project key. */
  project: string;
  number: number;
}

const KEY_PATTERN = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

export function parseIssueKey(text: string): ParsedIssueKey | undefined {
  const match = KEY_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { project: (match[1] ?? '').toUpperCase(), number: Number(match[2]) };
}

export function isNumericId(text: string): boolean {
  return /^\d+$/.test(text.trim());
}

/** Orders keys by project key, then numerically; text that is not a key sorts after keys, as text. */
export function compareIssueKeys(a: string, b: string): number {
  const pa = parseIssueKey(a);
  const pb = parseIssueKey(b);
  if (pa && pb) {
    if (pa.project !== pb.project) return pa.project < pb.project ? -1 : 1;
    return pa.number - pb.number;
  }
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders issue ids numerically when both are numbers, otherwise as text. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  // Number('') is 0 and Number('1e3') is 1000: only trust it for plain digit strings.
  if (Number.isSafeInteger(na) && Number.isSafeInteger(nb) && na !== nb && isNumericId(a) && isNumericId(b))
    return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A text that sorts like `compareIssueKeys` (project key, then number), so a sort can compare plain
 * strings: "ABC\u0000000000000000010". Text that is not a key sorts after every key.
 */
export function issueKeySortKey(text: string): string {
  const key = parseIssueKey(text);
  return key ? `${key.project}\u0000${String(key.number).padStart(16, '0')}` : `\uffff${text}`;
}
