/**
 * Demo customer evidence (`pm-workflow.evidence`) on the generated problems and on a few
 * requirements per product: each links the product's interviews with a strength (+1..+3)
 * and a source - a segment of the product, or the interviewed company (from the
 * interview's summary). Additive: it only writes properties on existing issues, so no
 * project's issue count changes. Deterministic: order of keys, no randomness.
 *
 * On each product's first problem one interview linked in Jira is left unrated, so the
 * panel's "linked in Jira, not rated yet" list has something to show.
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { EVIDENCE_PROPERTY_KEY, type EvidenceEntry, type EvidenceProperty } from '../../src/contract/evidence-property';
import { PRODUCTS } from './products';
import { ADMIN } from './users';

type Issue = DatasetInput['issues'][number];

const STRENGTHS = [3, 2, 1, 2] as const;
const DAY_MS = 86_400_000;
/** Requirements per product that get evidence (the first stories with PM data, by key order). */
const STORIES_PER_PRODUCT = 4;

export function addDemoEvidence(dataset: DatasetInput, now: Date): DatasetInput {
  const typeId = (name: string) => dataset.issueTypes.find((t) => t.name === name)?.id;
  const [interviewType, problemType, storyType] = [typeId('Interview'), typeId('Problem'), typeId('Story')];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const linkedAt = new Date(now.getTime() - DAY_MS).toISOString();
  for (const project of dataset.projects) {
    const segments = PRODUCTS.find((p) => p.key === project.key)?.segments ?? [];
    const inProject = (type: string | undefined) =>
      dataset.issues.filter((i) => i.fields.project.id === project.id && i.fields.issuetype.id === type).sort(byKey);
    const interviews = inProject(interviewType);
    if (interviews.length === 0) continue;
    const entry = (interview: Issue, n: number, observedOn: string): EvidenceEntry => {
      const company = /\bat (.+)$/.exec(interview.fields.summary)?.[1];
      const segment = segments.length > 0 ? segments[n % segments.length] : undefined;
      const asCustomer = (n % 2 === 1 && company !== undefined) || segment === undefined;
      return {
        key: interview.key,
        strength: STRENGTHS[n % STRENGTHS.length] as 1 | 2 | 3,
        sourceKind: asCustomer ? 'customer' : 'segment',
        source: (asCustomer ? (company ?? 'Unnamed customer') : (segment as string)).slice(0, 80),
        observedOn,
        linkedBy: ADMIN.accountId,
        linkedAt,
      };
    };
    inProject(problemType).forEach((problem, p) => {
      const linked = interviews.filter((i) =>
        (i.fields.issuelinks ?? []).some((l) => l.outwardIssue?.id === problem.id),
      );
      const rated = p === 0 && linked.length > 1 ? linked.slice(0, -1) : linked;
      const extra = interviews
        .filter((i) => !linked.includes(i))
        .slice(p % interviews.length, (p % interviews.length) + 2);
      // Heard on the day the interview was filed.
      const entries = [...rated, ...extra].map((interview, n) =>
        entry(interview, n + p, interview.fields.created.slice(0, 10)),
      );
      write(problem, entries);
    });
    const stories = inProject(storyType)
      .filter((s) => s.properties?.['pm-workflow.requirement'] !== undefined)
      .slice(0, STORIES_PER_PRODUCT);
    stories.forEach((story, s) => {
      // Fresher feedback (support tickets, sales calls): from two weeks to about a year ago.
      const entries = interviews
        .slice(0, 1 + (s % 3))
        .map((interview, n) => entry(interview, n + s, day(now.getTime() - (14 + 120 * n + 30 * s) * DAY_MS)));
      write(story, entries);
    });
  }
  return dataset;
}

function write(issue: Issue, entries: EvidenceEntry[]): void {
  if (entries.length === 0) return;
  const doc: EvidenceProperty = { schemaVersion: 1, version: 1, entries };
  issue.properties = { ...(issue.properties ?? {}), [EVIDENCE_PROPERTY_KEY]: doc };
}

function byKey(a: Issue, b: Issue): number {
  const n = (k: string) => Number(k.slice(k.lastIndexOf('-') + 1));
  return n(a.key) - n(b.key);
}
