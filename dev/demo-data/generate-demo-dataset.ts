/**
 * Deterministic demo data for the local runtime: a product portfolio with the
 * whole Open Product Management Workflow on Jira issue types, PM data and
 * scoring inputs on the requirements, KPIs with dated actuals, in the dataset
 * format of `dev/dataset/dataset-schema.ts`.
 *
 * Same `seed`, `issues` and `now` give byte-identical JSON: structure comes from
 * a seeded PRNG (rng.ts), text from a faker-made vocabulary (vocabulary.generated.ts),
 * dates from `now` only.
 *
 * @example
 *   const dataset = generateDemoDataset({ seed: 42, issues: 3000 });
 *   datasetSchema.parse(dataset); // passes
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { DraftBook, type Draft } from './drafts';
import { addDemoBusinessCases } from './business-cases';
import { addDemoEvidence } from './evidence';
import { addDemoGtmPersonas } from './gtm-personas';
import { addDemoFixVersions } from './fix-versions';
import { addRoadmapDates } from './roadmap-dates';
import { addDemoKanoSurveys } from './kano-surveys';
import { buildDelivery, type Delivery } from './hierarchy';
import { fields, issueLinkTypes, issueTypes, statuses } from './issue-types-and-statuses';
import { indexRequirements } from './index-requirements';
import { PRODUCTS } from './products';
import { appAccount, projectIdOf, projects } from './projects';
import { Rng } from './rng';
import { TextMaker } from './text';
import { ADMIN, DEMO_USERS, PRODUCT_OWNER, canBrowse, datasetUsers } from './users';
import { buildWorkflowItems, strategicCount, type ProductContext } from './workflow-items';

export const DEFAULT_SEED = 42;
export const DEFAULT_ISSUES = 3000;
export const DEFAULT_NOW = new Date('2026-11-01T09:00:00Z');
export const DATASET_FORMAT = 'pm-workflow-dataset/1' as const;

/** Per-product budget at which the strategic items reach their full counts. */
const FULL_STRATEGY_AT = 700;

export interface DemoDatasetOptions {
  /** PRNG seed (integer); default 42. */
  seed?: number;
  /** Approximate total number of issues; default 3000. Strategic items stay modest, delivery work scales. */
  issues?: number;
  /** The "current" time all dates are relative to; default 2026-11-01T09:00:00Z. */
  now?: Date;
}

export function generateDemoDataset(options: DemoDatasetOptions = {}): DatasetInput {
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.issues ?? DEFAULT_ISSUES;
  const now = (options.now ?? DEFAULT_NOW).getTime();
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`issues must be a non-negative integer, got ${total}`);
  if (!Number.isFinite(now)) throw new RangeError('now must be a valid date');

  const root = new Rng(seed);
  const book = new DraftBook();
  const deliveries = new Map<string, Delivery>();

  PRODUCTS.forEach((product, index) => {
    const share = total * product.weight;
    const rng = root.fork(`product:${product.key}`);
    const developers = DEMO_USERS.filter((u) => u.role === 'developer' && canBrowse(u, product.key)).map(
      (u) => u.accountId,
    );
    const owner = canBrowse(PRODUCT_OWNER, product.key) ? PRODUCT_OWNER.accountId : ADMIN.accountId;
    const ctx: ProductContext = {
      book,
      rng,
      text: new TextMaker(rng.fork('text'), product),
      now,
      product,
      projectId: projectIdOf(index),
      scale: Math.min(1, share / FULL_STRATEGY_AT),
      owner,
      developers: developers.length > 0 ? developers : [owner],
      editors: [owner, ...developers.slice(0, 1)],
      noDataKpi: product.key === 'ANA',
    };
    const items = buildWorkflowItems(ctx);
    const budget = Math.max(4, Math.round(share) - strategicCount(items));
    deliveries.set(product.key, buildDelivery(ctx, items, budget));
  });

  linkPlatformWork(root.fork('cross-project'), book, deliveries);

  // The JQL index as the app writes it on a save (same function), now that every linked item exists.
  // GTM items' PM documents (persona) before the index, so theirs is what a save would write.
  const dataset = indexRequirements(
    addDemoGtmPersonas(
      {
        format: DATASET_FORMAT,
        projects: projects(),
        issueTypes: issueTypes(),
        statuses: statuses(),
        fields: fields(),
        issueLinkTypes: issueLinkTypes(),
        users: datasetUsers(),
        appAccount: appAccount(),
        issues: book.finalize(),
        appStorage: {},
      },
      new Date(now),
    ),
    new Date(now),
  );
  // Business cases and decisions last: properties only, no issue added (business-cases.ts).
  // Kano surveys last: they re-index the requirement documents (kano-surveys.ts).
  return addDemoKanoSurveys(
    addDemoBusinessCases(
      // Fix versions after the dates: an epic left unscheduled gets a release to be due by (fix-versions.ts).
      addDemoFixVersions(addRoadmapDates(addDemoEvidence(dataset, new Date(now)), new Date(now)), new Date(now)),
      new Date(now),
    ),
    new Date(now),
  );
}

/**
 * Platform work that blocks product stories: cross-project links, so a user
 * who cannot browse PLAT sees a link to an issue they may not open.
 */
function linkPlatformWork(rng: Rng, book: DraftBook, deliveries: Map<string, Delivery>): void {
  const platform = deliveries.get('PLAT');
  const blocked: Draft[] = [...(deliveries.get('CHK')?.stories ?? []), ...(deliveries.get('MOB')?.stories ?? [])];
  if (!platform || blocked.length === 0) return;
  const blockers = [...platform.tasks, ...platform.stories];
  const n = Math.min(blockers.length, Math.max(2, Math.round(blockers.length * 0.05)));
  for (const blocker of rng.sample(blockers, n)) book.link(blocker, 'Blocks', rng.pick(blocked));
}

export { DEMO_USERS } from './users';
export { PRODUCTS } from './products';
export {
  ISSUE_TYPES,
  STATUSES,
  LINK_TYPES,
  STORY_POINTS_FIELD,
  STORY_POINT_ESTIMATE_FIELD,
  START_DATE_FIELD,
} from './issue-types-and-statuses';
export { APP_HIDDEN_PROJECTS, storyPointsFieldOf } from './projects';
export { GTM_LABELS, USER_LABEL, ANALYSIS_KINDS } from './workflow-items';
