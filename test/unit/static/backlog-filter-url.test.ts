import { activeFilterCount, filterFromSearch, searchOfFilter } from '../../../static/src/dashboard/backlog-filter-url';

describe('backlog filter in the URL', () => {
  it.each([
    ['', { status: 'open' }],
    ['?status=all', { status: 'all' }],
    ['?status=all&category=indeterminate', { status: 'all', statusCategory: 'indeterminate' }],
    [
      '?phase=requirements&moscow=must&readiness=partial',
      { status: 'open', phase: 'requirements', moscow: 'must', readiness: 'partial' },
    ],
    ['?epic=CHK-7&persona=CHK-3', { status: 'open', epic: 'CHK-7', persona: 'CHK-3' }],
    // Values the server would refuse are dropped, not sent.
    ['?status=closed&category=x&phase=a%20b&moscow=maybe&readiness=yes&epic=chk-7&persona=%22x', { status: 'open' }],
  ])('%s reads as %j', (search, filter) => {
    expect(filterFromSearch(search)).toEqual(filter);
  });

  it.each([
    [{ status: 'open' as const }, ''],
    [{ status: 'all' as const, moscow: 'wont' as const }, '?status=all&moscow=wont'],
    [{ status: 'open' as const, phase: 'requirements', epic: 'CHK-7' }, '?phase=requirements&epic=CHK-7'],
  ])('%j writes %s and reads back the same', (filter, search) => {
    expect(searchOfFilter(filter)).toBe(search);
    expect(filterFromSearch(search)).toEqual(filter);
  });

  it.each([
    [{ status: 'open' as const }, 0],
    [{ status: 'all' as const }, 1],
    [{ status: 'open' as const, phase: 'p', persona: 'CHK-1' }, 2],
  ])('%j has %d active filters', (filter, n) => {
    expect(activeFilterCount(filter)).toBe(n);
  });
});
