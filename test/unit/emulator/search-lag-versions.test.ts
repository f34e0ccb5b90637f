import type { DatasetIssue } from '../../../dev/dataset/dataset-schema';
import { SearchLag } from '../../../dev/emulator/search-lag';

const issue = (id: string, summary: string) => ({ id, fields: { summary } }) as unknown as DatasetIssue;

describe('search lag: the versions search sees, all at one instant', () => {
  it('an edited issue shows as it was before its first write inside the lag, a created one not at all, until the lag passes', () => {
    let now = 1_000;
    const lag = new SearchLag(500, () => now);
    lag.recordWrite('1', issue('1', 'first'));
    now += 100;
    lag.recordWrite('1', issue('1', 'second'));
    lag.recordWrite('2', undefined);
    const stale = lag.staleVersions();
    expect([...stale.keys()].sort()).toEqual(['1', '2']);
    expect((stale.get('1') as { fields: { summary: string } }).fields.summary).toBe('first');
    expect(stale.get('2')).toBeUndefined();
    // The first write ages out: search sees the version after it.
    now += 450;
    expect((lag.staleVersions().get('1') as { fields: { summary: string } }).fields.summary).toBe('second');
    now += 100;
    expect(lag.staleVersions().size).toBe(0);
  });
});
