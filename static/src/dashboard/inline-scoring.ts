import type { ScoreModel, ScoringInputs } from '../../../src/contract/api';
import { scoringInputProblems } from '../../../src/contract/score-views';
import type { RequirementContextView } from '../../../src/contract/api';
import { cleanScores } from '../issue-panel/scoring-inputs';
import { scoreLeaves, withScoreLeaves } from '../issue-panel/conflict-merge';

type Scoring = RequirementContextView['options']['scoring'];

/**
 * The whole stored input set with one model's inputs taken from the inline draft: a backlog
 * row edits one model, but a save carries every model's inputs (saveRequirement replaces the set).
 *
 * @example
 * withModelFrom({ rice: { reach: 1 }, moscow: 'must' }, { rice: { reach: 5 } }, 'rice') // { rice: { reach: 5 }, moscow: 'must' }
 */
export function withModelFrom(stored: ScoringInputs, draft: ScoringInputs, model: ScoreModel): ScoringInputs {
  const next: Record<string, unknown> = { ...stored };
  const value = (draft as Record<string, unknown>)[model];
  if (value === undefined) delete next[model];
  else next[model] = value;
  return cleanScores(next as ScoringInputs);
}

/** The unusable inputs of `model` in the draft, by the domain's rules (as the panel shows them), as `scores.<model>.<input>` paths. */
export function modelProblems(
  draft: ScoringInputs,
  model: ScoreModel,
  scoring: Scoring,
): { path: string; message: string }[] {
  return scoringInputProblems(cleanScores(draft), scoring)
    .filter((p) => p.path.split('.')[0] === model)
    .map((p) => ({ path: `scores.${p.path}`, message: p.message }));
}

/** Whether the draft's inputs for `model` differ from the stored ones. */
export function modelChanged(stored: ScoringInputs, draft: ScoringInputs, model: ScoreModel): boolean {
  const a = (cleanScores(stored) as Record<string, unknown>)[model];
  const b = (cleanScores(draft) as Record<string, unknown>)[model];
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}

/**
 * After a conflict, my edit of `model` put on their newer inputs: only the inputs I changed
 * (against the version I opened) take my value; every other input, and every other model,
 * keeps theirs.
 *
 * @example
 * // I changed the reach, they changed the effort:
 * reapplyModel({ rice: { reach: 1, effort: 2 } }, { rice: { reach: 5, effort: 2 } }, { rice: { reach: 1, effort: 7 } }, 'rice') // { rice: { reach: 5, effort: 7 } }
 */
export function reapplyModel(
  opened: ScoringInputs,
  draft: ScoringInputs,
  current: ScoringInputs,
  model: ScoreModel,
): ScoringInputs {
  const was = scoreLeaves(cleanScores(opened));
  const now = scoreLeaves(cleanScores(draft));
  const mine = new Map<string, unknown>();
  const inModel = (path: string) => path === `scores.${model}` || path.startsWith(`scores.${model}.`);
  for (const path of new Set([...was.keys(), ...now.keys()])) {
    if (inModel(path) && JSON.stringify(was.get(path) ?? null) !== JSON.stringify(now.get(path) ?? null))
      mine.set(path, now.get(path) ?? null);
  }
  return cleanScores(withScoreLeaves(current, mine));
}
