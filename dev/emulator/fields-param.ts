/**
 * Jira's `fields` / `properties` request parameters. `fields` takes field ids,
 * `*all`, `*navigable`, and `-id` exclusions, as a comma list, repeated query
 * parameters, or a JSON array (POST bodies). `id` alone (or nothing, where the
 * endpoint's default is ids only) means "ids only": each issue is `{id}`.
 */
export interface FieldSelection {
  idsOnly: boolean;
  include(fieldId: string): boolean;
}

/** Splits "a,b" / ["a","b,c"] into trimmed non-empty tokens; undefined when nothing was given. */
export function tokens(raw: readonly string[] | string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = (typeof raw === 'string' ? [raw] : raw)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return list.length > 0 ? list : undefined;
}

export function parseFieldSelection(given: string[] | undefined, fallback: readonly string[]): FieldSelection {
  const list = given ?? [...fallback];
  const all = list.includes('*all') || list.includes('*navigable');
  const excluded = new Set(list.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const named = new Set(list.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  const idsOnly = !all && [...named].every((n) => n === 'id');
  return {
    idsOnly,
    include: (fieldId) => !excluded.has(fieldId) && (all || named.has(fieldId)),
  };
}

/** `properties`: keys, or `*all`; undefined when none were asked for. */
export interface PropertySelection {
  include(key: string): boolean;
}

export function parsePropertySelection(given: string[] | undefined): PropertySelection | undefined {
  if (!given) return undefined;
  const all = given.includes('*all');
  const excluded = new Set(given.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const named = new Set(given.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  return { include: (key) => !excluded.has(key) && (all || named.has(key)) };
}
