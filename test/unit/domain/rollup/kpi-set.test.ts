import { emptyKpiTotals } from '../../../../src/domain';
import { addKpiEntry, addKpiSetTotals, mergeKpiSet, type KpiSet } from '../../../../src/domain/rollup/kpi-set';

const empty = (): KpiSet => ({ keys: [], statuses: [] });

describe('KPI sets: each distinct KPI once', () => {
  it('keeps keys sorted and counts a key once', () => {
    const s = empty();
    addKpiEntry(s, 'APP-5', 'at-risk');
    addKpiEntry(s, 'APP-5', 'at-risk');
    addKpiEntry(s, 'APP-2', 'on-track');
    addKpiEntry(s, 'APP-9', 'no-data');
    addKpiEntry(s, 'APP-3', 'off-track');
    expect(s).toEqual({
      keys: ['APP-2', 'APP-3', 'APP-5', 'APP-9'],
      statuses: ['on-track', 'off-track', 'at-risk', 'no-data'],
    });
  });

  it.each([
    ['on-track', 'off-track', 'off-track'],
    ['off-track', 'on-track', 'off-track'],
    ['no-data', 'at-risk', 'at-risk'],
    ['at-risk', 'no-data', 'at-risk'],
  ] as const)('a duplicated key (%s, then %s) keeps the worse status whatever the order: %s', (first, second, kept) => {
    const s = empty();
    addKpiEntry(s, 'APP-1', first);
    addKpiEntry(s, 'APP-1', second);
    expect(s.statuses).toEqual([kept]);
  });

  it('merging copies, never shares or changes the source', () => {
    const child: KpiSet = { keys: ['APP-1'], statuses: ['on-track'] };
    const parent = empty();
    mergeKpiSet(parent, child);
    addKpiEntry(parent, 'APP-0', 'at-risk');
    expect(child).toEqual({ keys: ['APP-1'], statuses: ['on-track'] });
    expect(parent).toEqual({ keys: ['APP-0', 'APP-1'], statuses: ['at-risk', 'on-track'] });
  });

  it('totals weigh each KPI once with its configured weight', () => {
    const s: KpiSet = { keys: ['APP-1', 'APP-2'], statuses: ['on-track', 'off-track'] };
    const totals = emptyKpiTotals();
    addKpiSetTotals(totals, s, { 'APP-2': 3 });
    expect(totals).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 0, weightedSum: 1, weightTotal: 4 });
  });
});
