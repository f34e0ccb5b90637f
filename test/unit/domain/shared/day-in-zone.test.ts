import { endOfDayMs, isTimeZone, startOfDayMs, utcDayMs } from '../../../../src/domain/shared/day-in-zone';

const at = (iso: string) => Date.parse(iso);

describe('days in a time zone', () => {
  it.each([
    ['UTC (the default)', '2026-12-31', undefined, '2026-12-31T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Auckland in summer (UTC+13)', '2026-12-31', 'Pacific/Auckland', '2026-12-30T11:00:00Z', '2026-12-31T11:00:00Z'],
    [
      'Los Angeles in winter (UTC-8)',
      '2026-12-31',
      'America/Los_Angeles',
      '2026-12-31T08:00:00Z',
      '2027-01-01T08:00:00Z',
    ],
    ['Kolkata (UTC+5:30)', '2026-12-31', 'Asia/Kolkata', '2026-12-30T18:30:00Z', '2026-12-31T18:30:00Z'],
    // Daylight saving starts at 02:00: a 23-hour day.
    [
      'Berlin, the day clocks go forward',
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-28T23:00:00Z',
      '2026-03-29T22:00:00Z',
    ],
    // Daylight saving ends at 03:00: a 25-hour day.
    ['Berlin, the day clocks go back', '2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'],
    // Cuba moves its clocks at midnight: 00:00 never happens, the day begins at 01:00 (UTC-4).
    [
      'Havana, where midnight is skipped',
      '2026-03-08',
      'America/Havana',
      '2026-03-08T05:00:00Z',
      '2026-03-09T04:00:00Z',
    ],
  ])('%s', (_name, day, zone, start, end) => {
    expect(startOfDayMs(day, zone)).toBe(at(start));
    expect(endOfDayMs(day, zone)).toBe(at(end));
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['31.12.2026'], [''], [20261231]])('not a day: %j', (day) => {
    expect(utcDayMs(day)).toBeNull();
    expect(endOfDayMs(day, 'Europe/Berlin')).toBeNull();
  });

  it('an unknown time zone gives no instant', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(endOfDayMs('2026-12-31', 'Mars/Olympus_Mons')).toBeNull();
  });
});
