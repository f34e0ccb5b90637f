import { CLEARED_ROLLUP_VALUES, diffRollupValues } from '../../../../src/domain/rollup-property/diff-rollup-values';
import type { RollupPropertyValues } from '../../../../src/domain/rollup-property/rollup-property-values';

const v = (progress: number): RollupPropertyValues => ({ progress, kpiStatus: 'none', readiness: 'none' });

describe('diffRollupValues: only parents whose values changed are written', () => {
  const cases: {
    name: string;
    previous: Record<string, RollupPropertyValues>;
    next: [string, RollupPropertyValues][];
    exists?: string[];
    writes: [string, RollupPropertyValues][];
    record: string[];
  }[] = [
    {
      name: 'nothing written yet: every parent',
      previous: {},
      next: [
        ['1', v(10)],
        ['2', v(20)],
      ],
      writes: [
        ['1', v(10)],
        ['2', v(20)],
      ],
      record: ['1', '2'],
    },
    { name: 'unchanged values: no write', previous: { '1': v(10) }, next: [['1', v(10)]], writes: [], record: ['1'] },
    {
      name: 'one changed of two: that one',
      previous: { '1': v(10), '2': v(20) },
      next: [
        ['1', v(10)],
        ['2', v(25)],
      ],
      writes: [['2', v(25)]],
      record: ['1', '2'],
    },
    {
      name: 'a former parent still in the project is cleared and leaves the record',
      previous: { '1': v(10), '2': v(20) },
      next: [['1', v(10)]],
      exists: ['1', '2'],
      writes: [['2', CLEARED_ROLLUP_VALUES]],
      record: ['1'],
    },
    {
      name: 'a former parent that is gone is dropped without a write',
      previous: { '2': v(20) },
      next: [],
      exists: [],
      writes: [],
      record: [],
    },
    {
      name: 'a field that appears or disappears is a change',
      previous: { '1': { kpiStatus: 'none', readiness: 'none' } },
      next: [['1', { score: 3, scoreSum: 3, kpiStatus: 'none', readiness: 'none' }]],
      writes: [['1', { score: 3, scoreSum: 3, kpiStatus: 'none', readiness: 'none' }]],
      record: ['1'],
    },
  ];
  it.each(cases)('$name', ({ previous, next, exists, writes, record }) => {
    const known = new Set(exists ?? next.map(([id]) => id));
    const diff = diffRollupValues(previous, new Map(next), (id) => known.has(id));
    expect(diff.writes).toEqual(writes);
    expect(Object.keys(diff.record).sort()).toEqual(record);
  });
});
