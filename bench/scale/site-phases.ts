/** The site phases in the order they run: each starts from the storage the one before it left. */
export const SITE_PHASES = ['cold', 'dashboard', 'incremental', 'burst', 'saves', 'snapshot'] as const;

export type SitePhase = (typeof SITE_PHASES)[number];
