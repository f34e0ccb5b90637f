import type {
  ConfigView,
  DependencyLinkType,
  EvidenceSettings,
  MappingRule,
  Phase,
  ReadinessItemRule,
  Section,
  WeightedCriterion,
  WorkflowConfig,
} from '../../../src/contract/api';
// The domain's evidence default (it follows the phases being edited), one rule with the server's.
import { evidenceSettings } from '../../../src/contract/ui-runtime-shared';

/**
 * The editor works on the configuration's own types (the contract's, from the domain's schema),
 * so a field the schema adds or changes is a compile error here, not a silent mirror.
 */
export type WfConfig = WorkflowConfig;
export type WfSection = Section;
export type WfPhase = Phase;
export type WfRule = MappingRule;
export type WfCriterion = WeightedCriterion;
export type ReadinessItem = ReadinessItemRule['item'];
export type WfEvidence = EvidenceSettings;
/** Business case money settings the admin set (each optional: the app's default, `ConfigView.defaults`, applies). */
export type WfBusinessCase = NonNullable<WorkflowConfig['businessCase']>;
export type WfDependencyLink = DependencyLinkType;
export type ConfigDefaults = ConfigView['defaults'];

/** The dependency links in force: the site's own, or the app's default (from the view). */
export function dependencyLinksInForce(config: WfConfig, defaults: ConfigDefaults): readonly WfDependencyLink[] {
  return config.dependencies?.links ?? defaults.dependencyLinks;
}

/** The evidence settings in force for the draft: the domain's rule (the default follows its phases and readiness). */
export const evidenceInForce = (config: WfConfig): WfEvidence => evidenceSettings(config);

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

export const splitList = (s: string): string[] | undefined => {
  const items = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};
