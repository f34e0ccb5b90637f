/**
 * The weighted scorecard shown two ways side by side: the absolute score (its own cell) and, next
 * to it, its share of the best score in this backlog. The share depends on the other items, so
 * the legend says it moves when they change.
 */
import type { RequirementRow } from '../../../src/contract/api';
import { formatNumber } from '../shared/format';

export function NormalisedScore({ row }: { row: RequirementRow }) {
  if (row.normalisedScore === undefined) return null;
  const text = `${formatNumber(row.normalisedScore, 1)} % of best`;
  return (
    <span
      className="pm-small pm-subtlest pm-nowrap"
      style={{ display: 'block' }}
      data-testid="normalised-score"
      aria-label={`Normalised: ${text} in this backlog`}
    >
      {text}
    </span>
  );
}

export function NormalisedLegend({ rows }: { rows: readonly RequirementRow[] }) {
  if (!rows.some((r) => r.normalisedScore !== undefined)) return null;
  return (
    <p className="pm-small pm-muted" data-testid="normalised-legend">
      Weighted scores are shown absolute and, below each, as a share of the best score in this backlog (normalised). The
      share moves when other items’ scores change or the filters change the items compared; the absolute score does not.
    </p>
  );
}
