import { editorReducer, initialEditorState, isDirty } from '../../../static/src/admin/config-reducer';
import { fieldLabel, inWords } from '../../../static/src/admin/error-words';
import { dependencyLinksInForce, type WfConfig } from '../../../static/src/admin/config-model';
import { configView } from '../../../src/app/config/config-view';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';

const config: WfConfig = structuredClone(defaultWorkflowConfig);
const { defaults } = configView(1, config, true);

describe('admin editor reducer', () => {
  it('adds a section with a unique id and a colour; a phase lands at the end of its section', () => {
    let s = initialEditorState(config, 3);
    s = editorReducer(s, { type: 'add-section', name: 'Customer success' });
    expect(s.config.sections.at(-1)).toEqual({
      id: 'customer-success',
      name: 'Customer success',
      colour: expect.stringMatching(/^#[0-9A-F]{6}$/i),
    });
    s = editorReducer(s, { type: 'add-phase', sectionId: 'strategic', name: 'Pricing' });
    const strategic = s.config.phases.filter((p) => p.sectionId === 'strategic').map((p) => p.id);
    expect(strategic.at(-1)).toBe('pricing');
    // A new section's first phase goes after the sections before it, not to the top of the list.
    s = editorReducer(s, { type: 'add-phase', sectionId: 'customer-success', name: 'Onboarding' });
    expect(s.config.phases.at(-1)).toMatchObject({ id: 'onboarding', sectionId: 'customer-success' });
    expect(isDirty(s)).toBe(true);
    expect(isDirty(editorReducer(s, { type: 'discard' }))).toBe(false);
  });

  it('moves a phase only within its section, removes a phase with the rules pointing to it', () => {
    let s = initialEditorState(config, 1);
    const firstTechnical = s.config.phases.findIndex((p) => p.sectionId === 'technical');
    expect(editorReducer(s, { type: 'move-phase', index: firstTechnical, direction: -1 })).toBe(s);
    s = editorReducer(s, { type: 'remove-phase', phaseId: 'work-packages' });
    expect(s.config.mapping.default.some((r) => r.phaseId === 'work-packages')).toBe(false);
    expect(s.note).toMatch(/Removed “Work packages” and 3 mapping rules/);
  });

  it('evidence phases: the first tick writes the settings in force; removing a phase takes it out, an emptied list goes back to the default', () => {
    let s = initialEditorState(config, 1);
    expect(s.config.evidence).toBeUndefined();
    s = editorReducer(s, { type: 'evidence-phase', list: 'itemPhases', phaseId: 'analysis', on: true });
    expect(s.config.evidence).toEqual({
      itemPhases: ['interview', 'analysis'],
      targetPhases: ['problem', 'requirements'],
    });
    s = editorReducer(s, { type: 'evidence-phase', list: 'targetPhases', phaseId: 'requirements', on: false });
    expect(s.config.evidence).toEqual({ itemPhases: ['interview', 'analysis'], targetPhases: ['problem'] });
    s = editorReducer(s, { type: 'remove-phase', phaseId: 'analysis' });
    expect(s.config.evidence).toEqual({ itemPhases: ['interview'], targetPhases: ['problem'] });
    s = editorReducer(s, { type: 'remove-phase', phaseId: 'problem' });
    expect(s.config.evidence).toBeUndefined();
  });

  it('an emptied labels list means "any" (the key goes), structural edits clear the save error', () => {
    let s = initialEditorState(config, 1);
    s = editorReducer(s, { type: 'save-failed', error: { code: 'validation', message: 'x' } });
    s = editorReducer(s, { type: 'rule', index: 5, patch: { labels: [] } });
    expect(s.config.mapping.default[5]).toEqual({ phaseId: 'innovation', issueType: 'Analysis' });
    expect(s.error).toBeDefined();
    s = editorReducer(s, { type: 'add-rule' });
    expect(s.error).toBeUndefined();
  });
});

describe('rules of one project', () => {
  it('adds a project (key upper-cased) with a first rule, edits it like a site-wide rule, and drops the project with its last rule', () => {
    let s = initialEditorState(config, 1);
    expect(editorReducer(s, { type: 'add-project-rule', project: '  ' })).toBe(s);
    s = editorReducer(s, { type: 'add-project-rule', project: ' chk ' });
    expect(s.config.mapping.projects).toEqual({ CHK: [{ phaseId: 'interview', issueType: '' }] });
    s = editorReducer(s, {
      type: 'project-rule',
      project: 'CHK',
      index: 0,
      patch: { phaseId: 'requirements', issueType: 'Bug', labels: ['customer'] },
    });
    s = editorReducer(s, { type: 'add-project-rule', project: 'CHK' });
    s = editorReducer(s, { type: 'project-rule', project: 'CHK', index: 0, patch: { labels: [] } });
    expect(s.config.mapping.projects['CHK']).toEqual([
      { phaseId: 'requirements', issueType: 'Bug' },
      { phaseId: 'interview', issueType: '' },
    ]);
    expect(s.config.mapping.default).toEqual(config.mapping.default);
    s = editorReducer(s, { type: 'remove-project-rule', project: 'CHK', index: 1 });
    s = editorReducer(s, { type: 'remove-project-rule', project: 'CHK', index: 0 });
    expect(s.config.mapping.projects).toEqual({});
    expect(isDirty(s)).toBe(false);
  });
});

describe('validation messages in words', () => {
  it.each([
    ['Too small: expected string to have >=1 characters', 'This cannot be empty.'],
    ['Too big: expected string to have <=80 characters', 'Use at most 80 characters.'],
    ['Too big: expected number to be <=1', 'Use 1 or less.'],
    ['must be kebab-case (a-z, 0-9, single dashes)', 'Use lower-case letters, digits and single dashes only.'],
    ['unknown phase "x"', 'Unknown phase "x".'],
  ])('%s -> %s', (raw, words) => {
    expect(inWords(raw)).toBe(words);
  });

  it.each([
    ['sections.0.name', 'Section 1 name'],
    ['phases.3.sectionId', 'Phase 4 section'],
    ['mapping.default.7.issueType', 'Mapping rule 8 issue type'],
    ['scoring.weightedCriteria.1.max', 'Criterion 2 max'],
    ['mapping.projects.CHK.0.issueType', 'CHK rule 1 issue type'],
    ['mapping.projects.CHK', 'CHK rules'],
  ])('%s is called %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('admin editor: blocking links of dependency-aware ranking', () => {
  it('starts at the default, an edit writes the list, an empty list flags nothing, "use the default" removes it', () => {
    let s = initialEditorState(config, 1);
    expect(dependencyLinksInForce(s.config, defaults)).toEqual([{ type: 'Blocks', blockedDirection: 'outward' }]);
    s = editorReducer(s, {
      type: 'dependency-links',
      links: [
        { type: 'Blocks', blockedDirection: 'outward' },
        { type: 'Depends', blockedDirection: 'inward' },
      ],
    });
    expect(s.config.dependencies?.links.map((l) => l.type)).toEqual(['Blocks', 'Depends']);
    expect(isDirty(s)).toBe(true);
    s = editorReducer(s, { type: 'dependency-links', links: [] });
    expect(dependencyLinksInForce(s.config, defaults)).toEqual([]);
    s = editorReducer(s, { type: 'dependency-links', links: undefined });
    expect('dependencies' in s.config).toBe(false);
    expect(isDirty(s)).toBe(false);
  });

  it.each([
    ['dependencies.links.1.type', 'Blocking link 2 link type'],
    ['dependencies.links', 'Blocking links'],
  ])('names %s as "%s"', (path, label) => expect(fieldLabel(path)).toBe(label));
});
