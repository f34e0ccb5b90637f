import type { PriorityInversionView } from '../../../src/contract/api';
import { formatNumber } from '../shared/format';

const where = (d: { key: string; rank?: number }) => (d.rank !== undefined ? `${d.key} (#${d.rank})` : d.key);

/**
 * The priority inversion flag's words (its tooltip and accessible name): what waits on it, the
 * action (a suggestion: the backlog ranks by score, so nothing is changed) and the lifting score.
 */
export function inversionText(inversion: PriorityInversionView, modelLabel: string): string {
  const direct = inversion.dependants.filter((d) => d.direct);
  const through = inversion.dependants.filter((d) => !d.direct);
  const waits = through.length === 1 ? 'waits' : 'wait';
  const parts = [
    direct.length ? `Blocks ${direct.map(where).join(', ')}, scored higher.` : '',
    through.length && direct.length ? `Through those, ${through.map(where).join(', ')} ${waits} on it too.` : '',
    // Only a chain: what it blocks directly is scored lower, so "those" would name nothing.
    through.length && !direct.length
      ? `Through the issues it blocks, ${through.map(where).join(', ')}, scored higher, ${waits} on it.`
      : '',
    `Suggestion, nothing is changed: do it before ${where(inversion.liftTo)}; in Jira, rank it above ${inversion.liftTo.key} on the board.`,
    `This backlog ranks by ${modelLabel} score: a score of ${formatNumber(inversion.liftTo.value)} would rank it with ${where(inversion.liftTo)}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
