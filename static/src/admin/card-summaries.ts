import type { ConfigView } from '../../../src/contract/api';
import { dependencyLinksInForce, evidenceInForce, type WfConfig } from './config-model';
import type { FieldError } from './error-words';

/**
 * One line per admin card, shown beside its title while it is collapsed, so
 * the page reads as an overview and a card is opened only to change it.
 */
export type CardKey = 'sections' | 'mapping' | 'parentLinks' | 'scoring' | 'readiness' | 'evidence' | 'businessCase';

/** The config paths each card edits: a save error under one of them opens that card. */
export const CARD_PATHS: Record<CardKey, string[]> = {
  sections: ['sections', 'phases'],
  mapping: ['mapping'],
  parentLinks: ['hierarchy'],
  scoring: ['scoring', 'dependencies'],
  readiness: ['readiness'],
  evidence: ['evidence'],
  businessCase: ['businessCase'],
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the summaries read from the view besides the draft: the app's defaults and the models' labels. */
export type SummaryContext = Pick<ConfigView, 'defaults' | 'rankingModels'>;

export function cardSummary(card: CardKey, config: WfConfig, view: SummaryContext): string {
  switch (card) {
    case 'sections':
      return `${plural(config.sections.length, 'section')}, ${plural(config.phases.length, 'phase')}: ${config.sections.map((s) => s.name || 'unnamed').join(', ')}`;
    case 'mapping': {
      const projects = Object.keys(config.mapping.projects).length;
      const mapped = new Set(config.mapping.default.map((r) => r.phaseId)).size;
      return `${plural(config.mapping.default.length, 'site-wide rule')} for ${plural(mapped, 'phase')}${projects ? `; ${plural(projects, 'project')} with ${projects === 1 ? 'its' : 'their'} own rules` : ''}`;
    }
    case 'parentLinks': {
      const links = config.hierarchy.parentLinks;
      return links.length
        ? links.map((l) => `${l.type} (${l.parentDirection})`).join(', ')
        : 'None: only Jira’s parent field';
    }
    case 'scoring': {
      const criteria = config.scoring.weightedCriteria.length;
      const blocking = dependencyLinksInForce(config, view.defaults).map((l) => l.type);
      const model = view.rankingModels.find((m) => m.id === config.scoring.primaryModel)?.label;
      return `Main model ${model ?? config.scoring.primaryModel}; ${plural(criteria, 'weighted criterion', 'weighted criteria')}; ${blocking.length ? `blocking links ${blocking.join(', ')}` : 'no blocking links'}${config.dependencies ? '' : ' (default)'}`;
    }
    case 'readiness': {
      const items = config.readiness.requires.map((r) => (r.item === 'kpi' ? 'KPI' : r.item));
      const names = new Map(config.phases.map((p) => [p.id, p.name]));
      const phases = config.readiness.appliesToPhases.map((id) => names.get(id) ?? id);
      return `${items.length ? `Needs ${items.join(', ')}` : 'Needs nothing'}; checked in ${phases.length ? phases.join(', ') : 'no phase'}`;
    }
    case 'evidence': {
      const names = new Map(config.phases.map((p) => [p.id, p.name]));
      const inForce = evidenceInForce(config);
      const list = (ids: string[]) => (ids.length ? ids.map((id) => names.get(id) ?? id).join(', ') : 'no phase');
      return `${list(inForce.itemPhases)} issues are evidence for ${list(inForce.targetPhases)}${config.evidence ? '' : ' (default)'}`;
    }
    case 'businessCase': {
      // Untouched, the summary names the defaults in force (from the view, not a copy).
      const own = moneyParts(config.businessCase ?? {});
      return own.length ? own.join(', ') : `App defaults: ${moneyParts(view.defaults.businessCase).join(', ')}`;
    }
  }
}

function moneyParts(b: NonNullable<WfConfig['businessCase']>): string[] {
  return [
    b.costPerEffortUnit !== undefined
      ? `${b.costPerEffortUnit.toLocaleString('en')} ${b.currency ?? ''} a point`.replace('  ', ' ')
      : undefined,
    b.yearlyDiscountRate !== undefined ? `${Math.round(b.yearlyDiscountRate * 1000) / 10} % a year` : undefined,
    b.horizonPeriods !== undefined ? `${b.horizonPeriods} periods` : undefined,
  ].filter((x): x is string => x !== undefined);
}

/** How many of the save error's field messages belong to a card. */
export function errorsInCard(card: CardKey, errors: readonly FieldError[]): number {
  const roots = CARD_PATHS[card];
  return errors.filter((e) => roots.some((root) => e.path === root || e.path.startsWith(`${root}.`))).length;
}
