import { suggestRiceConfidence } from '../../../../src/domain/evidence/suggest-rice-confidence';
import type { EvidenceItem } from '../../../../src/domain/evidence/evidence-item';

// "Today" is 2026-11-01; 180 days back is 2026-05-05, 365 days back 2025-11-01.
const NOW = new Date('2026-11-01T09:00:00Z');
const item = (
  strength: 1 | 2 | 3,
  observedOn: string,
  source = 'SMB retail',
  sourceKind: EvidenceItem['sourceKind'] = 'segment',
): EvidenceItem => ({
  strength,
  sourceKind,
  source,
  observedOn,
});

describe('suggestRiceConfidence: count, strength and recency of the evidence give 100 / 80 / 50 %', () => {
  it.each<[string, EvidenceItem[], { confidence: number; weight: number; counted: number; sources: number }, string]>([
    [
      'no evidence',
      [],
      { confidence: 50, weight: 0, counted: 0, sources: 0 },
      'No customer evidence is linked: low confidence, 50 %.',
    ],
    [
      'one weak recent item',
      [item(1, '2026-10-20')],
      { confidence: 50, weight: 1, counted: 1, sources: 1 },
      'Evidence weight 1 from 1 item in the last 180 days (1 source): low confidence, 50 %.',
    ],
    [
      'one strong recent item reaches medium (3)',
      [item(3, '2026-10-20')],
      { confidence: 80, weight: 3, counted: 1, sources: 1 },
      'Evidence weight 3 from 1 item in the last 180 days (1 source): medium confidence, 80 %.',
    ],
    [
      'weight 6 from two segments is high',
      [item(3, '2026-10-20', 'SMB retail'), item(2, '2026-09-01', 'Enterprise'), item(1, '2026-08-01', 'smb retail ')],
      { confidence: 100, weight: 6, counted: 3, sources: 2 },
      'Evidence weight 6 from 3 items in the last 180 days (2 sources): high confidence, 100 %.',
    ],
    [
      'weight 9 from one customer stays medium: one loud customer is not a market',
      [
        item(3, '2026-10-20', 'Acme', 'customer'),
        item(3, '2026-10-01', 'ACME', 'customer'),
        item(3, '2026-09-01', 'Acme', 'customer'),
      ],
      { confidence: 80, weight: 9, counted: 3, sources: 1 },
      'Evidence weight 9 from 3 items in the last 180 days (1 source): medium confidence, 80 %. High confidence needs 2 or more different customers or segments.',
    ],
    [
      'a customer and a segment of the same name are two sources',
      [item(3, '2026-10-20', 'Acme', 'customer'), item(3, '2026-10-01', 'Acme', 'segment')],
      { confidence: 100, weight: 6, counted: 2, sources: 2 },
      'Evidence weight 6 from 2 items in the last 180 days (2 sources): high confidence, 100 %.',
    ],
    [
      'exactly 180 days old still counts in full',
      [item(3, '2026-05-05')],
      { confidence: 80, weight: 3, counted: 1, sources: 1 },
      'Evidence weight 3 from 1 item in the last 180 days (1 source): medium confidence, 80 %.',
    ],
    [
      '181 days old counts at half weight',
      [item(3, '2026-05-04')],
      { confidence: 50, weight: 1.5, counted: 1, sources: 1 },
      'Evidence weight 1.5 from 1 older item at half weight (1 source): low confidence, 50 %.',
    ],
    [
      'recent and older together',
      [item(3, '2026-10-01', 'SMB'), item(3, '2026-01-01', 'Enterprise'), item(3, '2025-12-01', 'Public sector')],
      { confidence: 100, weight: 6, counted: 3, sources: 3 },
      'Evidence weight 6 from 1 item in the last 180 days and 2 older items at half weight (3 sources): high confidence, 100 %.',
    ],
    [
      'older than a year does not count',
      [item(3, '2025-10-31'), item(3, '2024-01-01')],
      { confidence: 50, weight: 0, counted: 0, sources: 0 },
      'No recent customer evidence: low confidence, 50 %. 2 items older than 365 days or not validly dated do not count.',
    ],
    [
      'exactly 365 days old is still at half weight',
      [item(2, '2025-11-01')],
      { confidence: 50, weight: 1, counted: 1, sources: 1 },
      'Evidence weight 1 from 1 older item at half weight (1 source): low confidence, 50 %.',
    ],
    [
      'a day in the future or no real day vouches for nothing',
      [item(3, '2026-11-02'), item(3, '2026-02-30'), item(2, '2026-10-31')],
      { confidence: 50, weight: 2, counted: 1, sources: 1 },
      'Evidence weight 2 from 1 item in the last 180 days (1 source): low confidence, 50 %. 2 items older than 365 days or not validly dated do not count.',
    ],
    [
      'heard today counts',
      [item(3, '2026-11-01', 'SMB'), item(3, '2026-11-01', 'Enterprise')],
      { confidence: 100, weight: 6, counted: 2, sources: 2 },
      'Evidence weight 6 from 2 items in the last 180 days (2 sources): high confidence, 100 %.',
    ],
  ])('%s', (_name, items, expected, reason) => {
    expect(suggestRiceConfidence(items, NOW)).toEqual({ ...expected, reason });
  });
});
