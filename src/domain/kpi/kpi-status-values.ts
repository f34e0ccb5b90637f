/** A KPI's status (kpi-status.ts decides it): the one list stored state, roll-ups and the UI read. */
export const KPI_STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'] as const;

export type KpiStatusValue = (typeof KPI_STATUSES)[number];
