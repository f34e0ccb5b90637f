import type { LinkField, ScoreModel } from './payloads';
import type { KpiStatusValue } from '../domain/kpi/kpi-status-values';
import type { ReadinessState } from '../domain/readiness/readiness-states';
import type { ScoringSettings } from '../domain/workflow/workflow-config-schema';
import type { KpiProperty, ScoringInputs } from './pm-property';

/** Result shapes the resolvers answer (inside the envelope). Plain JSON. */

export type StatusCategory = 'new' | 'indeterminate' | 'done';
export type KpiStatus = KpiStatusValue;
/** A workflow section's id: the default template's 'strategic', 'technical', 'go-to-market', or one an admin added. */
export type SectionId = string;

/** Whether a view could read everything it summarises. */
export interface Coverage {
  complete: boolean;
  issuesRead: number;
  /** Why it is incomplete, in words a person can act on. */
  note?: string;
}

export interface PhaseRef {
  id: string;
  name: string;
  section: SectionId;
  /** The section's name as configured (admins rename and add sections). */
  sectionName: string;
  color: string;
}

export interface ScoreTerm {
  name: string;
  value: number | string;
}

export interface ScoreView {
  model: ScoreModel;
  label: string;
  scored: boolean;
  value?: number;
  /** Text for non-numeric results (MoSCoW "Must", Kano "Attractive") or a formatted number. */
  display?: string;
  formula: string;
  terms: ScoreTerm[];
  /** Why it is not scored (empty when scored). */
  reasons: string[];
  /** Inputs that look like the wrong unit (e.g. a RICE confidence of 0.8 on the percentage scale); absent when none. */
  warnings?: string[];
  stale: boolean;
  /** Kano from many respondents: each category's count and the Better / Worse coefficients (for the chart). */
  kanoSurvey?: {
    respondents: number;
    counts: Record<'must-be' | 'one-dimensional' | 'attractive' | 'indifferent' | 'reverse' | 'questionable', number>;
    better?: number;
    worse?: number;
  };
}

export interface MissingItem {
  item: string; // e.g. 'problem' | 'persona' | 'scenario' | 'kpi'
  label: string;
  reason: 'missing' | 'not-done' | 'not-visible';
  /** The linked key when the caller can see it; never given for 'not-visible' ("an item you cannot see"). */
  key?: string;
}

export interface ReadinessView {
  level: ReadinessState;
  percent: number;
  missing: MissingItem[];
}

export interface ProgressView {
  done: number;
  total: number;
  percentByCount: number;
  percentByEffort?: number;
}

export interface RequirementRow {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  status: string;
  statusCategory: StatusCategory;
  phase?: PhaseRef;
  /** Set when the caller can see the parent. */
  parentKey?: string;
  /** The issue has a parent the caller cannot see (its key is withheld: "an item you cannot see"). */
  parentHidden?: true;
  mainScore: ScoreView;
  rank?: number;
  readiness: ReadinessView;
  kpiStatus: KpiStatus;
  stale: boolean;
  progress: ProgressView;
  updated: string;
  /**
   * Weighted scorecard only: the score as a share (0..100) of the best score in the backlog it is
   * compared in (the filtered backlog's first row). It moves when other items change; the
   * absolute score (`mainScore`) does not.
   */
  normalisedScore?: number;
  /** It blocks open work with a higher score (links of the configured dependency types): a priority inversion. */
  inversion?: PriorityInversionView;
}

/**
 * A requirement that blocks, directly or through a chain, open requirements scored above it.
 * `liftTo` is a suggestion, never applied: with its best dependant's score it would rank with it.
 * Dependants' ranks are given when they are on the same backlog page.
 */
export interface PriorityInversionView {
  dependants: { key: string; value: number; rank?: number; direct: boolean }[];
  liftTo: { key: string; value: number; rank?: number };
}

export interface KpiView {
  key: string;
  summary: string;
  name: string;
  unit: string;
  direction: KpiProperty['direction'];
  baseline: number;
  target: number;
  /** Start of the measuring period (YYYY-MM-DD); with `dueDate` it sets the expected pace. */
  periodStart: string;
  dueDate: string;
  /** Share of expected progress (0..1) below which the KPI is at risk / off track (as defined). */
  thresholds: KpiProperty['thresholds'];
  latest?: { date: string; value: number };
  status: KpiStatus;
  /** Set once the due date is over: whether the target was reached by it ('missed' is off track). */
  outcome?: 'met' | 'missed';
  /** Absent for a "maintain" KPI (baseline = target), which has no distance to cover. */
  pace?: number;
  trend: 'improving' | 'worsening' | 'flat' | 'unknown';
  /**
   * Where the trend of the latest actuals lands at the due date (a straight line, "at this rate");
   * absent once the due date is over or with fewer than two dated actuals. It does not change `status`.
   */
  forecast?: { date: string; value: number; reachesTarget: boolean };
  actuals: { date: string; value: number }[];
  version: number;
  /** Figures that look like the wrong unit (0.3 on a % KPI whose baseline is 25), as entered; absent when none. */
  warnings?: string[];
}

export interface PhaseCount {
  phase: PhaseRef;
  total: number;
  byStatusCategory: Record<StatusCategory, number>;
}

export interface DashboardView {
  project: { id: string; key: string; name: string };
  model: ScoreModel;
  phases: PhaseCount[];
  unmapped: number;
  totals: { issues: number; requirements: number; ready: number; stale: number; notScored: number };
  progress: ProgressView;
  /**
   * Every ranked row, only when the project was read live (a small project with no stored state
   * yet). The page itself lists the backlog with `getBacklogPage`, one Jira-ordered page at a time.
   */
  requirements?: RequirementRow[];
  kpis: KpiView[];
  kpiStatus: KpiStatus;
  /** Models that rank the same requirements very differently (rank correlation below the threshold). */
  disagreement?: { models: [ScoreModel, ScoreModel]; correlation: number; threshold: number };
  moscowGuard?: { mustShare: number; limit: number; exceeded: boolean };
  coverage: Coverage;
  generatedAt: string;
  /**
   * Where the figures come from: the project's stored state (kept current by issue events;
   * `computedAt` is its last full read, `updatedAt` its last change) or a live read as the caller.
   */
  source: { kind: 'stored'; computedAt: string; updatedAt: string } | { kind: 'live' };
}

/**
 * A large project with no stored state yet: its first full read runs in the background (the
 * page polls `getDashboard` until the figures are there).
 */
export interface DashboardBuilding {
  status: 'building';
  project: { key: string; name: string };
  /** Jira's approximate count of the project's issues. */
  issuesTotal: number;
  startedAt: string;
}

export interface ProductRollupView {
  projectKey: string;
  projectName: string;
  issues: number;
  requirements: number;
  progress: ProgressView;
  phases: PhaseCount[];
  /**
   * The project's highest-scored item. Stored roll-ups keep only its key and value; the summary is
   * read as the caller when the page is answered, and the whole entry is left out when they cannot see it.
   */
  topScore?: { key: string; summary: string; value: number };
  scoreSum: number;
  kpiStatus: KpiStatus;
  readiness: { ready: number; partial: number; notReady: number };
  stale: number;
  /** Set when the figures come from the cached roll-up (ISO time it was computed); absent when read live. */
  computedAt?: string;
  /** The Jira searches (JQL) behind the counts above, for links to the issues they count. */
  searches: ProductSearches;
}

/**
 * JQL per count of a portfolio row. Jira's search shows what the viewer may see and goes by the
 * indexed values, so it can differ slightly from a count the app worked out (labels, project rules).
 */
export interface ProductSearches {
  issues: string;
  requirements: string;
  /** The issues of each section's phases, by section id (the portfolio counts by section). */
  sections: Record<string, string>;
  readiness: { ready: string; partial: string; notReady: string };
  stale: string;
}

export interface PortfolioPage {
  model: ScoreModel;
  products: ProductRollupView[];
  nextCursor?: string;
  coverage: Coverage;
  generatedAt: string;
}

export interface LinkedItem {
  key: string;
  summary: string;
  issueType: string;
  statusCategory: StatusCategory;
  status: string;
}

/**
 * A linked issue the caller cannot browse (or that no longer exists: Jira does
 * not tell the two apart). No key, id or summary: the UI shows "an item you
 * cannot see".
 */
export interface HiddenItem {
  hidden: true;
}

/** A link as the caller may read it. */
export type LinkedRef = LinkedItem | HiddenItem;

export interface HistoryEntry {
  at: string;
  accountId: string;
  displayName?: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface RequirementContextView {
  issue: LinkedItem & { id: string; projectKey: string };
  phase?: PhaseRef;
  /**
   * The chain that explains why the ticket exists, nearest first. The parents stop at the first
   * one the caller cannot see, which is given as a `HiddenItem` (only when Jira names it at all).
   */
  chain: {
    parents: LinkedRef[];
    problem?: LinkedRef;
    persona?: LinkedRef;
    scenario?: LinkedRef;
    /**
     * Set when the issue links no problem, persona, scenario or KPI itself and is not a
     * requirement (a bug, task, sub-task): problem, persona, scenario, `kpis` and `readiness`
     * are then those of this ancestor (the nearest the caller can see that has any).
     */
    inheritedFrom?: LinkedItem;
  };
  scores: ScoreView[];
  mainModel: ScoreModel;
  /**
   * Whether the issue is a requirement: its phase is one readiness applies to, or it carries
   * scoring inputs (the backlog's rule). A KPI issue or a sub-task is not: the panel shows it no
   * readiness or score furniture ("Not ready", "RICE not scored") until someone scores it.
   */
  isRequirement: boolean;
  /**
   * Whether the issue is a KPI item: it carries a KPI, or it sits in the template's KPI phase and
   * has none defined yet (the panel offers its KPI tab either way).
   */
  isKpi: boolean;
  kpis: KpiView[];
  readiness: ReadinessView;
  stale: boolean;
  /** What the editor needs: the stored inputs and the version to save against. */
  pm: {
    version: number;
    phase?: string;
    problemKey?: string;
    personaKey?: string;
    scenarioKey?: string;
    /** Only the keys the caller can see. */
    kpiKeys: string[];
    scores: ScoringInputs;
    updatedAt?: string;
    updatedBy?: string;
    /**
     * Links whose item the caller cannot see ("an item you cannot see"): the key
     * is left out above and a save keeps the link unless it names the field in
     * `changes.removeHiddenLinks`. Absent when every linked item is visible.
     */
    hiddenLinks?: LinkField[];
  };
  /** Set when the issue itself is a KPI item. */
  kpi?: KpiView;
  history: HistoryEntry[];
  /** Phase options and weighted criteria for the editor. */
  options: {
    phases: PhaseRef[];
    weightedCriteria: { id: string; name: string; weight: number }[];
    /** The site's scoring settings, so the editor previews scores in the browser with the domain's formulas. */
    scoring: ScoringSettings;
  };
  canEdit: boolean;
}

export interface ScorePreview {
  scores: ScoreView[];
}

export type { ConfigView } from './views-config';

export interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
  coverage: Coverage;
}

export interface RollupJob {
  jobId: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  /** Projects processed so far (of `total`). */
  processed: number;
  total?: number;
  message?: string;
  /**
   * Projects the caller browses but the app may not (Jira's permission scheme binds the app
   * too): not cached, read live as each person; a Jira admin can grant the app Browse.
   */
  notReadable?: string[];
}
