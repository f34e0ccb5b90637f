import type { MoscowCategory } from './moscow-categories';

/**
 * The issue shape the domain works on. The Jira adapter maps raw Jira JSON
 * into it, so nothing below this layer knows about Jira's REST payloads.
 *
 * Numbers in `ScoringInputs` are deliberately typed `number | null | undefined`:
 * they are stored as entered, and the scorers (not the storage layer) decide
 * whether they are usable, answering "not scored" with reasons otherwise.
 *
 * @example
 * const story: PmIssue = {
 *   id: '10001', key: 'APP-1', projectKey: 'APP', issueType: 'Story', summary: 'Export',
 *   status: 'To Do', statusCategory: 'new', links: [], labels: [], components: [],
 *   updated: '2026-01-01T00:00:00Z', pm: { kpiKeys: [], scores: { rice: { reach: 100, impact: 1, confidence: 80, effort: 2 } } },
 * };
 */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** A number as entered by a user: the scorers validate it. */
export type RawNumber = number | null | undefined;

export type { MoscowCategory };

/** The five answers of a Kano questionnaire, in the standard table order. */
export type KanoAnswer = 'like' | 'expect' | 'neutral' | 'tolerate' | 'dislike';

export interface RiceInputs {
  reach?: RawNumber;
  impact?: RawNumber;
  /** A percentage: 100, 80 or 50 on the canonical scale. */
  confidence?: RawNumber;
  /** Person-months, must be > 0. */
  effort?: RawNumber;
}

export interface WsjfInputs {
  userBusinessValue?: RawNumber;
  timeCriticality?: RawNumber;
  riskReduction?: RawNumber;
  jobSize?: RawNumber;
}

export interface IceInputs {
  impact?: RawNumber;
  confidence?: RawNumber;
  ease?: RawNumber;
}

export interface ValueEffortInputs {
  value?: RawNumber;
  effort?: RawNumber;
}

export interface KanoInputs {
  functional: KanoAnswer;
  dysfunctional: KanoAnswer;
}

export interface ScoringInputs {
  rice?: RiceInputs;
  wsjf?: WsjfInputs;
  ice?: IceInputs;
  valueEffort?: ValueEffortInputs;
  /** criterion id -> rating; criteria and weights come from configuration. */
  weighted?: Record<string, RawNumber>;
  moscow?: MoscowCategory;
  kano?: KanoInputs;
  /** Answer pairs from many respondents; when present the Kano category comes from them (kano-survey.ts). */
  kanoSurvey?: { responses: { functional: KanoAnswer; dysfunctional: KanoAnswer; respondent?: string }[] };
}

export interface PmData {
  /** Phase id override; otherwise the phase comes from the issue type mapping. */
  phase?: string;
  problemKey?: string;
  personaKey?: string;
  scenarioKey?: string;
  kpiKeys: string[];
  scores: ScoringInputs;
  /** When the scoring inputs last changed (ISO 8601); drives staleness. */
  scoredAt?: string;
}

export interface KpiActual {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export type KpiDirection = 'higher-is-better' | 'lower-is-better';

export interface KpiDefinition {
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
  /** YYYY-MM-DD */
  periodStart: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Share (0..1) of expected progress below which the KPI is at risk / off track. */
  thresholds: { atRisk: number; offTrack: number };
  actuals: KpiActual[];
}

export interface IssueLink {
  /** The link type name, e.g. "Blocks" or "Parent-Child". */
  type: string;
  /** As seen from the issue carrying the link. */
  direction: 'inward' | 'outward';
  issueId: string;
}

export interface PmIssue {
  id: string;
  key: string;
  projectKey: string;
  /** Issue type name, e.g. "Story". */
  issueType: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  parentId?: string;
  links: IssueLink[];
  labels: string[];
  components: string[];
  /** ISO 8601 */
  updated: string;
  /** Story points or estimate; used for effort-based progress and weights. */
  effort?: number;
  pm?: PmData;
  /** Present when the issue is a KPI item carrying its definition. */
  kpi?: KpiDefinition;
}
