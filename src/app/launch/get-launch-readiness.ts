import type { LaunchReadinessView } from '../../contract/views-launch-readiness';
import { gtmDeliverableOf } from '../../domain/gtm/gtm-deliverable';
import { dayInZone } from '../../domain/roadmap/today-in-zone';
import { PHASE_IDS as P } from '../../domain/workflow/phase-ids';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
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

/**
 * For the project page: each launch (item of the Launch phase) the caller can see, with its
 * go-to-market readiness per buyer persona and segment (domain/gtm/launch-readiness.ts). A GTM
 * item belongs to the launches it is linked to or is a child of; the buyer personas are those
 * its initiatives' requirements and its GTM items name. Everything is read as the caller: a
 * persona they cannot browse is counted, never named. A read cut short answers `incomplete`.
 */
export async function getLaunchReadiness(deps: AppDeps, input: { projectKey: string }): Promise<LaunchReadinessView> {
  const [project, { config }, timeZone] = await Promise.all([
    deps.jira.getBrowsableProject(input.projectKey, { as: 'user' }),
    loadConfig(deps.store, deps.logger),
    siteTimeZone(deps),
  ]);
  if (!project) throw notFound('This project does not exist or you cannot see it.');
  const today = dayInZone(deps.clock.now().getTime(), timeZone);
  const launchJql = phaseItemsJql(input.projectKey, [P.launch], config);
  if (!launchJql) return { launches: [], total: 0, today, complete: true };
  const outcomes: ReadOutcome[] = [];
  const launchRead = await readAllIssues(deps.jira, launchJql, 'user');
  outcomes.push(launchRead);
  const allLaunches = launchRead.issues.filter((r) => resolvePhase(r.issue, config) === P.launch);
  const launches = allLaunches.slice(0, LAUNCHES_MAX);
  if (launches.length === 0) return finish({ launches: [], total: 0, today, complete: true }, outcomes);

  const gtmJql = phaseItemsJql(input.projectKey, GTM_PHASES, config);
  const [gtmRead, dates] = await Promise.all([
    gtmJql ? readAllIssues(deps.jira, gtmJql, 'user') : Promise.resolve({ issues: [], complete: true }),
    launchDates(deps, launches),
  ]);
  outcomes.push(gtmRead);
  const gtmItems = gtmRead.issues.flatMap((record) => {
    const deliverable = gtmDeliverableOf(resolvePhase(record.issue, config), record.issue.labels);
    return deliverable ? [{ record, deliverable }] : [];
  });

  const initiativeTypes = typesOfPhase(input.projectKey, P.strategies, config);
  const parts = await mapBounded(launches, SUBTREES_IN_FLIGHT, async (launch): Promise<LaunchParts> => {
    const initiatives = launch.linkedIssues
      .filter((l) => initiativeTypes.has(l.issueType))
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
      .slice(0, INITIATIVES_PER_LAUNCH);
    const requirements: JiraIssue[] = [];
    for (const initiative of initiatives) {
      const read = await readSubtree(deps.jira, initiative.key);
      outcomes.push(read);
      requirements.push(...read.issues.filter((r) => resolvePhase(r.issue, config) === P.requirements));
    }
    const items = gtmItems.filter(({ record }) => belongsTo(record, launch));
    const dueDate = dates.get(launch.issue.key);
    return {
      launch,
      ...(dueDate ? { launchDate: dueDate } : {}),
      initiatives: initiatives.map((i) => ({ key: i.key, summary: i.summary })),
      personaKeys: requirements.flatMap((r) => (r.issue.pm?.personaKey ? [r.issue.pm.personaKey] : [])),
      items,
    };
  });

  // Every persona named, read once as the caller: the ones they cannot browse come back missing.
  const personaKeys = [
    ...new Set(
      parts.flatMap((p) => [...p.personaKeys, ...p.items.flatMap((i) => i.record.issue.pm?.personaKey ?? [])]),
    ),
  ];
  const visible = await deps.jira.bulkFetch(personaKeys, { as: 'user' });
  const personas = new Map(visible.map((r) => [r.issue.key, r]));
  const isBuyerPersona = (key: string) => {
    const persona = personas.get(key);
    // A persona the caller cannot see is counted as one: its kind cannot be read without naming it.
    return persona === undefined || resolvePhase(persona.issue, config) === P.persona;
  };
  const tooMany = allLaunches.length > launches.length;
  const view: LaunchReadinessView = {
    launches: parts.map((p) => launchView(p, { personas, isBuyerPersona, today })),
    total: allLaunches.length,
    today,
    complete: true,
    ...(tooMany ? { note: `Showing the first ${launches.length} of ${allLaunches.length} launches.` } : {}),
  };
  return finish(view, outcomes, tooMany);
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
