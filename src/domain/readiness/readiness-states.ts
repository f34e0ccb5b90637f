/** A requirement's readiness, from all required upstream items present to none: the one list stored state, filters and the UI read. */
export const READINESS_STATES = ['ready', 'partial', 'not-ready'] as const;

export type ReadinessState = (typeof READINESS_STATES)[number];
