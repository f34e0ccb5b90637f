/**
 * The UI's view of the workflow configuration. `ConfigView.config` is `unknown` in the
 * contract (the domain's versioned schema validates it server-side), so this mirrors
 * the fields the editor touches and keeps everything else as it came.
 */
export interface WfSection {
  id: string;
  name: string;
  colour: string;
}
export interface WfPhase {
  id: string;
  name: string;
  sectionId: string;
  upstream: string[];
}
export interface WfRule {
  phaseId: string;
  issueType: string;
  labels?: string[];
  components?: string[];
}
export interface WfCriterion {
  id: string;
  label: string;
  weight: number;
  min: number;
  max: number;
  direction: 'benefit' | 'cost';
}
export type ReadinessItem = 'problem' | 'persona' | 'scenario' | 'kpi';
export interface WfConfig {
  schemaVersion: number;
  sections: WfSection[];
  phases: WfPhase[];
  mapping: { default: WfRule[]; projects: Record<string, WfRule[]> };
  hierarchy: { levels: Record<string, number>; parentLinks: { type: string; parentDirection: 'inward' | 'outward' }[] };
  readiness: { appliesToPhases: string[]; requires: { item: ReadinessItem; mustBeDone: boolean }[] };
  scoring: {
    primaryModel: 'rice' | 'wsjf' | 'ice' | 'valueEffort' | 'weighted';
    iceMode: 'product' | 'average';
    weightedCriteria: WfCriterion[];
    moscowMustShareLimit: number;
    staleAfterDays: number;
    disagreementThreshold: number;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export function looksLikeConfig(value: unknown): value is WfConfig {
  const c = value as Partial<WfConfig> | null;
  return (
    !!c &&
    typeof c === 'object' &&
    Array.isArray(c.sections) &&
    Array.isArray(c.phases) &&
    !!c.mapping &&
    Array.isArray(c.mapping.default) &&
    !!c.hierarchy &&
    Array.isArray(c.hierarchy.parentLinks) &&
    !!c.scoring &&
    Array.isArray(c.scoring.weightedCriteria) &&
    !!c.readiness &&
    Array.isArray(c.readiness.requires)
  );
}

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'phase'
  );
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** Removes a phase and every reference to it, so the config stays valid. */
export function removePhase(config: WfConfig, phaseId: string): { config: WfConfig; removedRules: number } {
  const keep = (r: WfRule) => r.phaseId !== phaseId;
  const projects = Object.fromEntries(Object.entries(config.mapping.projects).map(([k, rules]) => [k, rules.filter(keep)]));
  const removedRules =
    config.mapping.default.length - config.mapping.default.filter(keep).length +
    Object.values(config.mapping.projects).reduce((n, rules) => n + rules.length - rules.filter(keep).length, 0);
  return {
    removedRules,
    config: {
      ...config,
      phases: config.phases.filter((p) => p.id !== phaseId).map((p) => ({ ...p, upstream: p.upstream.filter((u) => u !== phaseId) })),
      mapping: { default: config.mapping.default.filter(keep), projects },
      readiness: { ...config.readiness, appliesToPhases: config.readiness.appliesToPhases.filter((id) => id !== phaseId) },
    },
  };
}

export const splitList = (s: string): string[] | undefined => {
  const items = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};
