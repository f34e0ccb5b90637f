import fc from 'fast-check';
import { parseInstant } from '../../../../src/domain/shared/parse-instant';

describe('parseInstant', () => {
  it.each([
    ['canonical UTC', '2026-11-22T09:30:00.000Z', Date.UTC(2026, 10, 22, 9, 30)],
    ['leap day', '2028-02-29T23:59:59.999Z', Date.UTC(2028, 1, 29, 23, 59, 59, 999)],
    [
      'day past month end rolls over as Date.parse does',
      '2026-02-30T00:00:00.000Z',
      Date.parse('2026-02-30T00:00:00.000Z'),
    ],
    ['hour 24 (Date.parse decides)', '2026-01-01T24:00:00.000Z', Date.parse('2026-01-01T24:00:00.000Z')],
    ['year below 100 (not 19xx)', '0042-01-01T00:00:00.000Z', Date.parse('0042-01-01T00:00:00.000Z')],
    ['offset form', '2026-11-22T10:30:00+01:00', Date.UTC(2026, 10, 22, 9, 30)],
    ['date only', '2026-11-22', Date.UTC(2026, 10, 22)],
  ])('%s', (_, input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  it.each([
    ['month 13', '2026-13-01T00:00:00.000Z'],
    ['letters', '2026-1a-01T00:00:00.000Z'],
    ['empty', ''],
    ['garbage', 'not a date'],
  ])('%s is NaN', (_, input) => {
    expect(parseInstant(input)).toBeNaN();
  });

  it('agrees with Date.parse on any canonical-shaped string, valid or not', () => {
    // Each field is mostly near its valid range (so the fast path runs), sometimes any characters.
    const field = (width: number, max: number) =>
      fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0')) },
        {
          weight: 1,
          arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789x-'), minLength: width, maxLength: width }),
        },
      );
    const shaped = fc
      .tuple(field(4, 9999), field(2, 13), field(2, 32), field(2, 25), field(2, 60), field(2, 60), field(3, 999))
      .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    fc.assert(
      fc.property(shaped, (s) => Object.is(parseInstant(s), Date.parse(s))),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.parse on every instant toISOString can write', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00.000Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (d) => parseInstant(d.toISOString()) === d.getTime(),
      ),
      { numRuns: 5000 },
    );
  });
});
