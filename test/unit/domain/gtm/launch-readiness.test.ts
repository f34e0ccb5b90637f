import { gtmDeliverableOf, segmentOf } from '../../../../src/domain/gtm/gtm-deliverable';
import { launchReadiness, type GtmItem, type LaunchReadinessInput } from '../../../../src/domain/gtm/launch-readiness';

const TODAY = '2026-11-01';
const item = (key: string, over: Partial<GtmItem> = {}): GtmItem => ({
  key,
  deliverable: 'message',
  personaId: 'P-1',
  segment: null,
  statusCategory: 'done',
  ...over,
});
const input = (over: Partial<LaunchReadinessInput>): LaunchReadinessInput => ({
  personaIds: [],
  items: [],
  today: TODAY,
  ...over,
});

describe('gtmDeliverableOf: the deliverable from the phase (website by label)', () => {
  it.each<[string | null, string[], string | null]>([
    ['market-message', [], 'message'],
    ['sales-arguments', ['gtm-sales'], 'sales'],
    ['sales-arguments', ['gtm-sales', 'website'], 'website'],
    ['packaging', [], 'packaging'],
    ['gtm-team', [], null],
    ['launch', [], null],
    ['requirements', ['website'], null],
    [null, [], null],
  ])('%s with labels %j is %s', (phase, labels, expected) => {
    expect(gtmDeliverableOf(phase, labels)).toBe(expected);
  });
});

describe('segmentOf: the first segment- label', () => {
  it.each<[string[], string | null]>([
    [[], null],
    [['gtm-message'], null],
    [['segment-smb'], 'smb'],
    [['gtm-message', 'segment-enterprise', 'segment-smb'], 'enterprise'],
    [['segment-'], null],
  ])('%j -> %s', (labels, expected) => {
    expect(segmentOf(labels)).toBe(expected);
  });
});

describe('launchReadiness: persona x deliverable, worked examples', () => {
  it('a persona the requirements target with no item has a row of missing cells and is flagged', () => {
    const r = launchReadiness(input({ personaIds: ['P-1'] }));
    expect(r.rows).toEqual([
      {
        personaId: 'P-1',
        segment: null,
        cells: {
          message: { status: 'missing', itemKeys: [] },
          sales: { status: 'missing', itemKeys: [] },
          website: { status: 'missing', itemKeys: [] },
          packaging: { status: 'missing', itemKeys: [] },
        },
      },
    ]);
    expect(r.personasWithoutMessage).toEqual(['P-1']);
    expect(r.doneShare).toBe(0);
    expect(r.overdue).toBe(false);
  });

  it.each<[string, GtmItem['statusCategory'][], string]>([
    ['all done', ['done', 'done'], 'done'],
    ['one open', ['done', 'indeterminate'], 'in-progress'],
    ['not started', ['new'], 'in-progress'],
  ])('a cell with items: %s -> %s', (_name, categories, expected) => {
    const items = categories.map((statusCategory, i) => item(`G-${i + 1}`, { statusCategory }));
    const r = launchReadiness(input({ personaIds: ['P-1'], items }));
    expect(r.rows[0]?.cells.message).toEqual({ status: expected, itemKeys: items.map((i) => i.key) });
    expect(r.personasWithoutMessage).toEqual([]);
  });

  it('rows: given personas first, then personas only items name, segments alphabetically (none first), no persona last', () => {
    const r = launchReadiness(
      input({
        personaIds: ['P-2', 'P-1'],
        items: [
          item('G-1', { personaId: null, deliverable: 'website' }),
          item('G-2', { personaId: 'P-3', deliverable: 'sales' }),
          item('G-3', { personaId: 'P-1', segment: 'smb' }),
          item('G-4', { personaId: 'P-1', segment: 'enterprise', deliverable: 'packaging' }),
          item('G-5', { personaId: 'P-2', segment: null }),
        ],
      }),
    );
    expect(r.rows.map((row) => [row.personaId, row.segment])).toEqual([
      ['P-2', null],
      ['P-1', 'enterprise'],
      ['P-1', 'smb'],
      ['P-3', null],
      [null, null],
    ]);
    // P-1's message is in one segment only: it has a message. P-3 has only sales arguments.
    expect(r.personasWithoutMessage).toEqual(['P-3']);
    // 5 persona rows x 4 deliverables = 16 cells (the no-persona row is not counted); done: G-2..G-5.
    expect(r.doneShare).toBe(4 / 16);
  });

  it('a message naming no persona does not give any persona a message', () => {
    const r = launchReadiness(input({ personaIds: ['P-1'], items: [item('G-1', { personaId: null })] }));
    expect(r.personasWithoutMessage).toEqual(['P-1']);
    expect(r.doneShare).toBe(0);
  });

  it('no persona at all: no persona row, no share', () => {
    const r = launchReadiness(input({ items: [item('G-1', { personaId: null })] }));
    expect(r.rows).toHaveLength(1);
    expect(r.doneShare).toBeNull();
    expect(r.personasWithoutMessage).toEqual([]);
  });

  const everyDeliverableDone = ['message', 'sales', 'website', 'packaging'].map((deliverable, i) =>
    item(`G-${i + 1}`, { deliverable: deliverable as GtmItem['deliverable'] }),
  );
  it.each<[string, string | undefined, GtmItem[], boolean]>([
    ['no launch date', undefined, [item('G-1', { statusCategory: 'new' })], false],
    [
      'due today, not done: not yet overdue (due at the end of the day)',
      TODAY,
      [item('G-1', { statusCategory: 'new' })],
      false,
    ],
    [
      'due yesterday, an item open',
      '2026-10-31',
      [...everyDeliverableDone.slice(1), item('G-9', { statusCategory: 'indeterminate' })],
      true,
    ],
    ['due yesterday, a persona cell missing', '2026-10-31', everyDeliverableDone.slice(1), true],
    ['due yesterday, everything done', '2026-10-31', everyDeliverableDone, false],
    ['due tomorrow, nothing done', '2026-11-02', [item('G-1', { statusCategory: 'new' })], false],
  ])('overdue: %s', (_name, launchDate, items, expected) => {
    const r = launchReadiness(input({ personaIds: ['P-1'], items, ...(launchDate ? { launchDate } : {}) }));
    expect(r.overdue).toBe(expected);
  });
});
