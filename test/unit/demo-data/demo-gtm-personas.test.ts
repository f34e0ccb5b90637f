import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { PM_PROPERTY_KEY, pmPropertySchema } from '../../../src/contract/pm-property';
import { gtmDeliverableOf, segmentOf } from '../../../src/domain/gtm/gtm-deliverable';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { resolvePhase } from '../../../src/domain/workflow/resolve-phase';

describe('demo GTM personas (dev/demo-data/gtm-personas.ts)', () => {
  // The default demo (the one the local runtime serves); smaller ones have one message item and no website.
  const dataset = generateDemoDataset();
  const typeName = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const projectKey = new Map(dataset.projects.map((p) => [p.id, p.key]));
  const byKey = new Map(dataset.issues.map((i) => [i.key, i]));
  const gtm = dataset.issues.flatMap((i) => {
    if (typeName.get(i.fields.issuetype.id) !== 'Go-to-Market') return [];
    const pm = pmPropertySchema.safeParse(i.properties?.[PM_PROPERTY_KEY]);
    const phase = resolvePhase(
      {
        projectKey: projectKey.get(i.fields.project.id) ?? '',
        issueType: 'Go-to-Market',
        labels: i.fields.labels ?? [],
        components: [],
        ...(pm.success ? { pm: { kpiKeys: [], scores: {} } } : {}),
      },
      defaultWorkflowConfig,
    );
    return [
      { issue: i, deliverable: gtmDeliverableOf(phase, i.fields.labels ?? []), pm: pm.success ? pm.data : undefined },
    ];
  });

  it('every deliverable names a buyer persona of its own project; the GTM team names none', () => {
    expect(gtm.length).toBeGreaterThan(0);
    for (const { issue, deliverable, pm } of gtm) {
      if (deliverable === null) {
        expect(pm).toBeUndefined();
        continue;
      }
      const persona = byKey.get(pm?.personaKey ?? '');
      expect(persona && typeName.get(persona.fields.issuetype.id)).toBe('Persona');
      expect(persona?.fields.labels).not.toContain('user');
      expect(persona?.fields.project.id).toBe(issue.fields.project.id);
    }
  });

  it('shows every deliverable, segments by label, and a product with a buyer persona that has no market message', () => {
    expect(new Set(gtm.map((g) => g.deliverable))).toEqual(new Set([null, 'message', 'sales', 'website', 'packaging']));
    expect(gtm.some((g) => g.deliverable === 'message' && segmentOf(g.issue.fields.labels ?? []) !== null)).toBe(true);
    const flagged = dataset.projects.some((project) => {
      const items = gtm.filter((g) => g.issue.fields.project.id === project.id && g.deliverable !== null);
      const named = new Set(items.map((g) => g.pm?.personaKey));
      const withMessage = new Set(items.filter((g) => g.deliverable === 'message').map((g) => g.pm?.personaKey));
      return [...named].some((p) => !withMessage.has(p));
    });
    expect(flagged).toBe(true);
  });
});
