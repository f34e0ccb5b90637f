import type { ScoreModel } from '../../contract/payloads';
import { scoreIndexAlias } from '../../contract/score-index';
import { jqlString } from '../shared/read-all-issues';

/**
 * The JQL counting the project's other open issues whose indexed score for `model` is above
 * `value` (contract/score-index.ts): one count a model gives a score's rank at any project size,
 * Jira doing the work (`search/approximate-count`, no issue read). The issue itself is left out,
 * so an unsaved score is ranked against everyone else's saved ones.
 *
 * @example
 * rankJql('CHK', 'rice', 42, 'CHK-7')
 * // 'project = "CHK" AND pmRiceScore > 42 AND statusCategory != Done AND key != "CHK-7"'
 */
export function rankJql(projectKey: string, model: ScoreModel, value: number, issueKey: string): string {
  return `project = ${jqlString(projectKey)} AND ${scoreIndexAlias(model)} > ${jqlNumber(value)} AND statusCategory != Done AND key != ${jqlString(issueKey)}`;
}

/**
 * A number as JQL reads it: plain decimal digits, never an exponent (String(1e-7) is "1e-7").
 *
 * @example
 * jqlNumber(0.0000001) // '0.0000001'
 * jqlNumber(12963) // '12963'
 */
export function jqlNumber(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // toFixed itself falls back to an exponent from 1e21 on; such a number has no fraction.
  if (Math.abs(value) >= 1e21) return BigInt(value).toString();
  return value.toFixed(20).replace(/\.?0+$/, '');
}
