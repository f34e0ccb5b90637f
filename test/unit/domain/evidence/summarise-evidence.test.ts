import { evidenceAgeDays } from '../../../../src/domain/evidence/evidence-age';
import type { EvidenceItem } from '../../../../src/domain/evidence/evidence-item';
import { summariseEvidence } from '../../../../src/domain/evidence/summarise-evidence';

const NOW = new Date('2026-11-01T23:30:00Z');
const item = (
  strength: 1 | 2 | 3,
  observedOn: string,
  source: string,
  sourceKind: EvidenceItem['sourceKind'] = 'segment',
): EvidenceItem => ({
  strength,
  sourceKind,
  source,
  observedOn,
});

describe('evidenceAgeDays', () => {
  it.each<[string, string, number | null]>([
    ['today, late in the day', '2026-11-01', 0],
    ['yesterday', '2026-10-31', 1],
    ['thirty days', '2026-10-02', 30],
    ['across a leap day', '2024-02-28', 977],
    ['tomorrow', '2026-11-02', null],
    ['not a day (February 30)', '2026-02-30', null],
    ['not a date', 'last week', null],
    ['a timestamp, not a day', '2026-10-01T00:00:00Z', null],
  ])('%s', (_name, day, expected) => {
    expect(evidenceAgeDays(day, NOW)).toBe(expected);
  });
});

describe('summariseEvidence: count, recency and the segments and customers behind it', () => {
  it('no evidence', () => {
    expect(summariseEvidence([], NOW)).toEqual({ count: 0, strength: 0, undated: 0, sources: [] });
  });

  it('groups sources by kind and name (case and spaces aside), segments first, the strongest first', () => {
    const items = [
      item(1, '2026-06-01', 'Enterprise'),
      item(3, '2026-10-15', 'SMB retail'),
      item(2, '2026-09-01', 'Acme Ltd', 'customer'),
      item(2, '2026-08-01', ' smb RETAIL'),
      item(1, '2026-07-01', 'enterprise'),
    ];
    expect(summariseEvidence(items, NOW)).toEqual({
      count: 5,
      strength: 9,
      latestOn: '2026-10-15',
      latestAgeDays: 17,
      undated: 0,
      sources: [
        { kind: 'segment', name: 'SMB retail', count: 2, strength: 5 },
        { kind: 'segment', name: 'Enterprise', count: 2, strength: 2 },
        { kind: 'customer', name: 'Acme Ltd', count: 1, strength: 2 },
      ],
    });
  });

  it('a future or impossible day is counted but left out of the recency, and says so', () => {
    const items = [item(2, '2027-01-01', 'SMB'), item(1, '2026-09-30', 'SMB'), item(1, '2026-13-01', 'Enterprise')];
    expect(summariseEvidence(items, NOW)).toEqual({
      count: 3,
      strength: 4,
      latestOn: '2026-09-30',
      latestAgeDays: 32,
      undated: 2,
      sources: [
        { kind: 'segment', name: 'SMB', count: 2, strength: 3 },
        { kind: 'segment', name: 'Enterprise', count: 1, strength: 1 },
      ],
    });
  });

  it('only undated items: no latest day', () => {
    expect(summariseEvidence([item(3, '2030-01-01', 'SMB')], NOW)).toEqual({
      count: 1,
      strength: 3,
      undated: 1,
      sources: [{ kind: 'segment', name: 'SMB', count: 1, strength: 3 }],
    });
  });
});
