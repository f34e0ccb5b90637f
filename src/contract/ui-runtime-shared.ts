/**
 * Domain values and pure functions the UI runs too, passed through the contract (the one
 * runtime door from static/ into src/, see .dependency-cruiser.cjs), so nothing is copied:
 * the phase ids stored data refers to, and the roadmap board's grouping by theme (the CSV
 * export lists its rows in the same order).
 */
export { PHASE_IDS } from '../domain/workflow/phase-ids';
export { groupByTheme, type ThemeGroup } from '../domain/roadmap/theme-groups';
// The evidence default follows the phases, so the admin page runs the domain's rule on its draft.
export { evidenceSettings } from '../domain/workflow/evidence-settings';
