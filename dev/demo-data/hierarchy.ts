/**
 * The delivery tree of one product: epics under initiatives, stories / tasks /
 * bugs under epics, sub-tasks under stories (and a few under tasks and bugs),
 * all through `fields.parent`; the sub-tasks of stories of 8 points or more carry points too. Epics and stories carry the requirement
 * document; stories mostly inherit their epic's problem, persona, scenario
 * and KPIs, and some links are left out so readiness gaps show. The size of
 * the tree follows the delivery budget (the `issues` option).
 */
import type { Draft } from './drafts';
import type { IssueTypeName } from './issue-types-and-statuses';
import { makeRequirement, type RequirementLinks } from './pm-data';
import { DAY, categoryOf, daysAgo, isoDate, makeLife, type StatusProfile } from './timeline';
import type { ProductContext, WorkflowItems } from './workflow-items';

const EPIC: StatusProfile = { matureDays: 360, maxDone: 0.7, inProgressShare: 0.55, wontDo: 0.04 };
const WORK: StatusProfile = { matureDays: 120, maxDone: 0.9, inProgressShare: 0.35, wontDo: 0.05 };

// Weight tables (relative weights), kept as constants: they are used a few hundred thousand times.
const STORY_POINTS = [
  [1, 2],
  [2, 3],
  [3, 4],
  [5, 3],
  [8, 2],
  [13, 1],
] as const;
const EPIC_KPI_COUNT = [
  [0, 25],
  [1, 50],
  [2, 25],
] as const;
const CHILD_TYPES: readonly (readonly [IssueTypeName, number])[] = [
  ['Story', 60],
  ['Task', 22],
  ['Bug', 18],
];
const LABEL_COUNT = [
  [0, 60],
  [1, 30],
  [2, 10],
] as const;
const STORY_SUB_TASKS = [
  [0, 45],
  [1, 25],
  [2, 15],
  [3, 10],
  [4, 5],
] as const;
const TASK_SUB_TASKS = [
  [0, 80],
  [1, 12],
  [2, 8],
] as const;
const BUG_SUB_TASKS = [
  [0, 92],
  [1, 8],
] as const;

export interface Delivery {
  epics: Draft[];
  stories: Draft[];
  tasks: Draft[];
  bugs: Draft[];
  subTasks: Draft[];
}

function pickOr(ctx: ProductContext, items: readonly Draft[], probability: number): Draft | undefined {
  if (items.length === 0 || !ctx.rng.chance(probability)) return undefined;
  // Most requirements build on settled discovery work, so the demo shows ready
  // requirements next to ones whose upstream items are still open.
  const settled = items.filter((item) => item.life.status === 'Done');
  return ctx.rng.pick(settled.length > 0 && ctx.rng.chance(0.8) ? settled : items);
}

function epicLinks(ctx: ProductContext, items: WorkflowItems): RequirementLinks {
  const { rng } = ctx;
  const kpiCount = rng.weighted(EPIC_KPI_COUNT);
  return {
    problem: pickOr(ctx, items.problems, 0.85),
    persona: pickOr(ctx, [...items.personas, ...items.userPersonas], 0.8),
    scenario: pickOr(ctx, [...items.scenarios, ...items.useScenarios], 0.7),
    kpis: rng.sample(items.kpis, kpiCount),
  };
}

/** A story keeps its epic's link most of the time, sometimes points elsewhere, sometimes has none. */
function storyLinks(ctx: ProductContext, items: WorkflowItems, epic: RequirementLinks): RequirementLinks {
  const { rng } = ctx;
  const inherit = <T>(fromEpic: T | undefined, all: readonly T[]): T | undefined => {
    const r = rng.next();
    if (fromEpic !== undefined && r < 0.8) return fromEpic;
    if (r < 0.9) return all.length > 0 ? rng.pick(all) : undefined;
    return undefined;
  };
  return {
    problem: inherit(epic.problem, items.problems),
    persona: inherit(epic.persona, items.userPersonas.length > 0 ? items.userPersonas : items.personas),
    scenario: inherit(epic.scenario, items.useScenarios.length > 0 ? items.useScenarios : items.scenarios),
    kpis: rng.chance(0.7) ? epic.kpis.slice() : rng.chance(0.5) ? rng.sample(items.kpis, 1) : [],
  };
}

export function buildDelivery(ctx: ProductContext, items: WorkflowItems, budget: number): Delivery {
  const { book, rng, text, now, product } = ctx;
  const delivery: Delivery = { epics: [], stories: [], tasks: [], bugs: [], subTasks: [] };
  const base = { projectKey: product.key, projectId: ctx.projectId };
  const developer = () => rng.pick(ctx.developers);
  const features = rng.sample(product.features, product.features.length);
  let remaining = Math.max(0, budget);
  let epicIndex = 0;

  while (remaining > 0) {
    const feature = features[epicIndex % features.length] ?? product.name;
    const round = Math.floor(epicIndex / features.length) + 1;
    epicIndex += 1;
    remaining -= 1;

    const initiative = rng.chance(0.92) ? rng.pick(items.initiatives) : undefined;
    const epicLife = makeLife(rng, now, { from: daysAgo(now, 420), to: daysAgo(now, 20) }, EPIC, initiative?.life);
    const links = epicLinks(ctx, items);
    const epic = book.add({
      ...base,
      type: 'Epic',
      ...text.epic(feature, round),
      parent: initiative,
      components: rng.chance(0.5) ? [rng.pick(product.components)] : [],
      assignee: rng.chance(0.7) ? ctx.owner : developer(),
      reporter: ctx.owner,
      life: epicLife,
      duedate: rng.chance(0.5) ? isoDate(epicLife.created + rng.int(30, 200) * DAY) : null,
      requirement: makeRequirement({ rng, now, epic: true, created: epicLife.created, editors: ctx.editors }, links),
    });
    if (categoryOf(epicLife.status) !== 'new') epic.startDate = isoDate(epicLife.created + rng.int(0, 14) * DAY);
    if (items.launch && initiative === items.initiatives[0] && rng.chance(0.15))
      book.link(epic, 'Blocks', items.launch);
    delivery.epics.push(epic);

    const children = Math.min(remaining, rng.int(6, 24));
    const epicStories: Draft[] = [];
    for (let c = 0; c < children && remaining > 0; c += 1) {
      remaining -= 1;
      const type = rng.weighted(CHILD_TYPES);
      const life = makeLife(rng, now, { from: epicLife.created, to: now - DAY }, WORK, epicLife);
      const started = categoryOf(life.status) !== 'new';
      const labels =
        type === 'Bug'
          ? [...(rng.chance(0.2) ? ['regression'] : []), ...(rng.chance(0.2) ? ['customer-reported'] : [])]
          : rng.sample(product.labels, rng.weighted(LABEL_COUNT)).sort();
      const childFeature = rng.chance(0.75) ? feature : text.feature();
      const common = {
        ...base,
        parent: epic,
        labels,
        components: rng.chance(0.8) ? [rng.pick(product.components)] : [],
        assignee: started || rng.chance(0.5) ? developer() : null,
        reporter: rng.chance(0.6) ? ctx.owner : developer(),
        life,
      };
      let child: Draft;
      if (type === 'Story') {
        const role = rng.pick(product.userRoles);
        child = book.add({
          ...common,
          type,
          ...text.story(childFeature, role),
          storyPoints: rng.chance(0.92) ? rng.weighted(STORY_POINTS) : null,
          requirement: makeRequirement(
            { rng, now, epic: false, created: life.created, editors: ctx.editors },
            storyLinks(ctx, items, links),
          ),
        });
        if (started && rng.chance(0.4)) child.startDate = isoDate(life.created + rng.int(0, 7) * DAY);
        if (epicStories.length > 0 && rng.chance(0.05)) book.link(child, 'Blocks', rng.pick(epicStories));
        epicStories.push(child);
        delivery.stories.push(child);
      } else if (type === 'Task') {
        child = book.add({
          ...common,
          type,
          summary: text.task(childFeature),
          ...(rng.chance(0.7) ? { storyPoints: rng.pick([1, 2, 3, 5]) } : {}),
        });
        delivery.tasks.push(child);
      } else {
        child = book.add({
          ...common,
          type,
          summary: text.bug(childFeature),
          ...(rng.chance(0.4) ? { storyPoints: rng.pick([1, 2, 3]) } : {}),
        });
        if (epicStories.length > 0 && rng.chance(0.4)) book.link(child, 'Relates', rng.pick(epicStories));
        const otherBug = delivery.bugs.length > 0 && rng.chance(0.03) ? rng.pick(delivery.bugs) : undefined;
        if (otherBug) book.link(child, 'Duplicate', otherBug);
        delivery.bugs.push(child);
      }

      const subTaskCount =
        type === 'Story'
          ? rng.weighted(STORY_SUB_TASKS)
          : type === 'Task'
            ? rng.weighted(TASK_SUB_TASKS)
            : rng.weighted(BUG_SUB_TASKS);
      // A large story's sub-tasks are estimated too (3 points each, no draw, so the random stream is
      // unchanged): effort on a story and its sub-tasks, which the app counts once (the sub-tasks').
      const splitPoints = type === 'Story' && (child.storyPoints ?? 0) >= 8 ? { storyPoints: 3 } : {};
      for (let s = 0; s < subTaskCount && remaining > 0; s += 1) {
        remaining -= 1;
        const subLife = makeLife(rng, now, { from: life.created, to: now - DAY }, WORK, life);
        delivery.subTasks.push(
          book.add({
            ...base,
            type: 'Sub-task',
            summary: text.subTask(),
            ...splitPoints,
            parent: child,
            assignee: categoryOf(subLife.status) !== 'new' || rng.chance(0.5) ? (child.assignee ?? developer()) : null,
            reporter: child.assignee ?? ctx.owner,
            life: subLife,
          }),
        );
      }
    }
  }
  return delivery;
}
