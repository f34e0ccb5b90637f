import { evidenceAgeDays } from './evidence-age';
import type { EvidenceItem, EvidenceSourceKind } from './evidence-item';

/** One customer or segment behind the evidence, with how much it said. */
export interface EvidenceSourceTally {
  kind: EvidenceSourceKind;
  name: string;
  /** Evidence items from this source. */
  count: number;
  /** Their strengths added up. */
  strength: number;
}

export interface EvidenceSummary {
  count: number;
  /** Strengths added up (+1 / +2 / +3 each). */
  strength: number;
  /** The most recent day heard, and its age in days (absent without a dated item). */
  latestOn?: string;
  latestAgeDays?: number;
  /** Items whose day is not a real date or lies ahead (left out of the recency). */
  undated: number;
  /** Segments first, then customers; each by strength, then count, then name. */
  sources: EvidenceSourceTally[];
}

/**
 * Count, recency and the sources (segments and customers) behind a problem's or
 * requirement's evidence. Sources are told apart by kind and by name ignoring
 * case and surrounding spaces ("SMB " and "smb" are one segment, named as first written).
 *
 * @example
 * summariseEvidence([{ strength: 2, sourceKind: 'segment', source: 'SMB', observedOn: '2026-10-01' }], new Date('2026-11-01'))
 * // { count: 1, strength: 2, latestOn: '2026-10-01', latestAgeDays: 31, undated: 0, sources: [{ kind: 'segment', name: 'SMB', count: 1, strength: 2 }] }
 */
export function summariseEvidence(items: readonly EvidenceItem[], now: Date): EvidenceSummary {
  const sources = new Map<string, EvidenceSourceTally>();
  let latest: { on: string; age: number } | undefined;
  let undated = 0;
  let strength = 0;
  for (const item of items) {
    strength += item.strength;
    const age = evidenceAgeDays(item.observedOn, now);
    if (age === null) undated++;
    else if (!latest || age < latest.age) latest = { on: item.observedOn, age };
    const id = sourceId(item);
    const tally = sources.get(id) ?? { kind: item.sourceKind, name: item.source.trim(), count: 0, strength: 0 };
    tally.count++;
    tally.strength += item.strength;
    sources.set(id, tally);
  }
  return {
    count: items.length,
    strength,
    ...(latest ? { latestOn: latest.on, latestAgeDays: latest.age } : {}),
    undated,
    sources: [...sources.values()].sort(bySource),
  };
}

/** The identity of a source: its kind and its name without case or surrounding spaces. */
export function sourceId(item: Pick<EvidenceItem, 'sourceKind' | 'source'>): string {
  return `${item.sourceKind}:${item.source.trim().toLowerCase()}`;
}

function bySource(a: EvidenceSourceTally, b: EvidenceSourceTally): number {
  if (a.kind !== b.kind) return a.kind === 'segment' ? -1 : 1;
  return b.strength - a.strength || b.count - a.count || a.name.localeCompare(b.name);
}
