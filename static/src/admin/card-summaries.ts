import { MODEL_LABEL } from '../shared/format';
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

export function cardSummary(card: CardKey, config: WfConfig): string {
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
      const blocking = dependencyLinksInForce(config).map((l) => l.type);
      return `Main model ${MODEL_LABEL[config.scoring.primaryModel]}; ${plural(criteria, 'weighted criterion', 'weighted criteria')}; ${blocking.length ? `blocking links ${blocking.join(', ')}` : 'no blocking links'}${config.dependencies ? '' : ' (default)'}`;
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
      const b = config.businessCase ?? {};
      const parts = [
        b.costPerEffortUnit !== undefined
          ? `${b.costPerEffortUnit.toLocaleString('en')} ${b.currency ?? ''} a point`.replace('  ', ' ')
          : undefined,
        b.yearlyDiscountRate !== undefined ? `${Math.round(b.yearlyDiscountRate * 1000) / 10} % a year` : undefined,
        b.horizonPeriods !== undefined ? `${b.horizonPeriods} periods` : undefined,
      ].filter((x): x is string => x !== undefined);
      return parts.length ? parts.join(', ') : 'App defaults';
    }
  }
}

/** How many of the save error's field messages belong to a card. */
export function errorsInCard(card: CardKey, errors: readonly FieldError[]): number {
  const roots = CARD_PATHS[card];
  return errors.filter((e) => roots.some((root) => e.path === root || e.path.startsWith(`${root}.`))).length;
}
