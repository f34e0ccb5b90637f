import type { ScoringInputs } from '../issue/pm-issue';

/**
 * Whether anyone has entered any scoring input. Staleness only makes sense
 * for issues that have something to go stale.
 *
 * @example
 * hasScoringInput({}) // false
 * hasScoringInput({ rice: { reach: 10 } }) // true
 */
export function hasScoringInput(inputs: ScoringInputs | undefined): boolean {
  if (inputs === undefined) return false;
  if (inputs.moscow !== undefined || inputs.kano !== undefined || inputs.kanoSurvey !== undefined) return true;
  return (
    anyValue(inputs.rice) ||
    anyValue(inputs.wsjf) ||
    anyValue(inputs.ice) ||
    anyValue(inputs.valueEffort) ||
    anyValue(inputs.weighted)
  );
}

function anyValue(group: object | undefined): boolean {
  if (group === undefined) return false;
  for (const k in group) {
    const v = (group as Record<string, unknown>)[k];
    if (v !== null && v !== undefined) return true;
  }
  return false;
}
