import type { RequirementContextView, ScoringInputs } from '../../../src/contract/api';

/**
 * Pure helpers for the "someone saved first" flow. Changes are compared value
 * by value (each scoring input on its own, e.g. `scores.rice.reach`), so
 * re-applying one person's edits on top of a newer version carries only what
 * they changed and never writes back the values they happened to load.
 */
type Pm = RequirementContextView['pm'];

export type Changes = {
  phase?: string | null;
  problemKey?: string | null;
  personaKey?: string | null;
  scenarioKey?: string | null;
  kpiKeys?: string[];
  scores?: ScoringInputs;
};

export interface ValueChange {
  path: string;
  from: unknown;
  to: unknown;
}

const LINK_FIELDS = ['phase', 'problemKey', 'personaKey', 'scenarioKey', 'kpiKeys'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Every scoring input as `scores.<model>.<input>` (MoSCoW as `scores.moscow`, Kano as one pair). */
export function scoreLeaves(scores: ScoringInputs): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [model, value] of Object.entries(scores)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object' && model !== 'kano') {
      for (const [input, v] of Object.entries(value as Record<string, unknown>))
        if (v !== undefined && v !== null) out.set(`scores.${model}.${input}`, v);
    } else out.set(`scores.${model}`, value);
  }
  return out;
}

/** What changed from `before` to `after`, one row per value. */
export function diffPm(before: Pm, after: Pm): ValueChange[] {
  const rows: ValueChange[] = [];
  for (const f of LINK_FIELDS)
    if (!same(before[f], after[f])) rows.push({ path: f, from: before[f] ?? null, to: after[f] ?? null });
  const was = scoreLeaves(before.scores ?? {});
  const now = scoreLeaves(after.scores ?? {});
  for (const path of new Set([...was.keys(), ...now.keys()])) {
    if (!same(was.get(path), now.get(path)))
      rows.push({ path, from: was.get(path) ?? null, to: now.get(path) ?? null });
  }
  return rows;
}

/** The scoring inputs with `leaves` set (null / undefined removes one). */
export function withScoreLeaves(scores: ScoringInputs, leaves: ReadonlyMap<string, unknown>): ScoringInputs {
  const out = structuredClone(scores) as Record<string, unknown>;
  for (const [path, value] of leaves) {
    const [, model, input] = path.split('.') as [string, string, string | undefined];
    if (input === undefined) {
      if (value === null || value === undefined) delete out[model];
      else out[model] = value;
      continue;
    }
    const group = { ...((out[model] as Record<string, unknown> | undefined) ?? {}) };
    if (value === null || value === undefined) delete group[input];
    else group[input] = value;
    if (Object.keys(group).length > 0) out[model] = group;
    else delete out[model];
  }
  return out as ScoringInputs;
}

/**
 * My edits (made against `base`) expressed against the newer `fresh` version:
 * the fields I changed keep my value, every other field keeps theirs - also
 * inside the scores, input by input.
 */
export function reapplyOnto(base: Pm, mine: Changes, fresh: Pm): Changes {
  const out: Changes = {};
  for (const f of ['phase', 'problemKey', 'personaKey', 'scenarioKey'] as const)
    if (mine[f] !== undefined) out[f] = mine[f];
  if (mine.kpiKeys !== undefined) out.kpiKeys = mine.kpiKeys;
  if (mine.scores !== undefined) {
    const was = scoreLeaves(base.scores ?? {});
    const now = scoreLeaves(mine.scores);
    const changed = new Map<string, unknown>();
    for (const path of new Set([...was.keys(), ...now.keys()]))
      if (!same(was.get(path), now.get(path))) changed.set(path, now.get(path) ?? null);
    const scores = withScoreLeaves(fresh.scores ?? {}, changed);
    if (!same(scores, fresh.scores ?? {})) out.scores = scores;
  }
  // Only what still differs from the fresh version is a change.
  for (const f of ['phase', 'problemKey', 'personaKey', 'scenarioKey', 'kpiKeys'] as const) {
    if (out[f] !== undefined && same(out[f] ?? null, fresh[f] ?? null)) delete out[f];
  }
  return out;
}

/** " by Pat Owner" for the last PM change, from the history's display name; empty when no name is known (never the account id). */
export function lastChangeBy(view: Pick<RequirementContextView, 'pm' | 'history'>): string {
  const name = savedByName(view);
  return name ? ` by ${name}` : '';
}

/** Who saved `fresh`, by display name from its history (never the account id). */
export function savedByName(view: {
  pm: Pick<RequirementContextView['pm'], 'updatedBy'>;
  history: readonly Pick<RequirementContextView['history'][number], 'accountId' | 'displayName'>[];
}): string | undefined {
  const by = view.pm.updatedBy;
  return by ? view.history.find((e) => e.accountId === by && e.displayName)?.displayName : undefined;
}
