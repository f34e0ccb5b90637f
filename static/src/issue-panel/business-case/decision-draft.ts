import type { DecisionInput } from '../../../../src/contract/business-case-property';
import type { DecisionView } from '../../../../src/contract/views-business-case';

export interface DecisionDraft {
  options: { id: string; name: string }[];
  criteria: { id: string; name: string; weight: number | null }[];
  /** option id -> criterion id -> rating (null while empty). */
  ratings: Record<string, Record<string, number | null>>;
  choice: string;
  rationale: string;
}

/** A new decision starts from the method's three options and four common criteria. */
const START: DecisionDraft = {
  options: [
    { id: 'build', name: 'Build' },
    { id: 'buy', name: 'Buy' },
    { id: 'partner', name: 'Partner' },
  ],
  criteria: [
    { id: 'cost', name: 'Total cost', weight: 3 },
    { id: 'time', name: 'Time to market', weight: 2 },
    { id: 'control', name: 'Control and differentiation', weight: 2 },
    { id: 'fit', name: 'Strategic fit', weight: 1 },
  ],
  ratings: {},
  choice: '',
  rationale: '',
};

export function decisionDraftOf(decision: DecisionView | null): DecisionDraft {
  if (!decision) return structuredClone(START);
  const { input } = decision;
  return {
    options: input.options.map((o) => ({ ...o })),
    criteria: input.criteria.map((c) => ({ ...c })),
    ratings: structuredClone(input.ratings),
    choice: input.choice ?? '',
    rationale: input.rationale ?? '',
  };
}

/** A fresh id for a new option or criterion: a slug of its name, unique in the list. */
export function newId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 24) || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

export function decisionInputOf(draft: DecisionDraft): { input: DecisionInput } | { problems: string[] } {
  const problems: string[] = [];
  if (draft.options.some((o) => o.name.trim() === '')) problems.push('Every option needs a name.');
  if (draft.criteria.some((c) => c.name.trim() === '')) problems.push('Every criterion needs a name.');
  if (draft.criteria.some((c) => c.weight === null || c.weight < 0))
    problems.push('Every weight is a number of at least 0.');
  const bad = Object.values(draft.ratings).some((r) => Object.values(r).some((v) => v !== null && (v < 0 || v > 10)));
  if (bad) problems.push('Ratings are from 0 to 10.');
  if (problems.length > 0) return { problems };
  const ids = new Set(draft.options.map((o) => o.id));
  const criteria = new Set(draft.criteria.map((c) => c.id));
  const ratings: DecisionInput['ratings'] = {};
  for (const [option, row] of Object.entries(draft.ratings)) {
    if (!ids.has(option)) continue;
    const kept = Object.fromEntries(
      Object.entries(row).filter((e): e is [string, number] => e[1] !== null && criteria.has(e[0])),
    );
    if (Object.keys(kept).length > 0) ratings[option] = kept;
  }
  return {
    input: {
      options: draft.options.map((o) => ({ id: o.id, name: o.name.trim() })),
      criteria: draft.criteria.map((c) => ({ id: c.id, name: c.name.trim(), weight: c.weight ?? 0 })),
      ratings,
      ...(draft.choice && ids.has(draft.choice) ? { choice: draft.choice } : {}),
      ...(draft.rationale.trim() ? { rationale: draft.rationale.trim() } : {}),
    },
  };
}
