/**
 * One piece of customer evidence behind a problem or requirement, as the domain
 * weighs it: how strongly it supports the item (+1 / +2 / +3), who it came from
 * (a named customer or a market segment) and the day it was heard.
 *
 * @example
 * const heard: EvidenceItem = { strength: 2, sourceKind: 'segment', source: 'SMB retail', observedOn: '2026-10-01' };
 */
export type EvidenceStrength = 1 | 2 | 3;

export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = [1, 2, 3];

export type EvidenceSourceKind = 'customer' | 'segment';

export interface EvidenceItem {
  strength: EvidenceStrength;
  sourceKind: EvidenceSourceKind;
  /** The customer's or segment's name as the product owner wrote it. */
  source: string;
  /** YYYY-MM-DD: the day the evidence was heard (the interview, the ticket, the sales call). */
  observedOn: string;
}
