import { sameRollupValues, type RollupPropertyValues } from './rollup-property-values';

/** What a parent that no longer has children carries: nothing to count, no status. */
export const CLEARED_ROLLUP_VALUES: RollupPropertyValues = { kpiStatus: 'none', readiness: 'none' };

export interface RollupValuesDiff {
  /** Issues whose property must be written, with the values, in id order of `next` then of the cleared. */
  writes: [string, RollupPropertyValues][];
  /** The record of values written once `writes` succeeded. */
  record: Record<string, RollupPropertyValues>;
}

/**
 * Which parents need a write: those whose values differ from the ones last written (or were
 * never written), and former parents still in the project (`exists`), cleared. A former parent
 * that is gone is dropped from the record without a write.
 *
 * @example
 * diffRollupValues({ '1': a }, new Map([['1', a], ['2', b]]), () => true).writes // [['2', b]]
 */
export function diffRollupValues(
  previous: Readonly<Record<string, RollupPropertyValues>>,
  next: ReadonlyMap<string, RollupPropertyValues>,
  exists: (id: string) => boolean,
): RollupValuesDiff {
  const writes: [string, RollupPropertyValues][] = [];
  const record: Record<string, RollupPropertyValues> = {};
  for (const [id, values] of next) {
    record[id] = values;
    const before = previous[id];
    if (!before || !sameRollupValues(before, values)) writes.push([id, values]);
  }
  for (const id of Object.keys(previous)) {
    if (next.has(id) || !exists(id)) continue;
    if (!sameRollupValues(previous[id] as RollupPropertyValues, CLEARED_ROLLUP_VALUES))
      writes.push([id, CLEARED_ROLLUP_VALUES]);
  }
  return { writes, record };
}
