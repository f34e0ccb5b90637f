/**
 * Demo go-to-market readiness: each product's GTM items (workflow-items.ts) name a buyer persona
 * in their PM document (`personaKey`, edited in the issue panel like a requirement's) and a
 * market segment by label (`segment-<name>`), so the project page's launch readiness has a
 * matrix to show. Every buyer persona but the last gets a market message, so a launch with two
 * or more buyer personas is flagged (a persona without a message). When a product has a second
 * message item it becomes the website (label `website`), so every deliverable appears.
 * Additive: labels, summaries and properties of existing issues only; deterministic (key order).
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { PM_PROPERTY_KEY, PM_PROPERTY_SCHEMA_VERSION, type PmProperty } from '../../src/contract/pm-property';
import { SEGMENT_LABEL_PREFIX, WEBSITE_LABEL } from '../../src/domain/gtm/gtm-deliverable';
import { PRODUCTS } from './products';
import { ADMIN } from './users';
import { USER_LABEL } from './workflow-items';

type Issue = DatasetInput['issues'][number];
const DAY_MS = 86_400_000;

export function addDemoGtmPersonas(dataset: DatasetInput, now: Date): DatasetInput {
  const typeId = (name: string) => dataset.issueTypes.find((t) => t.name === name)?.id;
  const [personaType, gtmType] = [typeId('Persona'), typeId('Go-to-Market')];
  const updatedAt = new Date(now.getTime() - DAY_MS).toISOString();
  for (const project of dataset.projects) {
    const segments = PRODUCTS.find((p) => p.key === project.key)?.segments ?? [];
    const inProject = (type: string | undefined) =>
      dataset.issues.filter((i) => i.fields.project.id === project.id && i.fields.issuetype.id === type).sort(byKey);
    const buyers = inProject(personaType).filter((p) => !(p.fields.labels ?? []).includes(USER_LABEL));
    const gtm = inProject(gtmType);
    if (buyers.length === 0 || gtm.length === 0) continue;
    const labelled = (label: string) => gtm.filter((i) => (i.fields.labels ?? []).includes(label));
    const segment = (n: number) => (segments.length > 0 ? slug(segments[n % segments.length] as string) : undefined);
    const launch = /"(.+)" launch/.exec(labelled('gtm-sales')[0]?.fields.summary ?? '')?.[1] ?? project.name;
    const [firstMessage, website, ...moreMessages] = labelled('gtm-message');
    const messages = [firstMessage, ...moreMessages].filter((m): m is Issue => m !== undefined);
    if (website) {
      website.fields.labels = ['gtm-sales', WEBSITE_LABEL];
      website.fields.summary = `Website landing page for the "${launch}" launch`;
      assign(website, buyers[0] as Issue, segment(0));
    }
    // The last buyer persona gets no message (when there are two or more): the flag to show.
    const withMessage = Math.max(1, buyers.length - 1);
    messages.forEach((message, i) => {
      const s = segment(i);
      message.fields.summary = `Market message${s ? ` for ${segments[i % segments.length]}` : ''}`;
      assign(message, buyers[i % withMessage] as Issue, s);
    });
    for (const sales of labelled('gtm-sales').filter((i) => i !== website)) {
      // The website is a deliverable of its own in the readiness view.
      sales.fields.summary = `Sales arguments for the "${launch}" launch`;
      assign(sales, buyers[0] as Issue, segment(0));
    }
    for (const packaging of labelled('gtm-packaging')) assign(packaging, buyers[buyers.length - 1] as Issue, undefined);
  }
  return dataset;

  function assign(item: Issue, persona: Issue, segmentSlug: string | undefined): void {
    const labels = (item.fields.labels ?? []).filter((l) => !l.startsWith(SEGMENT_LABEL_PREFIX));
    item.fields.labels = segmentSlug ? [...labels, `${SEGMENT_LABEL_PREFIX}${segmentSlug}`] : labels;
    const doc: PmProperty = {
      schemaVersion: PM_PROPERTY_SCHEMA_VERSION,
      version: 1,
      personaKey: persona.key,
      kpiKeys: [],
      scores: {},
      updatedAt,
      updatedBy: ADMIN.accountId,
      index: {},
    };
    item.properties = { ...(item.properties ?? {}), [PM_PROPERTY_KEY]: doc };
  }
}

/** Jira labels have no spaces. */
function slug(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function byKey(a: Issue, b: Issue): number {
  const n = (k: string) => Number(k.slice(k.lastIndexOf('-') + 1));
  return n(a.key) - n(b.key);
}
