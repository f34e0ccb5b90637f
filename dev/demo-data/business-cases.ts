/**
 * Demo business cases and Build / Buy / Partner decisions (`pm-workflow.business-case`):
 * each product's first initiative (by key) has a case (benefits from the product's first
 * KPIs, a licence and hosting, written-down assumptions) and a decision made ("Buy"); its
 * Consolidation item (Business Case issue) a case and a decision still open; the other
 * initiatives nothing, so the project page shows decided, open and missing. Additive: it only writes properties on
 * existing issues, so no project's issue count changes. Deterministic: key order only.
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import {
  BUSINESS_CASE_PROPERTY_KEY,
  type BusinessCaseProperty,
  type DecisionInput,
} from '../../src/contract/business-case-property';
import { KPI_PROPERTY_KEY } from '../../src/contract/pm-property';
import { ADMIN, PRODUCT_OWNER } from './users';

type Issue = DatasetInput['issues'][number];
const DAY_MS = 86_400_000;

const OPTIONS = [
  { id: 'build', name: 'Build' },
  { id: 'buy', name: 'Buy' },
  { id: 'partner', name: 'Partner' },
];
const CRITERIA = [
  { id: 'cost', name: 'Total cost', weight: 3 },
  { id: 'time', name: 'Time to market', weight: 2 },
  { id: 'control', name: 'Control and differentiation', weight: 2 },
  { id: 'fit', name: 'Strategic fit', weight: 1 },
];
const RATINGS = {
  build: { cost: 4, time: 3, control: 9, fit: 8 },
  buy: { cost: 8, time: 9, control: 4, fit: 6 },
  partner: { cost: 6, time: 7, control: 5, fit: 7 },
};

export function addDemoBusinessCases(dataset: DatasetInput, now: Date): DatasetInput {
  const typeId = (name: string) => dataset.issueTypes.find((t) => t.name === name)?.id;
  const [initiativeType, businessCaseType, kpiType] = [typeId('Initiative'), typeId('Business Case'), typeId('KPI')];
  const admin = { accountId: ADMIN.accountId, displayName: ADMIN.displayName };
  const owner = { accountId: PRODUCT_OWNER.accountId, displayName: PRODUCT_OWNER.displayName };
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  for (const project of dataset.projects) {
    const inProject = (type: string | undefined) =>
      dataset.issues.filter((i) => i.fields.project.id === project.id && i.fields.issuetype.id === type).sort(byKey);
    const kpis = inProject(kpiType).filter((k) => k.properties?.[KPI_PROPERTY_KEY] !== undefined);
    [inProject(initiativeType)[0], inProject(businessCaseType)[0]].forEach((initiative, n) => {
      if (!initiative) return;
      const benefits = kpis.slice(n, n + 2).map((k, b) => ({ kpiKey: k.key, valuePerUnit: b === 0 ? 4000 : 1500 }));
      const decision: DecisionInput = {
        options: OPTIONS,
        criteria: CRITERIA,
        ratings: RATINGS,
        ...(n === 0
          ? {
              choice: 'buy',
              rationale: 'A vendor covers most of it today; we keep the differentiating parts in house.',
            }
          : {}),
      };
      const doc: BusinessCaseProperty = {
        schemaVersion: 1,
        version: 2,
        case: {
          costs: [
            { label: 'Vendor licence', amount: 12000, kind: 'one-off' },
            { label: 'Hosting and support', amount: 1500, kind: 'per-period' },
          ],
          benefits,
          assumptions: [
            'Benefits start in the quarter after launch and hold for three years.',
            'A story point costs the blended team rate (admin setting).',
            'Each KPI point is valued from last year\u2019s revenue per customer.',
          ],
          updatedAt: at(20),
          updatedBy: owner,
        },
        decision: {
          input: decision,
          updatedAt: at(10),
          updatedBy: admin,
          ...(n === 0 ? { decidedBy: admin, decidedAt: at(10) } : {}),
        },
      };
      write(initiative, doc);
    });
  }
  return dataset;
}

function write(issue: Issue, doc: BusinessCaseProperty): void {
  issue.properties = { ...(issue.properties ?? {}), [BUSINESS_CASE_PROPERTY_KEY]: doc };
}

const byKey = (a: Issue, b: Issue) => Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]);
