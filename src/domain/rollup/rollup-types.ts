import type { StatusCategory } from '../issue/pm-issue';
import type { KpiStatusValue } from '../kpi/kpi-status';
import type { KpiTotals } from '../kpi/roll-up-kpi-statuses';
import type { ReadinessResult } from '../readiness/assess-readiness';
import type { ScoreModelId } from '../scoring/score-result';
import type { KpiSet } from './kpi-set';

/**
 * The roll-up result: plain JSON data (no Maps, no classes, no Dates) so it
 * can be cached in storage and updated incrementally later.
 *
 * Aggregates cover a node's whole subtree, the node itself included. Arrays
 * are aligned with the roll-up's `phaseIds` / `scoreModels` instead of being
 * keyed objects: 100,000 nodes times a dozen phases is where allocation
 * would otherwise dominate.
 */
// 2: nodes carry no summary (stored roll-ups keep keys and numbers only; text is read as the user).
// 3: progress by count over units of work (`units`, `unitsDone`), effort counted once per subtree.
// 4: each distinct KPI counted once per subtree (`kpi.keys` / `kpi.statuses`).
export const ROLLUP_FORMAT_VERSION = 4;

export interface ScoreAggregate {
  /** Issues with a valid score for the model. */
  scored: number;
  /** Issues with inputs for the model that are not scorable (missing / invalid). */
  notScored: number;
  max: number | null;
  sum: number;
  /** sum(score x effort) and sum(effort) over scored issues with effort > 0. */
  effortWeightedSum: number;
  effortWeight: number;
  /** effortWeightedSum / effortWeight, or null when no scored issue has effort. */
  effortWeighted: number | null;
}

export interface ReadinessAggregate {
  assessed: number;
  ready: number;
  partial: number;
  notReady: number;
  levelSum: number;
  /** Mean readiness level (0..100) of the assessed issues, or null. */
  meanLevel: number | null;
}

/**
 * Leaf aggregates share frozen constants for their zero parts (an unscored
 * model, no KPI, no readiness, the one-hot phase and status counts), so most
 * nodes cost one allocation. Treat aggregates as read-only.
 */
export interface RollupAggregate {
  issues: number;
  /** Counts aligned with `PortfolioRollup.phaseIds`; the last entry counts unmapped issues. */
  byPhase: number[];
  byStatus: Record<StatusCategory, number>;
  /**
   * Effort of the subtree, each piece of work counted once, and of the part done. A node's own
   * effort counts only when its children's subtrees have no effort (sum 0): a story estimated at
   * 5 whose sub-tasks are estimated 2 + 3 is 5, not 10; a story estimated 5 with unestimated
   * sub-tasks is 5 (done when the story is done).
   */
  effortTotal: number;
  effortDone: number;
  /** Issues without a usable effort of their own. */
  unestimated: number;
  /**
   * Units of work: the issues of the subtree without children (a parent is not one of its own
   * units of work; a leaf is its own), and how many of them are done.
   */
  units: number;
  unitsDone: number;
  /** unitsDone / units: a parent's progress comes from its children only. */
  progressByCount: number | null;
  /** effortDone / effortTotal, or null when nothing is estimated. */
  progressByEffort: number | null;
  /** Aligned with `PortfolioRollup.scoreModels`. */
  scores: ScoreAggregate[];
  /**
   * The distinct KPIs of the subtree (defined by a KPI issue in it or linked by one of its issues),
   * each counted once however many issues link it, and their totals.
   */
  kpi: KpiTotals & KpiSet & { status: KpiStatusValue | 'none' };
  readiness: ReadinessAggregate;
  /** Issues whose scoring inputs are stale. */
  stale: number;
}

/** Data problems found on a node; reported, never thrown. */
export interface NodeProblems {
  /** The requested parent is not among the issues (deleted, or not visible to the caller). */
  missingParentId?: string;
  /** Set on the issue detached to break a parent cycle: the cycle, starting with it. */
  cycle?: string[];
  /** How many extra copies of this issue the input held (the newest copy was kept). */
  duplicates?: number;
  /** The issue maps to no phase. */
  unmapped?: true;
}

export interface NodeRefs {
  problemKey: string | null;
  personaKey: string | null;
  scenarioKey: string | null;
  kpiKeys: string[];
}

/** Own score of a node for one model: a value, 'not-scored' (inputs unusable) or null (no inputs). */
export type OwnScore = number | 'not-scored' | null;

export interface RollupNode {
  id: string;
  key: string;
  projectKey: string;
  issueType: string;
  /** Hierarchy level of the issue type (Initiative 2 ... Sub-task -1). */
  level: number;
  /** Phase id, or null when unmapped. */
  phase: string | null;
  statusCategory: StatusCategory;
  effort: number | null;
  /** Parent the issue asks for (`parent`, else a configured link), as given. */
  requestedParentId: string | null;
  /** Parent in the roll-up tree; null means directly under the project. */
  parentId: string | null;
  /** Children in id order (numeric for Jira ids), so sums are order-independent. */
  childIds: string[];
  refs: NodeRefs;
  /** Aligned with `PortfolioRollup.scoreModels`. */
  scores: OwnScore[];
  stale: boolean;
  /** Status of the KPI this issue defines, or null when it defines none. */
  kpiStatus: KpiStatusValue | null;
  /** Readiness when the issue's phase is assessed, else null. */
  readiness: ReadinessResult | null;
  problems: NodeProblems | null;
  agg: RollupAggregate;
}

export interface ProjectRollup {
  projectKey: string;
  /** Issues of this project anywhere in the tree. */
  memberCount: number;
  /** Top-level issues of this project, in id order. */
  childIds: string[];
  agg: RollupAggregate;
}

/**
 * Lookup indexes. Only keys that some issue refers to are indexed: indexing
 * every key of 100,000 issues in a string-keyed object costs more than the
 * rest of the roll-up, and only referenced keys are ever looked up.
 */
export interface RollupIndex {
  /** Referenced issue key -> ids of issues referring to it (problem, persona, scenario, KPIs). */
  referencedBy: Record<string, string[]>;
  /**
   * Referenced issue key -> ids of the issues holding that key, in id order
   * (empty when none is present). The first id is the one references resolve
   * to; more than one means a duplicated key. Same keys as `referencedBy`.
   */
  refTargets: Record<string, string[]>;
  /** Missing parent id -> ids of the issues asking for it. */
  orphansByParent: Record<string, string[]>;
}

export interface PortfolioRollup {
  formatVersion: typeof ROLLUP_FORMAT_VERSION;
  /** The `now` the time-dependent figures (staleness, KPI status) were computed for. */
  computedAt: string;
  /** Fingerprint of the config used; incremental updates need the same config. */
  configFingerprint: string;
  /** Phase ids in workflow order; `byPhase` has one more entry for unmapped issues. */
  phaseIds: string[];
  scoreModels: ScoreModelId[];
  portfolio: { projectKeys: string[]; agg: RollupAggregate };
  projects: Record<string, ProjectRollup>;
  nodes: Record<string, RollupNode>;
  index: RollupIndex;
}
