import type { KanoAnswer } from '../issue/pm-issue';

/**
 * Kano category from the answer pair of the functional question ("how do you
 * feel if the product has it?") and the dysfunctional one ("...if it does
 * not?"), using the standard 5 x 5 evaluation table (Berger et al., 1993).
 *
 * @example
 * classifyKano('like', 'dislike') // { status: 'classified', category: 'one-dimensional', ... }
 * classifyKano('neutral', 'dislike') // must-be
 */
export type KanoCategory = 'must-be' | 'one-dimensional' | 'attractive' | 'indifferent' | 'reverse' | 'questionable';

export const KANO_ANSWERS: readonly KanoAnswer[] = ['like', 'expect', 'neutral', 'tolerate', 'dislike'];

const M = 'must-be';
const O = 'one-dimensional';
const A = 'attractive';
const I = 'indifferent';
const R = 'reverse';
const Q = 'questionable';

/** Rows: functional answer; columns: dysfunctional answer (both in KANO_ANSWERS order). */
export const KANO_TABLE: readonly (readonly KanoCategory[])[] = [
  /* like     */ [Q, A, A, A, O],
  /* expect   */ [R, I, I, I, M],
  /* neutral  */ [R, I, I, I, M],
  /* tolerate */ [R, I, I, I, M],
  /* dislike  */ [R, R, R, R, Q],
];

export type KanoResult =
  | { status: 'classified'; category: KanoCategory; functional: KanoAnswer; dysfunctional: KanoAnswer }
  | { status: 'not-classified'; reasons: string[] };

export function classifyKano(functional: unknown, dysfunctional: unknown): KanoResult {
  const row = KANO_ANSWERS.indexOf(functional as KanoAnswer);
  const col = KANO_ANSWERS.indexOf(dysfunctional as KanoAnswer);
  const reasons: string[] = [];
  if (row < 0) reasons.push(`functional answer ${JSON.stringify(functional)} is not one of ${KANO_ANSWERS.join(', ')}`);
  if (col < 0)
    reasons.push(`dysfunctional answer ${JSON.stringify(dysfunctional)} is not one of ${KANO_ANSWERS.join(', ')}`);
  const category = KANO_TABLE[row]?.[col];
  if (reasons.length > 0 || category === undefined) return { status: 'not-classified', reasons };
  return {
    status: 'classified',
    category,
    functional: functional as KanoAnswer,
    dysfunctional: dysfunctional as KanoAnswer,
  };
}
