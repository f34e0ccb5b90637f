import { evidenceAgeDays } from './evidence-age';
import type { EvidenceItem } from './evidence-item';
import { sourceId } from './summarise-evidence';

/**
 * A RICE confidence (100 / 80 / 50 %, the canonical scale) suggested from the
 * customer evidence behind a requirement: how much there is, how strong and how
 * recent. It is a suggestion with its reason; a person applies it or not.
 *
 * The rule, written down so a product owner can check it:
 * - each item weighs its strength (+1 / +2 / +3), in full when heard in the last
 *   `RECENT_DAYS` days, at half weight up to `OLD_DAYS`, not at all when older or
 *   dated ahead (old evidence may no longer hold; a future date vouches for nothing);
 * - weight >= `HIGH_WEIGHT` from at least `HIGH_SOURCES` different customers or
 *   segments -> 100 % (one loud customer is not a market);
 * - weight >= `MEDIUM_WEIGHT` -> 80 %;
 * - anything less, or no evidence -> 50 % (the method's "low confidence").
 *
 * @example
 * suggestRiceConfidence([{ strength: 3, sourceKind: 'segment', source: 'SMB', observedOn: '2026-10-20' }], new Date('2026-11-01'))
 * // { confidence: 80, weight: 3, counted: 1, sources: 1, reason: 'Evidence weight 3 from 1 item in the last 180 days (1 source): medium confidence, 80 %.' }
 */
export const RECENT_DAYS = 180;
export const OLD_DAYS = 365;
export const HIGH_WEIGHT = 6;
export const HIGH_SOURCES = 2;
export const MEDIUM_WEIGHT = 3;

export type SuggestedConfidence = 100 | 80 | 50;

export interface ConfidenceSuggestion {
  confidence: SuggestedConfidence;
  /** The evidence weight the suggestion rests on (strengths, older items at half). */
  weight: number;
  /** Items that counted (recent or at half weight). */
  counted: number;
  /** Different customers and segments among the counted items. */
  sources: number;
  reason: string;
}

export function suggestRiceConfidence(items: readonly EvidenceItem[], now: Date): ConfidenceSuggestion {
  let weight = 0;
  let recent = 0;
  let older = 0;
  let ignored = 0;
  const sources = new Set<string>();
  for (const item of items) {
    const age = evidenceAgeDays(item.observedOn, now);
    const factor = age === null ? 0 : age <= RECENT_DAYS ? 1 : age <= OLD_DAYS ? 0.5 : 0;
    if (factor === 0) {
      ignored++;
      continue;
    }
    if (factor === 1) recent++;
    else older++;
    weight += item.strength * factor;
    sources.add(sourceId(item));
  }
  const counted = recent + older;
  const confidence: SuggestedConfidence =
    weight >= HIGH_WEIGHT && sources.size >= HIGH_SOURCES ? 100 : weight >= MEDIUM_WEIGHT ? 80 : 50;
  return {
    confidence,
    weight,
    counted,
    sources: sources.size,
    reason: reasonFor(confidence, { weight, recent, older, ignored, sources: sources.size }),
  };
}

const LEVEL: Record<SuggestedConfidence, string> = {
  100: 'high confidence, 100 %',
  80: 'medium confidence, 80 %',
  50: 'low confidence, 50 %',
};

function reasonFor(
  confidence: SuggestedConfidence,
  f: { weight: number; recent: number; older: number; ignored: number; sources: number },
): string {
  const ignored =
    f.ignored > 0
      ? ` ${plural(f.ignored, 'item')} older than ${OLD_DAYS} days or not validly dated ${f.ignored === 1 ? 'does' : 'do'} not count.`
      : '';
  if (f.recent + f.older === 0) {
    return `${f.ignored === 0 ? 'No customer evidence is linked' : 'No recent customer evidence'}: ${LEVEL[50]}.${ignored}`;
  }
  const parts = [
    ...(f.recent > 0 ? [`${plural(f.recent, 'item')} in the last ${RECENT_DAYS} days`] : []),
    ...(f.older > 0 ? [`${plural(f.older, 'older item')} at half weight`] : []),
  ];
  const oneSource =
    confidence === 80 && f.weight >= HIGH_WEIGHT
      ? ` High confidence needs ${HIGH_SOURCES} or more different customers or segments.`
      : '';
  return `Evidence weight ${formatWeight(f.weight)} from ${parts.join(' and ')} (${plural(f.sources, 'source')}): ${LEVEL[confidence]}.${oneSource}${ignored}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(1);
}
