import type { ResultError } from '../shared/api';
import {
  evidenceInForce,
  removePhase,
  slug,
  uniqueId,
  type ReadinessItem,
  type WfConfig,
  type WfBusinessCase,
  type WfCriterion,
  type WfDependencyLink,
  type WfRule,
} from './config-model';

/**
 * The admin editor's state and every edit it allows, as one pure reducer (the
 * editor was a dozen `useState`s). Structural edits (adding, removing, moving)
 * clear the last save error, whose paths no longer point at the same things.
 */
export interface EditorState {
  /** The configuration as saved (what "Discard" goes back to). */
  saved: WfConfig;
  config: WfConfig;
  version: number;
  saving: boolean;
  error?: ResultError;
  note?: string;
}

const SECTION_COLOURS = ['#6554C0', '#00B8D9', '#FF5630', '#FFAB00', '#0052CC', '#36B37E'];

export type EditorAction =
  | { type: 'section-name'; index: number; name: string }
  | { type: 'add-section'; name: string }
  | { type: 'phase-name'; index: number; name: string }
  | { type: 'phase-section'; index: number; sectionId: string }
  | { type: 'move-phase'; index: number; direction: -1 | 1 }
  | { type: 'add-phase'; sectionId: string; name: string }
  | { type: 'remove-phase'; phaseId: string }
  | { type: 'rule'; index: number; patch: Partial<WfRule> }
  | { type: 'add-rule' }
  | { type: 'remove-rule'; index: number }
  | { type: 'project-rule'; project: string; index: number; patch: Partial<WfRule> }
  | { type: 'add-project-rule'; project: string }
  | { type: 'remove-project-rule'; project: string; index: number }
  | { type: 'scoring'; patch: Partial<WfConfig['scoring']> }
  | { type: 'criterion'; index: number; patch: Partial<WfCriterion> }
  | { type: 'add-criterion' }
  | { type: 'remove-criterion'; index: number }
  | { type: 'readiness-item'; item: ReadinessItem; required: boolean; mustBeDone: boolean }
  | { type: 'readiness-phase'; phaseId: string; on: boolean }
  | { type: 'parent-links'; links: WfConfig['hierarchy']['parentLinks'] }
  /** `undefined` goes back to the app's default (the setting is removed). */
  | { type: 'dependency-links'; links: WfDependencyLink[] | undefined }
  | { type: 'evidence-phase'; list: 'itemPhases' | 'targetPhases'; phaseId: string; on: boolean }
  | { type: 'business-case'; patch: Partial<WfBusinessCase> }
  | { type: 'save-started' }
  | { type: 'save-failed'; error: ResultError }
  | { type: 'saved'; version: number; config: WfConfig }
  | { type: 'discard' };

export function initialEditorState(config: WfConfig, version: number): EditorState {
  return { saved: config, config, version, saving: false };
}

export function isDirty(state: EditorState): boolean {
  return JSON.stringify(state.config) !== JSON.stringify(state.saved);
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const c = state.config;
  const edit = (config: WfConfig, extra: { structural?: boolean; note?: string } = {}): EditorState => {
    const next: EditorState = { ...state, config };
    if (extra.note !== undefined) next.note = extra.note;
    else delete next.note;
    if (extra.structural) delete next.error;
    return next;
  };
  switch (action.type) {
    case 'section-name':
      return edit({ ...c, sections: c.sections.map((s, i) => (i === action.index ? { ...s, name: action.name } : s)) });
    case 'add-section': {
      const name = action.name.trim();
      if (!name) return state;
      const id = uniqueId(slug(name), new Set(c.sections.map((s) => s.id)));
      const colour = SECTION_COLOURS[c.sections.length % SECTION_COLOURS.length] ?? '#6554C0';
      return edit(
        { ...c, sections: [...c.sections, { id, name, colour }] },
        { structural: true, note: `Added section “${name}”. Add a phase to it below.` },
      );
    }
    case 'phase-name':
      return edit({ ...c, phases: c.phases.map((p, i) => (i === action.index ? { ...p, name: action.name } : p)) });
    case 'phase-section':
      return edit(
        { ...c, phases: c.phases.map((p, i) => (i === action.index ? { ...p, sectionId: action.sectionId } : p)) },
        { structural: true },
      );
    case 'move-phase': {
      const p = c.phases[action.index];
      if (!p) return state;
      let j = action.index + action.direction;
      // Phases move within their section: skip over other sections' phases.
      while (j >= 0 && j < c.phases.length && c.phases[j]!.sectionId !== p.sectionId) j += action.direction;
      if (j < 0 || j >= c.phases.length) return state;
      const phases = [...c.phases];
      phases[action.index] = phases[j]!;
      phases[j] = p;
      return edit({ ...c, phases }, { structural: true });
    }
    case 'add-phase': {
      const name = action.name.trim();
      if (!name) return state;
      const id = uniqueId(slug(name), new Set(c.phases.map((p) => p.id)));
      const phases = [...c.phases];
      // After the last phase of its section, or of the sections before it (a new section's first phase).
      const upTo = new Set(
        c.sections.slice(0, c.sections.findIndex((s) => s.id === action.sectionId) + 1).map((s) => s.id),
      );
      const after = c.phases.map((p) => upTo.has(p.sectionId)).lastIndexOf(true);
      phases.splice(after + 1, 0, { id, name, sectionId: action.sectionId, upstream: [] });
      return edit(
        { ...c, phases },
        { structural: true, note: `Added phase “${name}”. Map an issue type to it below.` },
      );
    }
    case 'remove-phase': {
      const phase = c.phases.find((p) => p.id === action.phaseId);
      if (!phase) return state;
      const r = removePhase(c, action.phaseId);
      const rules = r.removedRules
        ? ` and ${r.removedRules} mapping rule${r.removedRules === 1 ? '' : 's'} that pointed to it`
        : '';
      return edit(r.config, {
        structural: true,
        note: `Removed “${phase.name}”${rules}. Nothing is saved until you press Save.`,
      });
    }
    case 'rule':
      return edit({
        ...c,
        mapping: {
          ...c.mapping,
          default: c.mapping.default.map((r, i) => (i === action.index ? withoutEmpty({ ...r, ...action.patch }) : r)),
        },
      });
    case 'add-rule':
      return edit(
        {
          ...c,
          mapping: { ...c.mapping, default: [...c.mapping.default, { phaseId: c.phases[0]?.id ?? '', issueType: '' }] },
        },
        { structural: true },
      );
    case 'remove-rule':
      return edit(
        { ...c, mapping: { ...c.mapping, default: c.mapping.default.filter((_, i) => i !== action.index) } },
        { structural: true },
      );
    case 'project-rule':
      return edit(
        withProjectRules(c, action.project, (rules) =>
          rules.map((r, i) => (i === action.index ? withoutEmpty({ ...r, ...action.patch }) : r)),
        ),
      );
    case 'add-project-rule': {
      const project = action.project.trim().toUpperCase();
      if (!project) return state;
      return edit(
        withProjectRules(c, project, (rules) => [...rules, { phaseId: c.phases[0]?.id ?? '', issueType: '' }]),
        { structural: true },
      );
    }
    case 'remove-project-rule':
      return edit(
        withProjectRules(c, action.project, (rules) => rules.filter((_, i) => i !== action.index)),
        { structural: true },
      );
    case 'scoring':
      return edit({ ...c, scoring: { ...c.scoring, ...action.patch } });
    case 'criterion':
      return edit({
        ...c,
        scoring: {
          ...c.scoring,
          weightedCriteria: c.scoring.weightedCriteria.map((x, i) =>
            i === action.index ? { ...x, ...action.patch } : x,
          ),
        },
      });
    case 'add-criterion': {
      const id = uniqueId('criterion', new Set(c.scoring.weightedCriteria.map((x) => x.id)));
      const criterion: WfCriterion = { id, label: 'New criterion', weight: 1, min: 0, max: 10, direction: 'benefit' };
      return edit(
        { ...c, scoring: { ...c.scoring, weightedCriteria: [...c.scoring.weightedCriteria, criterion] } },
        { structural: true },
      );
    }
    case 'remove-criterion':
      return edit(
        {
          ...c,
          scoring: { ...c.scoring, weightedCriteria: c.scoring.weightedCriteria.filter((_, i) => i !== action.index) },
        },
        { structural: true },
      );
    case 'readiness-item': {
      const others = c.readiness.requires.filter((r) => r.item !== action.item);
      const requires = action.required ? [...others, { item: action.item, mustBeDone: action.mustBeDone }] : others;
      return edit({ ...c, readiness: { ...c.readiness, requires } });
    }
    case 'readiness-phase': {
      const rest = c.readiness.appliesToPhases.filter((id) => id !== action.phaseId);
      return edit({
        ...c,
        readiness: { ...c.readiness, appliesToPhases: action.on ? [...rest, action.phaseId] : rest },
      });
    }
    case 'evidence-phase': {
      // The first change writes the settings in force explicitly; an emptied list is the server's to refuse, next to the field.
      const current = evidenceInForce(c);
      const rest = current[action.list].filter((id) => id !== action.phaseId);
      return edit({ ...c, evidence: { ...current, [action.list]: action.on ? [...rest, action.phaseId] : rest } });
    }
    case 'business-case': {
      // A blank field is left out, so the app's default applies to it; no field set, no settings.
      const next = Object.fromEntries(
        Object.entries({ ...(c.businessCase ?? {}), ...action.patch }).filter(([, v]) => v !== undefined && v !== ''),
      );
      const { businessCase: _old, ...rest } = c;
      return edit(Object.keys(next).length > 0 ? { ...rest, businessCase: next } : rest);
    }
    case 'parent-links':
      return edit({ ...c, hierarchy: { ...c.hierarchy, parentLinks: action.links } });
    case 'dependency-links': {
      const { dependencies: _old, ...rest } = c;
      return edit(action.links ? { ...rest, dependencies: { links: action.links } } : rest);
    }
    case 'save-started': {
      const next: EditorState = { ...state, saving: true };
      delete next.error;
      return next;
    }
    case 'save-failed':
      return { ...state, saving: false, error: action.error };
    case 'saved':
      return {
        saved: action.config,
        config: action.config,
        version: action.version,
        saving: false,
        note: `Saved (version ${action.version}). Dashboards use the new workflow from their next refresh.`,
      };
    case 'discard':
      return initialEditorState(state.saved, state.version);
  }
}

/** A project's own rules changed; a project left with none goes (it then follows the site-wide rules). */
function withProjectRules(c: WfConfig, project: string, change: (rules: WfRule[]) => WfRule[]): WfConfig {
  const projects = { ...c.mapping.projects };
  const rules = change(projects[project] ?? []);
  if (rules.length) projects[project] = rules;
  else delete projects[project];
  return { ...c, mapping: { ...c.mapping, projects } };
}

/** An emptied labels / components list means "any": the key goes, never an empty list (which matches nothing). */
function withoutEmpty(rule: WfRule): WfRule {
  const out: WfRule = { phaseId: rule.phaseId, issueType: rule.issueType };
  if (rule.labels?.length) out.labels = rule.labels;
  if (rule.components?.length) out.components = rule.components;
  return out;
}
