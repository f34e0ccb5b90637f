import { boardOrder, groupByTheme, type Themed } from '../../../../src/domain/roadmap/theme-groups';

type Item = Themed & { key: string; horizon: string };
const growth = { key: 'I-2', summary: 'Growth' };
const core = { key: 'I-1', summary: 'Core' };
const item = (key: string, horizon: string, theme?: { key: string; summary: string }): Item => ({
  key,
  horizon,
  ...(theme ? { theme } : {}),
});
const shape = (groups: ReturnType<typeof groupByTheme<Item>>) =>
  groups.map((g) => [g.key, g.name, g.items.map((i) => i.key)]);

describe('groupByTheme: the swimlanes of a board column', () => {
  it.each<[string, Item[], [string, string, string[]][]]>([
    ['no items: no groups', [], []],
    [
      'themes in the order of their first item, items in their order',
      [item('E-1', 'now', growth), item('E-2', 'now', core), item('E-3', 'now', growth)],
      [
        ['I-2', 'Growth', ['E-1', 'E-3']],
        ['I-1', 'Core', ['E-2']],
      ],
    ],
    [
      'items with no theme: one "No theme" group, last even when one of them comes first',
      [item('E-1', 'now'), item('E-2', 'now', core), item('E-3', 'now')],
      [
        ['I-1', 'Core', ['E-2']],
        ['', 'No theme', ['E-1', 'E-3']],
      ],
    ],
    ['only items with no theme', [item('E-1', 'now')], [['', 'No theme', ['E-1']]]],
    [
      'a theme is known by its key: the same key with another summary is the same group (first summary named)',
      [item('E-1', 'now', core), item('E-2', 'now', { key: 'I-1', summary: 'Core, renamed' })],
      [['I-1', 'Core', ['E-1', 'E-2']]],
    ],
  ])('%s', (_name, items, expected) => {
    expect(shape(groupByTheme(items))).toEqual(expected);
  });
});

describe('boardOrder: the CSV rows in the order the board shows them', () => {
  it('goes column by column, each column theme group by theme group, no theme last', () => {
    const items = [
      item('E-1', 'now'),
      item('E-2', 'now', core),
      item('E-3', 'next', growth),
      item('E-4', 'now', growth),
      item('E-5', 'now', core),
      item('E-6', 'later'),
    ];
    expect(boardOrder(items, ['now', 'next', 'later']).map((i) => i.key)).toEqual([
      'E-2',
      'E-5',
      'E-4',
      'E-1',
      'E-3',
      'E-6',
    ]);
  });

  it('leaves out the items of a horizon not shown', () => {
    expect(boardOrder([item('E-1', 'done'), item('E-2', 'now')], ['now']).map((i) => i.key)).toEqual(['E-2']);
  });
});
