import { describeValue } from '../../../static/src/shared/format';

describe('describeValue (history and conflict values in words)', () => {
  it('names a hidden linked item as "an item you cannot see", alone and inside a KPI list', () => {
    expect(describeValue({ hidden: true })).toBe('an item you cannot see');
    expect(describeValue(['CHK-5', { hidden: true }])).toBe('CHK-5, an item you cannot see');
  });

  it('keeps keys, empties and score objects as before', () => {
    expect(describeValue('CHK-2')).toBe('CHK-2');
    expect(describeValue(null)).toBe('empty');
    expect(describeValue([])).toBe('none');
    expect(describeValue({ reach: 10, impact: 2 })).toBe('reach 10, impact 2');
  });
});
