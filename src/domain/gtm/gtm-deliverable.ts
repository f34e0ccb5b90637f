import { PHASE_IDS as P } from '../workflow/phase-ids';

/**
 * The go-to-market deliverables a launch needs per buyer persona, in the method's order:
 * the market message first (it derives from the strategic work), then what is built on it.
 */
export const GTM_DELIVERABLES = ['message', 'sales', 'website', 'packaging'] as const;
export type GtmDeliverable = (typeof GTM_DELIVERABLES)[number];

/** A Sales arguments item labelled so is the website (the method puts both in one phase). */
export const WEBSITE_LABEL = 'website';
/** Labels `segment-<name>` name the market segment a GTM item addresses. */
export const SEGMENT_LABEL_PREFIX = 'segment-';

/**
 * Which deliverable a GTM item is, from its phase (and the website label), or null for an item
 * that is no deliverable (the GTM team, the launch itself, any other phase).
 *
 * @example
 * gtmDeliverableOf('market-message', []) // 'message'
 * gtmDeliverableOf('sales-arguments', ['website']) // 'website'
 * gtmDeliverableOf('gtm-team', []) // null
 */
export function gtmDeliverableOf(phaseId: string | null, labels: readonly string[]): GtmDeliverable | null {
  if (phaseId === P.marketMessage) return 'message';
  if (phaseId === P.salesArguments) return labels.includes(WEBSITE_LABEL) ? 'website' : 'sales';
  if (phaseId === P.packaging) return 'packaging';
  return null;
}

/**
 * The market segment a GTM item's labels name (the first `segment-` label, in label order), else null.
 *
 * @example
 * segmentOf(['gtm-message', 'segment-enterprise']) // 'enterprise'
 * segmentOf(['segment-']) // null
 */
export function segmentOf(labels: readonly string[]): string | null {
  for (const label of labels) {
    if (label.startsWith(SEGMENT_LABEL_PREFIX) && label.length > SEGMENT_LABEL_PREFIX.length)
      return label.slice(SEGMENT_LABEL_PREFIX.length);
  }
  return null;
}
