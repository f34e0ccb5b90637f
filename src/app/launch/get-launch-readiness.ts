import type { LaunchPick } from '../../contract/payloads-launch-readiness';
import type { LaunchChoice, LaunchReadinessView, LaunchView } from '../../contract/views-launch-readiness';
import { gtmDeliverableOf } from '../../domain/gtm/gtm-deliverable';
import { dayInZone } from '../../domain/roadmap/today-in-zone';
import { PHASE_IDS as P } from '../../domain/workflow/phase-ids';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import { readSubtree } from '../business-case/read-subtree';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { notFound } from '../shared/app-error';
import { mapBounded } from '../shared/map-bounded';
import { completeOrIncomplete, jqlString, readAllIssues, type ReadOutcome } from '../shared/read-all-issues';
import { siteTimeZone } from '../shared/site-time-zone';
import { phaseItemsJql } from '../shared/phase-items-jql';
import { typesOfPhase } from './launch-jql';
import { launchView, type LaunchParts } from './launch-view';

/** At most this many launches are shown (each reads its initiatives' subtrees). */
export const LAUNCHES_MAX = 10;
/** Initiatives read per launch, for the personas their requirements name. */
const INITIATIVES_PER_LAUNCH = 3;
const SUBTREES_IN_FLIGHT = 3;
const GTM_PHASES = [P.marketMessage, P.salesArguments, P.packaging];
/** Initiatives offered in the picker (the releases are few; a project can hold many initiatives). */
export const INITIATIVE_CHOICES_MAX = 50;

/**
 * For the project page: each launch (item of the Launch phase) the caller can see, with its
 * go-to-market readiness per buyer persona and segment (domain/gtm/launch-readiness.ts). A GTM
 * item belongs to the launches it is linked to or is a child of; the buyer personas are those
 * its initiatives' requirements and its GTM items name. Everything is read as the caller: a
 * persona they cannot browse is counted, never named. A read cut short answers `incomplete`.
 */
export async function getLaunchReadiness(
  deps: AppDeps,
  input: { projectKey: string; launch?: LaunchPick },
): Promise<LaunchReadinessView> {
  const [project, { config }, timeZone] = await Promise.all([
    deps.jira.getBrowsableProject(input.projectKey, { as: 'user' }),
    loadConfig(deps.store, deps.logger),
    siteTimeZone(deps),
  ]);
  if (!project) throw notFound('This project does not exist or you cannot see it.');
  const today = dayInZone(deps.clock.now().getTime(), timeZone);
  const outcomes: ReadOutcome[] = [];
  const [versions, initiativeRead] = await Promise.all([
    deps.jira.listProjectVersions(input.projectKey, { as: 'user' }),
    readPhaseItems(deps, input.projectKey, [P.strategies], config),
  ]);
  outcomes.push(initiativeRead);
  const releases = versions.filter((v) => !v.archived);
  const initiatives = initiativeRead.issues.filter((r) => resolvePhase(r.issue, config) === P.strategies);
  const choices: LaunchChoice[] = [
    ...releases.map((v): LaunchChoice => ({
      kind: 'release',
      id: v.id,
      name: v.name,
      ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
      released: v.released,
    })),
    ...initiatives
      .slice(0, INITIATIVE_CHOICES_MAX)
      .map((r): LaunchChoice => ({ kind: 'initiative', key: r.issue.key, summary: r.issue.summary })),
  ];
  const personasOf = (parts: LaunchParts[]) => resolvePersonas(deps, config, parts, today);

  if (input.launch?.kind === 'release') {
    const { id } = input.launch;
    const version = releases.find((v) => v.id === id);
    if (!version) throw notFound('This release does not exist in the project or you cannot see it.');
    const gtmRead = await readPhaseItems(deps, input.projectKey, GTM_PHASES, config, `fixVersion = ${jqlString(id)}`);
    outcomes.push(gtmRead);
    const items = gtmItemsOf(gtmRead.issues, config);
    const released = version.released;
    const parts: LaunchParts = {
      launch: {
        kind: 'release',
        issue: {
          key: version.name,
          summary: `Release ${version.name}`,
          status: released ? 'Released' : 'Unreleased',
          statusCategory: released ? 'done' : 'new',
        },
      },
      ...(version.releaseDate ? { launchDate: version.releaseDate } : {}),
      initiatives: [],
      personaKeys: [],
      items,
    };
    return finish({ launches: await personasOf([parts]), choices, total: 1, today, complete: true }, outcomes);
  }

  if (input.launch?.kind === 'initiative') {
    const { key } = input.launch;
    const [initiative] = await deps.jira.bulkFetch([key], { as: 'user' });
    if (!initiative || resolvePhase(initiative.issue, config) !== P.strategies || initiative.issue.key !== key) {
      throw notFound('This initiative does not exist in the project or you cannot see it.');
    }
    const [subtree, gtmRead, dates] = await Promise.all([
      readSubtree(deps.jira, key),
      readPhaseItems(deps, input.projectKey, GTM_PHASES, config),
      launchDates(deps, [initiative]),
    ]);
    outcomes.push(subtree, gtmRead);
    const below = new Set(subtree.issues.map((r) => r.issue.id));
    const items = gtmItemsOf(gtmRead.issues, config).filter(
      ({ record }) => below.has(record.issue.id) || belongsTo(record, initiative),
    );
    const dueDate = dates.get(key);
    const parts: LaunchParts = {
      launch: { kind: 'initiative', issue: initiative.issue },
      ...(dueDate ? { launchDate: dueDate } : {}),
      initiatives: [{ key, summary: initiative.issue.summary }],
      personaKeys: requirementPersonas(subtree.issues, config),
      items,
    };
    return finish({ launches: await personasOf([parts]), choices, total: 1, today, complete: true }, outcomes);
  }

  const launchRead = await readPhaseItems(deps, input.projectKey, [P.launch], config);
  outcomes.push(launchRead);
  const allLaunches = launchRead.issues.filter((r) => resolvePhase(r.issue, config) === P.launch);
  const launches = allLaunches.slice(0, LAUNCHES_MAX);
  if (launches.length === 0) return finish({ launches: [], choices, total: 0, today, complete: true }, outcomes);

  const [gtmRead, dates] = await Promise.all([
    readPhaseItems(deps, input.projectKey, GTM_PHASES, config),
    launchDates(deps, launches),
  ]);
  outcomes.push(gtmRead);
  const gtmItems = gtmItemsOf(gtmRead.issues, config);

  const initiativeTypes = typesOfPhase(input.projectKey, P.strategies, config);
  const parts = await mapBounded(launches, SUBTREES_IN_FLIGHT, async (launch): Promise<LaunchParts> => {
    const linked = launch.linkedIssues
      .filter((l) => initiativeTypes.has(l.issueType))
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
      .slice(0, INITIATIVES_PER_LAUNCH);
    const requirements: JiraIssue[] = [];
    for (const initiative of linked) {
      const read = await readSubtree(deps.jira, initiative.key);
      outcomes.push(read);
      requirements.push(...read.issues);
    }
    const items = gtmItems.filter(({ record }) => belongsTo(record, launch));
    const dueDate = dates.get(launch.issue.key);
    return {
      launch: { kind: 'launch', issue: launch.issue },
      ...(dueDate ? { launchDate: dueDate } : {}),
      initiatives: linked.map((i) => ({ key: i.key, summary: i.summary })),
      personaKeys: requirementPersonas(requirements, config),
      items,
    };
  });

  const tooMany = allLaunches.length > launches.length;
  const view: LaunchReadinessView = {
    launches: await personasOf(parts),
    choices,
    total: allLaunches.length,
    today,
    complete: true,
    ...(tooMany ? { note: `Showing the first ${launches.length} of ${allLaunches.length} launches.` } : {}),
  };
  return finish(view, outcomes, tooMany);
}

/** The project's items of `phases` the caller can see, narrowed by `extra` JQL when given. */
async function readPhaseItems(
  deps: AppDeps,
  projectKey: string,
  phases: readonly string[],
  config: WorkflowConfig,
  extra?: string,
): Promise<ReadOutcome & { issues: JiraIssue[] }> {
  const jql = phaseItemsJql(projectKey, phases, config);
  if (!jql) return { issues: [], complete: true };
  // phaseItemsJql ends in its ORDER BY; the narrowing goes before it.
  const narrowed = extra ? jql.replace(/ ORDER BY key ASC$/, ` AND ${extra} ORDER BY key ASC`) : jql;
  return readAllIssues(deps.jira, narrowed, 'user');
}

function gtmItemsOf(records: JiraIssue[], config: WorkflowConfig): LaunchParts['items'] {
  return records.flatMap((record) => {
    const deliverable = gtmDeliverableOf(resolvePhase(record.issue, config), record.issue.labels);
    return deliverable ? [{ record, deliverable }] : [];
  });
}

/** The personas the requirements among `records` name (repeats allowed). */
function requirementPersonas(records: JiraIssue[], config: WorkflowConfig): string[] {
  return records.flatMap((r) =>
    resolvePhase(r.issue, config) === P.requirements && r.issue.pm?.personaKey ? [r.issue.pm.personaKey] : [],
  );
}

/** Every persona named, read once as the caller: the ones they cannot browse come back missing. */
async function resolvePersonas(
  deps: AppDeps,
  config: WorkflowConfig,
  parts: LaunchParts[],
  today: string,
): Promise<LaunchView[]> {
  const personaKeys = [
    ...new Set(
      parts.flatMap((p) => [...p.personaKeys, ...p.items.flatMap((i) => i.record.issue.pm?.personaKey ?? [])]),
    ),
  ];
  const visible = personaKeys.length > 0 ? await deps.jira.bulkFetch(personaKeys, { as: 'user' }) : [];
  const personas = new Map(visible.map((r) => [r.issue.key, r]));
  const isBuyerPersona = (key: string) => {
    const persona = personas.get(key);
    // A persona the caller cannot see is counted as one: its kind cannot be read without naming it.
    return persona === undefined || resolvePhase(persona.issue, config) === P.persona;
  };
  return parts.map((p) => launchView(p, { personas, isBuyerPersona, today }));
}

/** The launch is the item's parent, or either issue links the other. */
function belongsTo(item: JiraIssue, launch: JiraIssue): boolean {
  return (
    item.issue.parentId === launch.issue.id ||
    item.issue.links.some((l) => l.issueId === launch.issue.id) ||
    launch.issue.links.some((l) => l.issueId === item.issue.id)
  );
}

/** The launches' due dates, from one small roadmap search (the issue read carries no dates). */
async function launchDates(deps: AppDeps, launches: JiraIssue[]): Promise<Map<string, string>> {
  const keys = launches.map((l) => jqlString(l.issue.key)).join(', ');
  const page = await deps.jira.searchRoadmapItems(`key in (${keys}) ORDER BY key ASC`, {
    as: 'user',
    pageSize: LAUNCHES_MAX,
  });
  return new Map(page.items.flatMap((i) => (i.dueDate ? [[i.key, i.dueDate] as const] : [])));
}

function finish(view: LaunchReadinessView, outcomes: ReadOutcome[], tooMany = false): LaunchReadinessView {
  const cut = outcomes.find((o) => !o.complete);
  const complete = !cut && !tooMany;
  const note = cut?.note ?? view.note;
  const done = { ...view, complete, ...(note ? { note } : {}) };
  return completeOrIncomplete(done, {
    complete: !cut,
    ...(note ? { note } : {}),
    ...(cut?.retryAfterSeconds !== undefined ? { retryAfterSeconds: cut.retryAfterSeconds } : {}),
  });
}
