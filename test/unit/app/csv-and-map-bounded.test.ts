import { toCsv } from '../../../src/app/export/to-csv';
import { mapBounded } from '../../../src/app/shared/map-bounded';

describe('toCsv', () => {
  it('quotes as CSV requires and defuses formula cells', () => {
    const csv = toCsv(
      ['Key', 'Summary', 'Score'],
      [
        ['APP-1', '=HYPERLINK("x")', 12.5],
        ['APP-2', 'a, "b"', undefined],
      ],
    );
    expect(csv).toBe('Key,Summary,Score\r\nAPP-1,"\'=HYPERLINK(""x"")",12.5\r\nAPP-2,"a, ""b""",\r\n');
  });
});

describe('mapBounded', () => {
  it('never runs more than the limit at once and keeps order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
