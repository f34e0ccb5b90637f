import { parseBenchArgs } from '../../../bench/scale/bench-args';

describe('npm run bench arguments', () => {
  it('--until names a site phase: only the phases up to it run', () => {
    expect(parseBenchArgs(['--scale', '0.1', '--until', 'dashboard'])).toEqual({
      json: false,
      scale: 0.1,
      browser: true,
      portfolioOnly: false,
      until: 'dashboard',
    });
    expect(parseBenchArgs(['--until=cold']).until).toBe('cold');
    expect(parseBenchArgs([]).until).toBeUndefined();
  });

  it('refuses a phase that is not a site phase', () => {
    expect(() => parseBenchArgs(['--until', 'portfolio'])).toThrow(/--until takes one of cold, dashboard/);
    expect(() => parseBenchArgs(['--until'])).toThrow(RangeError);
  });
});
