/**
 * Natural order of Jira issue keys: project key alphabetically (code-unit
 * order, so the result never depends on the runtime's locale), then the
 * number numerically, so APP-9 comes before APP-10. Keys that do not look
 * like Jira keys fall back to plain string order.
 *
 * @example
 * ['APP-10', 'APP-9', 'API-2'].sort(compareIssueKeys) // ['API-2', 'APP-9', 'APP-10']
 */
export function compareIssueKeys(a: string, b: string): number {
  const da = a.lastIndexOf('-');
  const db = b.lastIndexOf('-');
  const pa = da < 0 ? a : a.slice(0, da);
  const pb = db < 0 ? b : b.slice(0, db);
  if (pa !== pb) return pa < pb ? -1 : 1;
  const na = da < 0 ? NaN : Number(a.slice(da + 1));
  const nb = db < 0 ? NaN : Number(b.slice(db + 1));
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order of issue ids: Jira ids are decimal strings, so shorter sorts first,
 * then code-unit order; this equals numeric order without parsing and is a
 * total order for any strings.
 *
 * @example
 * ['100', '20', '3'].sort(compareIds) // ['3', '20', '100']
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
