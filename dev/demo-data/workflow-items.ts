/**
 * One product's items outside the delivery tree, on the issue types the
 * default phase mapping uses:
 * - strategic: Interview, Problem, Persona, Scenario, Analysis, KPI,
 *   Business Case, Initiative (strategies);
 * - technical: Persona / Scenario with label "user" (user personas, use scenarios);
 * - go-to-market: Go-to-Market with labels gtm-team / gtm-message / gtm-sales /
 *   gtm-packaging, and Launch (not for the internal platform).
 * Counts grow with the product's share of the dataset, within modest bounds.
 */
import type { DraftBook, Draft } from './drafts';
import { makeKpi, type KpiTrajectory } from './kpis';
import type { ProductTemplate } from './products';
import type { Rng } from './rng';
import { TextMaker } from './text';
import { DAY, daysAgo, isoDate, makeLife, type StatusProfile } from './timeline';
import type { StatusCategory } from './issue-types-and-statuses';

export const GTM_LABELS = ['gtm-team', 'gtm-message', 'gtm-sales', 'gtm-packaging'] as const;
export const USER_LABEL = 'user';
export const ANALYSIS_KINDS = ['own-customers', 'competitor-customers', 'potential-customers', 'market'] as const;

const DISCOVERY: StatusProfile = { matureDays: 300, maxDone: 0.8, inProgressShare: 0.6, wontDo: 0.05 };
const INTERVIEW: StatusProfile = { matureDays: 90, maxDone: 0.95, inProgressShare: 0.5, wontDo: 0.05 };
const STRATEGY: StatusProfile = { matureDays: 900, maxDone: 0.3, inProgressShare: 0.85, wontDo: 0 };
const GTM: StatusProfile = { matureDays: 150, maxDone: 0.7, inProgressShare: 0.5, wontDo: 0.02 };

export interface ProductContext {
  book: DraftBook;
  rng: Rng;
  text: TextMaker;
  now: number;
  product: ProductTemplate;
  projectId: string;
  /** 0..1: how far towards the full set of strategic items this product goes. */
  scale: number;
  /** Who writes and owns the strategic items. */
  owner: string;
  /** Developers who may browse this project. */
  developers: readonly string[];
  /** Editors of PM data (product owner or admin). */
  editors: readonly string[];
  /** Give this product's last KPI no actuals. */
  noDataKpi: boolean;
}

export interface WorkflowItems {
  interviews: Draft[];
  problems: Draft[];
  personas: Draft[];
  userPersonas: Draft[];
  scenarios: Draft[];
  useScenarios: Draft[];
  analyses: Draft[];
  kpis: Draft[];
  businessCase: Draft;
  initiatives: Draft[];
  goToMarket: Draft[];
  launch?: Draft;
}

function count(ctx: ProductContext, min: number, max: number): number {
  const n = Math.round(min + (max - min) * ctx.scale + ctx.rng.int(-1, 1) * (ctx.scale > 0.3 ? 1 : 0));
  return Math.max(min, Math.min(max, n));
}

/** Category for the i-th of n items: the first is done, the last (of several) still open. */
function spread(i: number, n: number): StatusCategory | undefined {
  if (i === 0) return 'done';
  if (n > 1 && i === n - 1) return 'indeterminate';
  return undefined;
}

export function buildWorkflowItems(ctx: ProductContext): WorkflowItems {
  const { book, rng, text, now, product } = ctx;
  const base = {
    projectKey: product.key,
    projectId: ctx.projectId,
    reporter: ctx.owner,
  };
  const assignee = () => (rng.chance(0.9) ? ctx.owner : null);
  const add = (
    type: Parameters<DraftBook['add']>[0]['type'],
    content: { summary: string; description: string },
    window: [number, number],
    profile: StatusProfile,
    extra: { labels?: string[]; force?: StatusCategory; duedate?: string | null } = {},
  ): Draft =>
    book.add({
      ...base,
      type,
      ...content,
      labels: extra.labels ?? [],
      assignee: assignee(),
      life: makeLife(
        rng,
        now,
        { from: daysAgo(now, window[0]), to: daysAgo(now, window[1]) },
        profile,
        undefined,
        extra.force,
      ),
      duedate: extra.duedate ?? null,
    });

  // Interview -> Problem / Persona / Scenario
  const interviews = Array.from({ length: count(ctx, 1, 6) }, () =>
    add('Interview', text.interview(), [540, 300], INTERVIEW),
  );
  const problemStatements = rng.sample(product.problems, count(ctx, 1, Math.min(5, product.problems.length)));
  const problems = problemStatements.map((s, i, all) =>
    add('Problem', text.problem(s), [480, 200], DISCOVERY, { force: spread(i, all.length) }),
  );
  interviews.forEach((interview, i) => {
    const problem = problems[i % problems.length];
    if (problem) book.link(interview, 'Relates', problem);
  });
  const buyerRoles = rng.sample(product.buyerRoles, count(ctx, 1, Math.min(3, product.buyerRoles.length)));
  const personas = buyerRoles.map((role, i, all) =>
    add('Persona', text.persona(role, false), [480, 200], DISCOVERY, { force: spread(i, all.length) }),
  );
  const situations = rng.sample(product.scenarios, count(ctx, 1, Math.min(4, product.scenarios.length)));
  const scenarios = situations.map((s, i, all) => {
    const persona = rng.pick(personas);
    const role = buyerRoles[personas.indexOf(persona)] ?? product.buyerRoles[0] ?? 'customer';
    const draft = add('Scenario', text.scenario(s, role, false), [450, 180], DISCOVERY, {
      force: spread(i, all.length),
    });
    book.link(draft, 'Relates', persona);
    return draft;
  });

  // Analysis
  const analyses = ANALYSIS_KINDS.slice(0, count(ctx, 1, 4)).map((kind) =>
    add('Analysis', text.analysis(kind), [420, 120], DISCOVERY, { labels: [kind] }),
  );

  // Check: KPIs (their issue is created shortly before the measured period starts)
  const trajectories: KpiTrajectory[] = ['on-track', 'off-track', 'at-risk', 'on-track'];
  const kpiTemplates = product.kpis.slice(0, count(ctx, 2, Math.min(4, product.kpis.length)));
  const kpis = kpiTemplates.map((template, i) => {
    const last = i === kpiTemplates.length - 1;
    const trajectory: KpiTrajectory = ctx.noDataKpi && last ? 'no-data' : (trajectories[i] ?? 'on-track');
    const plan = makeKpi(rng, now, template, trajectory);
    const start = plan.periodStartMs;
    const life = makeLife(
      rng,
      now,
      { from: start - 40 * DAY, to: Math.min(start - 5 * DAY, now - DAY) },
      DISCOVERY,
      undefined,
      trajectory === 'no-data' ? 'indeterminate' : rng.chance(0.85) ? 'done' : 'indeterminate',
    );
    return book.add({
      ...base,
      type: 'KPI',
      ...text.kpi(template.name),
      assignee: assignee(),
      life,
      duedate: plan.property.dueDate,
      kpi: plan.property,
    });
  });

  // Consolidation: business case; strategies: initiatives
  const businessCase = add(
    'Business Case',
    text.businessCase(new Date(daysAgo(now, 300)).getUTCFullYear() + 1),
    [330, 150],
    DISCOVERY,
  );
  const themes = rng.sample(product.themes, count(ctx, 1, Math.min(3, product.themes.length)));
  const initiatives = themes.map((theme, i) => {
    const draft = add('Initiative', text.initiative(theme), [400, 200], STRATEGY, {
      force: i === 0 ? 'indeterminate' : undefined,
      duedate: isoDate(now + rng.int(60, 360) * DAY),
    });
    draft.startDate = isoDate(draft.life.created + rng.int(1, 20) * DAY);
    book.link(draft, 'Relates', businessCase);
    const kpi = rng.pick(kpis);
    book.link(draft, 'Relates', kpi);
    return draft;
  });
  for (const analysis of analyses) book.link(analysis, 'Relates', rng.pick(initiatives));

  // Technical PM: user personas and use scenarios
  const userRoles = rng.sample(product.userRoles, count(ctx, 1, Math.min(2, product.userRoles.length)));
  const userPersonas = userRoles.map((role, i, all) =>
    add('Persona', text.persona(role, true), [380, 120], DISCOVERY, {
      labels: [USER_LABEL],
      force: spread(i, all.length),
    }),
  );
  const useSituations = rng.sample(product.scenarios, count(ctx, 1, Math.min(3, product.scenarios.length)));
  const useScenarios = useSituations.map((s) => {
    const persona = rng.pick(userPersonas);
    const role = userRoles[userPersonas.indexOf(persona)] ?? 'user';
    const draft = add('Scenario', text.scenario(s, role, true), [360, 90], DISCOVERY, { labels: [USER_LABEL] });
    book.link(draft, 'Relates', persona);
    return draft;
  });

  // Go-to-market
  const goToMarket: Draft[] = [];
  let launch: Draft | undefined;
  if (product.hasGoToMarket) {
    const theme = themes[0] ?? product.name;
    const launchName = theme;
    launch = add('Launch', text.launch(launchName), [150, 5], GTM, {
      force: rng.chance(0.5) ? 'new' : 'indeterminate',
      duedate: isoDate(now + rng.int(20, 120) * DAY),
    });
    const firstInitiative = initiatives[0];
    if (firstInitiative) book.link(launch, 'Relates', firstInitiative);
    for (const label of GTM_LABELS) {
      const n = label === 'gtm-message' ? count(ctx, 1, 2) : 1;
      for (let i = 0; i < n; i += 1) {
        const item = add('Go-to-Market', text.gtm(label, launchName), [200, 10], GTM, {
          labels: [label],
          duedate: rng.chance(0.6) ? isoDate(now + rng.int(5, 90) * DAY) : null,
        });
        book.link(item, 'Blocks', launch);
        goToMarket.push(item);
      }
    }
  }

  return {
    interviews,
    problems,
    personas,
    userPersonas,
    scenarios,
    useScenarios,
    analyses,
    kpis,
    businessCase,
    initiatives,
    goToMarket,
    launch,
  };
}

export function strategicCount(items: WorkflowItems): number {
  return (
    items.interviews.length +
    items.problems.length +
    items.personas.length +
    items.userPersonas.length +
    items.scenarios.length +
    items.useScenarios.length +
    items.analyses.length +
    items.kpis.length +
    1 +
    items.initiatives.length +
    items.goToMarket.length +
    (items.launch ? 1 : 0)
  );
}
