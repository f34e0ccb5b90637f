import type { DatasetInput, DatasetUser } from '../../dev/dataset/dataset-schema';
import { ADMIN, accountIdFor } from '../../dev/demo-data/users';
import { historyKey } from '../../src/app/requirement/history-repository';
import type { HistoryEntry } from '../../src/contract/views';
import { defaultWorkflowConfig } from '../../src/domain/workflow/default-workflow';
import type { WorkflowConfig } from '../../src/domain/workflow/workflow-config-schema';

/**
 * Cross-project links on top of the demo dataset: the leaks the permission
 * matrix hunts only show once a visible requirement points into projects its
 * reader cannot browse. CHK requirements link a problem, persona, scenario and
 * KPIs in PLAT, HR and ANA, a CHK story has a PLAT epic as parent and a Jira
 * link to a PLAT issue, and the stored config holds per-project rules and KPI
 * weights for those projects and issues. The first and third requirements also
 * carry history records (as the admin's saves would have written them) whose
 * before / after values name the hidden items.
 */
type Issue = DatasetInput['issues'][number];

export interface CrossProjectSeed {
  /** CHK requirements whose links point into other projects (the panel calls run on them). */
  requirementKeys: string[];
  /** A CHK story whose parent is a PLAT epic. */
  childKey: string;
  /** A CHK KPI issue (for defineKpi / recordKpiActual). */
  kpiKey: string;
  /** Hidden targets, by what links them. */
  targets: { problem: string; persona: string; scenario: string; kpis: string[]; parent: string; linked: string };
  /** Evidence on the first requirement: interviews in PLAT (and HR when the demo has one), and a visible CHK one. */
  evidence: { hidden: string[]; visible: string };
  /** The workflow config document to store under `config:workflow`. */
  config: WorkflowConfig;
  /** App storage to seed: history records naming the hidden items. */
  appStorage: Record<string, HistoryEntry[]>;
}

/** Browses CHK, MOB, ANA and PLAT (not HR) and edits nothing: browse-but-not-edit. */
export const AUDITOR: DatasetUser = testUser('auditor@example.com', 'Ada Auditor', ['CHK', 'MOB', 'ANA', 'PLAT'], []);
/** A licensed user with no project grants at all. */
export const NOBODY: DatasetUser = testUser('nobody@example.com', 'Noa Nobody', [], []);

function testUser(emailAddress: string, displayName: string, browse: string[], edit: string[]): DatasetUser {
  const accountId = accountIdFor(emailAddress);
  return {
    accountId,
    displayName,
    emailAddress,
    apiToken: `${accountId}-token`,
    siteAdmin: false,
    browseProjects: browse,
    editProjects: edit,
    adminProjects: [],
  };
}

export function seedCrossProjectLinks(input: DatasetInput): { dataset: DatasetInput; seed: CrossProjectSeed } {
  const dataset = structuredClone(input);
  const typeId = (name: string) =>
    must(
      dataset.issueTypes.find((t) => t.name === name),
      `issue type ${name}`,
    ).id;
  const projectId = (key: string) =>
    must(
      dataset.projects.find((p) => p.key === key),
      `project ${key}`,
    ).id;
  const find = (project: string, type: string, extra: (i: Issue) => boolean = () => true): Issue =>
    must(
      dataset.issues.find(
        (i) => i.fields.project.id === projectId(project) && i.fields.issuetype.id === typeId(type) && extra(i),
      ),
      `a ${type} in ${project}`,
    );
  const inProject = (project: string, type: string) => (i: Issue) =>
    i.fields.project.id === projectId(project) && i.fields.issuetype.id === typeId(type);
  const hasKpiDoc = (i: Issue) => i.properties?.['pm-workflow.kpi'] !== undefined;

  const problem = find('PLAT', 'Problem');
  const persona = dataset.issues.find(inProject('HR', 'Persona')) ?? find('PLAT', 'Persona');
  const scenario = dataset.issues.find(inProject('ANA', 'Scenario')) ?? find('PLAT', 'Scenario');
  const platKpi = find('PLAT', 'KPI', hasKpiDoc);
  const otherKpi =
    dataset.issues.find((i) => inProject('HR', 'KPI')(i) && hasKpiDoc(i)) ?? find('ANA', 'KPI', hasKpiDoc);
  const ownKpi = find('CHK', 'KPI', hasKpiDoc);
  const platEpic = find('PLAT', 'Epic');
  const linkedTarget = find('PLAT', 'Story');
  const requirements = dataset.issues
    .filter((i) => inProject('CHK', 'Story')(i) && i.properties?.['pm-workflow.requirement'] !== undefined)
    .slice(0, 3);
  if (requirements.length < 3) throw new Error('seed: the demo has fewer than 3 CHK stories with PM data');
  const [first, second, third] = requirements as [Issue, Issue, Issue];

  // Unique summaries, so a leaked one is found whatever else the demo's vocabulary repeats.
  for (const [n, target] of [problem, persona, scenario, platKpi, otherKpi, platEpic, linkedTarget].entries()) {
    target.fields.summary = `${target.fields.summary} (sealed ${n + 1})`;
  }
  const link = (issue: Issue, changes: Record<string, unknown>) => {
    const doc = issue.properties?.['pm-workflow.requirement'] as Record<string, unknown>;
    issue.properties = { ...issue.properties, 'pm-workflow.requirement': { ...doc, ...changes } };
  };
  link(first, {
    problemKey: problem.key,
    personaKey: persona.key,
    scenarioKey: scenario.key,
    kpiKeys: [platKpi.key, otherKpi.key, ownKpi.key],
  });
  link(second, { problemKey: problem.key, kpiKeys: [platKpi.key] });
  link(third, { personaKey: persona.key, scenarioKey: scenario.key });
  // A CHK market message (its launch's readiness row) addressing the sealed persona.
  const message = find('CHK', 'Go-to-Market', (i) => (i.fields.labels ?? []).includes('gtm-message'));
  link(message, { personaKey: persona.key });
  // A story under an epic of another project, with a Jira link into it as well.
  third.fields.parent = { id: platEpic.id };
  const linkType = must(dataset.issueLinkTypes?.[0], 'an issue link type');
  const nextLinkId = String(
    Math.max(20000, ...dataset.issues.flatMap((i) => (i.fields.issuelinks ?? []).map((l) => Number(l.id)))) + 1,
  );
  third.fields.issuelinks = [
    ...(third.fields.issuelinks ?? []),
    { id: nextLinkId, type: { id: linkType.id }, outwardIssue: { id: linkedTarget.id } },
  ];

  // Evidence on the first requirement from interviews the others cannot browse (pm-workflow.evidence).
  const hiddenInterviews = [
    find('PLAT', 'Interview'),
    ...dataset.issues.filter(inProject('HR', 'Interview')).slice(0, 1),
  ];
  const visibleInterview = find('CHK', 'Interview');
  for (const [n, target] of hiddenInterviews.entries())
    target.fields.summary = `${target.fields.summary} (sealed evidence ${n + 1})`;
  const evidenceEntry = (key: string, source: string) => ({
    key,
    strength: 3,
    sourceKind: 'customer',
    source,
    observedOn: '2026-10-01',
    linkedBy: ADMIN.accountId,
    linkedAt: '2026-10-01T09:00:00.000Z',
  });
  first.properties = {
    ...first.properties,
    'pm-workflow.evidence': {
      schemaVersion: 1,
      version: 1,
      entries: [
        ...hiddenInterviews.map((i) => evidenceEntry(i.key, 'Acme')),
        evidenceEntry(visibleInterview.key, 'Initech'),
      ],
    },
  };

  dataset.users = [...dataset.users, AUDITOR, NOBODY];

  const rule = (phaseId: string, issueType: string) => ({ phaseId, issueType, labels: ['sealed-rule'] });
  const config: WorkflowConfig = {
    ...defaultWorkflowConfig,
    mapping: {
      ...defaultWorkflowConfig.mapping,
      projects: {
        CHK: [rule('requirements', 'Story')],
        PLAT: [rule('requirements', 'Task')],
        HR: [rule('problem', 'Task')],
      },
    },
    kpi: {
      ...defaultWorkflowConfig.kpi,
      rollup: 'weighted',
      weights: { [platKpi.key]: 3, [otherKpi.key]: 2, [ownKpi.key]: 1 },
    },
  };
  // The saves that made those links, as history: the same keys in before / after values.
  const saved = (field: string, from: unknown, to: unknown): HistoryEntry => ({
    at: '2026-10-01T09:00:00.000Z',
    accountId: ADMIN.accountId,
    displayName: ADMIN.displayName,
    field,
    from,
    to,
  });
  const versionOf = (issue: Issue) =>
    Number((issue.properties?.['pm-workflow.requirement'] as { version?: number }).version ?? 1);
  const appStorage: Record<string, HistoryEntry[]> = {
    [historyKey(first.id, versionOf(first), 0, 'seed-first')]: [
      saved('problemKey', null, problem.key),
      saved('personaKey', platEpic.key, persona.key),
      saved('kpiKeys', [ownKpi.key], [platKpi.key, otherKpi.key, ownKpi.key]),
    ],
    [historyKey(third.id, versionOf(third), 0, 'seed-third')]: [
      saved('scenarioKey', linkedTarget.key, scenario.key),
      saved('personaKey', null, persona.key),
    ],
  };
  return {
    dataset,
    seed: {
      requirementKeys: [first.key, second.key, third.key],
      childKey: third.key,
      kpiKey: ownKpi.key,
      targets: {
        problem: problem.key,
        persona: persona.key,
        scenario: scenario.key,
        kpis: [platKpi.key, otherKpi.key],
        parent: platEpic.key,
        linked: linkedTarget.key,
      },
      evidence: { hidden: hiddenInterviews.map((i) => i.key), visible: visibleInterview.key },
      config,
      appStorage,
    },
  };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed: the demo dataset has no ${what}`);
  return value;
}
