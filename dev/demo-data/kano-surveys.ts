/**
 * Demo Kano surveys (`scores.kanoSurvey` in the requirement document): on the first three open
 * stories with PM data of each product (key order), 12 to 16 respondents' answer pairs with a
 * profile per story (mostly attractive, mostly must-be, a must-be / one-dimensional tie), the
 * respondents named by the product's segments. Additive: properties only, no issue is added,
 * so no project's issue count changes; deterministic (no randomness). The requirement index is
 * written again afterwards, so `pmKanoScore` is the survey's category as the app would write it.
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { PM_PROPERTY_KEY } from '../../src/contract/pm-property';
import type { KanoAnswer } from '../../src/domain/issue/pm-issue';
import { indexRequirements } from './index-requirements';
import { PRODUCTS } from './products';

type Pair = [KanoAnswer, KanoAnswer];
const A: Pair = ['like', 'neutral'];
const O: Pair = ['like', 'dislike'];
const M: Pair = ['expect', 'dislike'];
const I: Pair = ['neutral', 'neutral'];
const R: Pair = ['dislike', 'like'];

/** One profile per story: what its respondents mostly answer. */
const PROFILES: readonly Pair[][] = [
  [A, A, A, A, A, A, O, O, O, M, I, I, I, R],
  [M, M, M, M, M, M, M, O, O, I, I, A],
  [M, M, M, M, M, O, O, O, O, O, A, A, I, I, I, R],
];
const STORIES_PER_PRODUCT = PROFILES.length;

export function addDemoKanoSurveys(dataset: DatasetInput, now: Date): DatasetInput {
  const story = dataset.issueTypes.find((t) => t.name === 'Story')?.id;
  const done = new Set(dataset.statuses.filter((s) => s.statusCategory === 'done').map((s) => s.id));
  let changed = false;
  for (const project of dataset.projects) {
    const segments = PRODUCTS.find((p) => p.key === project.key)?.segments ?? ['Customer'];
    const stories = dataset.issues
      .filter(
        (i) =>
          i.fields.project.id === project.id &&
          i.fields.issuetype.id === story &&
          !done.has(i.fields.status.id) &&
          i.properties?.[PM_PROPERTY_KEY] !== undefined,
      )
      .sort((a, b) => Number(a.key.slice(a.key.lastIndexOf('-') + 1)) - Number(b.key.slice(b.key.lastIndexOf('-') + 1)))
      .slice(0, STORIES_PER_PRODUCT);
    stories.forEach((issue, s) => {
      const profile = PROFILES[s] as Pair[];
      const responses = profile.map(([functional, dysfunctional], n) => ({
        functional,
        dysfunctional,
        respondent: `${segments[n % segments.length]} #${n + 1}`,
      }));
      const doc = issue.properties?.[PM_PROPERTY_KEY] as { scores?: Record<string, unknown> };
      issue.properties = {
        ...issue.properties,
        [PM_PROPERTY_KEY]: { ...doc, scores: { ...(doc.scores ?? {}), kanoSurvey: { responses } } },
      };
      changed = true;
    });
  }
  return changed ? indexRequirements(dataset, now) : dataset;
}
