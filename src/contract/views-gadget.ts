import type { ScoreModel } from './payloads';
import type { GadgetConfiguration } from './payloads-gadget';
import type { Coverage, KpiStatus, ProgressView, RequirementRow } from './views';

/** One KPI as the gadget lists it (the project page has the full card). */
export interface GadgetKpi {
  key: string;
  name: string;
  status: KpiStatus;
  outcome?: 'met' | 'missed';
}

/** A product's health on a Jira dashboard (getGadget), from the same use cases as the project page. */
export interface GadgetView {
  status: 'ready';
  project: { key: string; name: string };
  model: ScoreModel;
  modelLabel: string;
  /** The highest-ranked open requirements, in the backlog's order and with its ranks. */
  top: RequirementRow[];
  /** More open requirements are scored than `top` lists. */
  moreRequirements: boolean;
  kpis: GadgetKpi[];
  /** More KPIs than the gadget lists; `kpiStatus` covers all of them. */
  kpisTotal: number;
  kpiStatus: KpiStatus;
  readiness: { ready: number; requirements: number };
  notScored: number;
  progress: ProgressView;
  coverage: Coverage;
  generatedAt: string;
  source: { kind: 'stored'; computedAt: string; updatedAt: string } | { kind: 'live' };
}

/** The gadget has no (usable) configuration yet: its edit view chooses the product. */
export interface GadgetNotConfigured {
  status: 'not-configured';
  /** Why, in words: never configured, or the saved configuration is not one this version reads. */
  reason: string;
}

/** The product's first full read is running in the background (as on the project page). */
export interface GadgetBuilding {
  status: 'building';
  project: { key: string; name: string };
  issuesTotal: number;
  startedAt: string;
}

export type GadgetAnswer = GadgetView | GadgetNotConfigured | GadgetBuilding;

/** What the gadget's edit view offers: the projects the viewer can browse and the models. */
export interface GadgetOptions {
  projects: { key: string; name: string }[];
  models: { id: ScoreModel; label: string }[];
  primaryModel: ScoreModel;
  /** The gadget's saved configuration when it is one this version reads. */
  current?: GadgetConfiguration;
}
