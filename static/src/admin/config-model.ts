// The default template's phase ids, one source with the server's evidence default.
import { PHASE_IDS } from '../../../src/contract/ui-runtime-shared';

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
export interface WfEvidence {
  itemPhases: string[];
  targetPhases: string[];
}
/** Business case money settings the admin set (each optional: the app's default applies). */
export interface WfBusinessCase {
  currency?: string;
  costPerEffortUnit?: number;
  yearlyDiscountRate?: number;
  periodMonths?: 1 | 3 | 12;
  horizonPeriods?: number;
  [key: string]: unknown;
}
/** A link type meaning "blocks" for the priority-inversion flag, and where the blocked issue lies on the blocker's link. */
export interface WfDependencyLink {
  type: string;
  blockedDirection: 'inward' | 'outward';
}
/**
 * The app's default when the site set none: Jira's Blocks, blocked issue outward ("A blocks B").
 * The same as src/domain/ranking/blocked-issue-ids.ts (the UI may not import the domain; a unit
 * test keeps the two equal).
 */
export const DEFAULT_DEPENDENCY_LINKS: readonly WfDependencyLink[] = [{ type: 'Blocks', blockedDirection: 'outward' }];

/** The dependency links in force: the site's own, or the default. */
export function dependencyLinksInForce(config: WfConfig): readonly WfDependencyLink[] {
  return config.dependencies?.links ?? DEFAULT_DEPENDENCY_LINKS;
}

export interface WfConfig {
  schemaVersion: number;
  sections: WfSection[];
  phases: WfPhase[];
  mapping: { default: WfRule[]; projects: Record<string, WfRule[]> };
  hierarchy: { levels: Record<string, number>; parentLinks: { type: string; parentDirection: 'inward' | 'outward' }[] };
  readiness: { appliesToPhases: string[]; requires: { item: ReadinessItem; mustBeDone: boolean }[] };
  /** Optional: absent means the default of src/domain/workflow/evidence-settings.ts. */
  evidence?: WfEvidence;
  /** Optional, field by field: absent means the default of src/domain/workflow/business-case-settings.ts. */
  businessCase?: WfBusinessCase;
  /** Optional: absent means DEFAULT_DEPENDENCY_LINKS (Jira's Blocks); an empty list flags nothing. */
  dependencies?: { links: WfDependencyLink[] };
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
  const projects = Object.fromEntries(
    Object.entries(config.mapping.projects).map(([k, rules]) => [k, rules.filter(keep)]),
  );
  const removedRules =
    config.mapping.default.length -
    config.mapping.default.filter(keep).length +
    Object.values(config.mapping.projects).reduce((n, rules) => n + rules.length - rules.filter(keep).length, 0);
  return {
    removedRules,
    config: {
      ...config,
      phases: config.phases
        .filter((p) => p.id !== phaseId)
        .map((p) => ({ ...p, upstream: p.upstream.filter((u) => u !== phaseId) })),
      mapping: { default: config.mapping.default.filter(keep), projects },
      readiness: {
        ...config.readiness,
        appliesToPhases: config.readiness.appliesToPhases.filter((id) => id !== phaseId),
      },
      ...evidenceWithout(config.evidence, phaseId),
    },
  };
}

/** The evidence settings without the phase; none (the default applies) when a list would be empty - as the server's removePhase does. */
function evidenceWithout(evidence: WfEvidence | undefined, phaseId: string): { evidence?: WfEvidence } {
  if (!evidence) return {};
  const itemPhases = evidence.itemPhases.filter((id) => id !== phaseId);
  const targetPhases = evidence.targetPhases.filter((id) => id !== phaseId);
  return itemPhases.length && targetPhases.length
    ? { evidence: { itemPhases, targetPhases } }
    : { evidence: undefined };
}

/**
 * The evidence settings in force. The default mirrors src/domain/workflow/evidence-settings.ts (the UI may not
 * import the domain at run time): Interview issues are evidence for problems and the phases readiness checks.
 */
export function evidenceInForce(config: WfConfig): WfEvidence {
  const known = new Set(config.phases.map((p) => p.id));
  const chosen = config.evidence ?? {
    itemPhases: [PHASE_IDS.interview],
    targetPhases: [PHASE_IDS.problem, ...config.readiness.appliesToPhases],
  };
  return {
    itemPhases: [...new Set(chosen.itemPhases)].filter((id) => known.has(id)),
    targetPhases: [...new Set(chosen.targetPhases)].filter((id) => known.has(id)),
  };
}

export const splitList = (s: string): string[] | undefined => {
  const items = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};
