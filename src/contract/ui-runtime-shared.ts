/**
 * Domain values and pure functions the UI runs too, passed through the contract (the one
 * runtime door from static/ into src/, see .dependency-cruiser.cjs), so nothing is copied:
 * the phase ids stored data refers to, and the roadmap board's grouping by theme (the CSV
 * export lists its rows in the same order).
 */
export { PHASE_IDS } from '../domain/workflow/phase-ids';
export { groupByTheme, type ThemeGroup } from '../domain/roadmap/theme-groups';
// Wrong-unit checks, so a form shows the warning next to the field as it is typed (the views carry the saved ones).
export { riceWarnings } from '../domain/scoring/score-rice';
export { kpiUnitWarnings } from '../domain/kpi/kpi-unit-warnings';
export { discountRateCheck } from '../domain/business-case/discount-rate-warning';
// The evidence default follows the phases, so the admin page runs the domain's rule on its draft.
export { evidenceSettings } from '../domain/workflow/evidence-settings';
// The enumerations the UI lists, one source each with the schemas and the views.
export { MODEL_LABELS, NUMERIC_SCORE_MODELS } from './score-models';
export { MOSCOW_CATEGORIES } from '../domain/issue/moscow-categories';
export { READINESS_STATES } from '../domain/readiness/readiness-states';
export { KPI_STATUSES } from '../domain/kpi/kpi-status-values';
