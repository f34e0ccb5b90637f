import type { BusinessCaseEvaluation } from '../domain/business-case/evaluate-business-case';
import type { WeighedOptions } from '../domain/decision/weigh-options';
import type { BusinessCaseSettings } from '../domain/workflow/workflow-config-schema';
import type { BusinessCaseInput, DecisionInput } from './business-case-property';
import type { HiddenItem } from './views';

/** The domain's figure shapes, as the UI may import them (type-only, from the contract). */
export type {
  BusinessCaseEvaluation,
  BusinessCaseFigures,
  ScenarioFigures,
} from '../domain/business-case/evaluate-business-case';
export type { Payback } from '../domain/business-case/payback';
export type { OptionScore, WeighedOptions } from '../domain/decision/weigh-options';

export type MoneySettings = Omit<BusinessCaseSettings, 'phases'>;

export interface BenefitKpi {
  key: string;
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  baseline: number;
  target: number;
  /** The latest actual up to today. */
  latest?: { date: string; value: number };
}

export interface BenefitLineView {
  /** A KPI the caller cannot see (or an issue that defines no KPI) names nothing. */
  kpi: BenefitKpi | HiddenItem | { key: string; undefinedKpi: true };
  valuePerUnit: number;
}

export interface DecisionView {
  input: DecisionInput;
  /** The weighted result, computed when read. */
  result: WeighedOptions;
  decidedBy?: { displayName: string };
  decidedAt?: string;
  updatedAt: string;
}

export interface BusinessCaseView {
  issue: { key: string; summary: string };
  /** False for an issue outside the configured business case phases; `reason` says why. */
  applies: boolean;
  reason?: string;
  version: number;
  canEdit: boolean;
  /** The site's settings (admin page) and the ones in force for this case (its overrides applied). */
  siteSettings: MoneySettings;
  settings: MoneySettings;
  /** The stored inputs with only the benefit lines the caller can see; null before the first save. */
  case: BusinessCaseInput | null;
  hiddenBenefits: number;
  /** Delivery effort rolled up over the issue's subtree, read as the caller now. */
  effort: { total: number; unestimated: number; issues: number; complete: boolean; note?: string };
  benefits: BenefitLineView[];
  evaluation: BusinessCaseEvaluation;
  decision: DecisionView | null;
  /** KPIs the issue links (requirement document), offered when adding a benefit line. */
  kpiChoices: BenefitKpi[];
}

export interface CheckDecisionRow {
  key: string;
  summary: string;
  status: 'decided' | 'open' | 'missing';
  /** The chosen option's name, when decided. */
  choice?: string;
  decidedAt?: string;
}

export interface CheckDecisionsView {
  rows: CheckDecisionRow[];
  /** Items of the business case phases the caller can see, and how many were checked. */
  total: number;
  complete: boolean;
  note?: string;
}
