import { defaultWorkflowConfig } from '../../../src/domain';
import { datasetSchema, type Dataset, type DatasetInput, type DatasetIssue } from '../../../dev/dataset/dataset-schema';
import {
  KPI_PROPERTY_KEY,
  PM_PROPERTY_KEY,
  kpiPropertySchema,
  pmPropertySchema,
} from '../../../src/contract/pm-property';
import { generateDemoDataset, DEFAULT_NOW, storyPointsFieldOf } from '../../../dev/demo-data/generate-demo-dataset';
import { jiraSummary } from '../../../dev/demo-data/text';
import { indexRequirements } from '../../../dev/demo-data/index-requirements';
import { riceValue } from '../../../src/domain/scoring/score-rice';
import { scoreIssue } from '../../../src/domain/scoring/score-issue';
import { ALL_SCORE_MODELS } from '../../../src/contract/score-models';
import { rankValue, scoreViewOf } from '../../../src/contract/score-views';

const parse = (issues: number, seed = 42): Dataset => datasetSchema.parse(generateDemoDataset({ seed, issues }));

describe('generateDemoDataset', () => {
  const dataset = parse(3000);
  const typeById = new Map(dataset.issueTypes.map((t) => [t.id, t]));
  const statusById = new Map(dataset.statuses.map((s) => [s.id, s]));
  const projectById = new Map(dataset.projects.map((p) => [p.id, p]));
  const issueById = new Map(dataset.issues.map((i) => [i.id, i]));
  const issueByKey = new Map(dataset.issues.map((i) => [i.key, i]));
  const typeName = (i: DatasetIssue): string => typeById.get(i.fields.issuetype.id)?.name ?? '?';
  const projectKey = (i: DatasetIssue): string => projectById.get(i.fields.project.id)?.key ?? '?';
  const ofType = (name: string) => dataset.issues.filter((i) => typeName(i) === name);

  describe('determinism', () => {
    it('gives byte-identical JSON for the same seed, size and now', () => {
      const a = JSON.stringify(generateDemoDataset({ seed: 5, issues: 800, now: new Date('2026-06-01T00:00:00Z') }));
      const b = JSON.stringify(generateDemoDataset({ seed: 5, issues: 800, now: new Date('2026-06-01T00:00:00Z') }));
      expect(a).toBe(b);
    });

    it('defaults to seed 42, 3000 issues and a fixed now', () => {
      expect(JSON.stringify(generateDemoDataset())).toBe(
        JSON.stringify(generateDemoDataset({ seed: 42, issues: 3000, now: DEFAULT_NOW })),
      );
      expect(DEFAULT_NOW.toISOString()).toBe('2026-11-01T09:00:00.000Z');
    });

    it('differs for a different seed', () => {
      const a = generateDemoDataset({ seed: 1, issues: 500 });
      const b = generateDemoDataset({ seed: 2, issues: 500 });
      expect(JSON.stringify(a.issues)).not.toBe(JSON.stringify(b.issues));
    });

    it('keeps the demo users the same for every seed', () => {
      expect(generateDemoDataset({ seed: 1, issues: 100 }).users).toEqual(
        generateDemoDataset({ seed: 99, issues: 100 }).users,
      );
    });

    it('rejects bad options', () => {
      expect(() => generateDemoDataset({ issues: -1 })).toThrow(RangeError);
      expect(() => generateDemoDataset({ seed: 1.5 })).toThrow(RangeError);
      expect(() => generateDemoDataset({ now: new Date('nope') })).toThrow(RangeError);
    });
  });

  describe('format', () => {
    it('passes datasetSchema without defaults filling anything in', () => {
      const raw = generateDemoDataset();
      expect(datasetSchema.parse(raw)).toEqual(raw);
    });

    it('stores a valid requirement document on every epic and story, and only there (and on GTM deliverables: their persona)', () => {
      const gtmDeliverable = (issue: (typeof dataset.issues)[number]) =>
        typeName(issue) === 'Go-to-Market' && !issue.fields.labels.includes('gtm-team');
      for (const issue of dataset.issues) {
        const doc = issue.properties[PM_PROPERTY_KEY];
        expect(doc !== undefined).toBe(['Epic', 'Story'].includes(typeName(issue)) || gtmDeliverable(issue));
        if (doc !== undefined) expect(pmPropertySchema.parse(doc)).toEqual(doc);
      }
    });

    it('stores a valid KPI document on every KPI issue, and only there', () => {
      for (const issue of dataset.issues) {
        const doc = issue.properties[KPI_PROPERTY_KEY];
        expect(doc !== undefined).toBe(typeName(issue) === 'KPI');
        if (doc !== undefined) expect(kpiPropertySchema.parse(doc)).toEqual(doc);
      }
    });
  });

  describe('site configuration', () => {
    it('has the issue types of the default phase mapping with their hierarchy levels', () => {
      const levels = Object.fromEntries(dataset.issueTypes.map((t) => [t.name, t.hierarchyLevel]));
      // The demo must use exactly the issue types and levels the default workflow maps.
      expect(levels).toEqual(defaultWorkflowConfig.hierarchy.levels);
      for (const t of dataset.issueTypes) expect(t.subtask).toBe(t.hierarchyLevel === -1);
    });

    it('has statuses in every category', () => {
      expect(dataset.statuses.map((s) => [s.name, s.statusCategory])).toEqual([
        ['To Do', 'new'],
        ['Backlog', 'new'],
        ['In Progress', 'indeterminate'],
        ['In Review', 'indeterminate'],
        ['Done', 'done'],
        ["Won't Do", 'done'],
      ]);
    });

    it('uses every status and every issue type', () => {
      const usedStatuses = new Set(dataset.issues.map((i) => i.fields.status.id));
      expect([...usedStatuses].sort()).toEqual(dataset.statuses.map((s) => s.id).sort());
      const usedTypes = new Set(dataset.issues.map((i) => i.fields.issuetype.id));
      expect([...usedTypes].sort()).toEqual(dataset.issueTypes.map((t) => t.id).sort());
    });

    it('declares the custom fields it uses', () => {
      const byId = new Map(dataset.fields.map((f) => [f.id, f]));
      expect(byId.get('customfield_10016')).toMatchObject({
        name: 'Story Points',
        custom: true,
        schema: { type: 'number' },
      });
      expect(byId.get('customfield_10015')).toMatchObject({
        name: 'Start date',
        custom: true,
        schema: { type: 'date' },
      });
      const used = new Set(dataset.issues.flatMap((i) => Object.keys(i.fields)));
      for (const field of used) expect(byId.has(field)).toBe(true);
    });

    it('puts story points on stories and tasks, in the field their project uses', () => {
      const withField = (name: string) => ofType(name).filter((i) => storyPointsFieldOf(projectKey(i)) !== undefined);
      const pointed = (name: string) =>
        withField(name).filter((i) => typeof i.fields[storyPointsFieldOf(projectKey(i)) ?? ''] === 'number').length;
      expect(pointed('Story')).toBeGreaterThan(withField('Story').length * 0.8);
      expect(pointed('Task')).toBeGreaterThan(withField('Task').length * 0.5);
      // Sub-tasks carry points when they split a large story (8 or more), so the demo shows effort counted once.
      const pointsOf = (i: DatasetIssue) => i.fields[storyPointsFieldOf(projectKey(i)) ?? ''];
      const splitsLargeStory = (i: DatasetIssue) => {
        const parent = i.fields.parent ? issueById.get(i.fields.parent.id) : undefined;
        const points = parent && typeName(parent) === 'Story' ? pointsOf(parent) : undefined;
        return typeof points === 'number' && points >= 8;
      };
      expect(pointed('Sub-task')).toBeGreaterThan(0);
      for (const sub of withField('Sub-task'))
        expect([sub.key, pointsOf(sub)]).toEqual([sub.key, splitsLargeStory(sub) ? 3 : undefined]);
    });

    it('keeps story points in customfield_10016, "Story point estimate" (10026) in team-managed MOB, none in HR', () => {
      const byId = new Map(dataset.fields.map((f) => [f.id, f]));
      expect(byId.get('customfield_10026')).toMatchObject({
        name: 'Story point estimate',
        schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' },
      });
      const mob = dataset.projects.find((p) => p.key === 'MOB');
      expect(mob).toMatchObject({ style: 'next-gen' });
      const pointFields = (key: string) =>
        new Set(
          dataset.issues
            .filter((i) => projectKey(i) === key)
            .flatMap((i) =>
              Object.keys(i.fields).filter((f) => f === 'customfield_10016' || f === 'customfield_10026'),
            ),
        );
      expect([...pointFields('CHK')]).toEqual(['customfield_10016']);
      expect([...pointFields('MOB')]).toEqual(['customfield_10026']);
      expect([...pointFields('HR')]).toEqual([]);
    });

    it('keeps every summary to one line of at most 255 characters, as Jira does', () => {
      for (const issue of parse(20000).issues) {
        expect(issue.fields.summary.length).toBeLessThanOrEqual(255);
        expect(issue.fields.summary).not.toMatch(/[\r\n]/);
      }
      const long = jiraSummary(`${'word '.repeat(80)}\nend`);
      expect(long.length).toBeLessThanOrEqual(255);
      expect(long).toMatch(/^(word ){49}word\u2026$/);
      expect(jiraSummary('two\nlines')).toBe('two lines');
    });
  });

  describe('products and users', () => {
    it('has four software products plus People Ops, which the app account may not browse', () => {
      expect(dataset.projects.map((p) => [p.key, p.projectTypeKey])).toEqual([
        ['CHK', 'software'],
        ['MOB', 'software'],
        ['ANA', 'software'],
        ['PLAT', 'software'],
        ['HR', 'business'],
      ]);
      expect(dataset.appAccount.browseProjects).toEqual(['CHK', 'MOB', 'ANA', 'PLAT']);
      expect(dataset.issues.filter((i) => projectKey(i) === 'HR').length).toBeGreaterThan(10);
    });

    it('has the demo users with their tokens and permissions', () => {
      const byEmail = new Map(dataset.users.map((u) => [u.emailAddress, u]));
      expect(byEmail.get('admin@example.com')).toMatchObject({
        apiToken: 'admin-token',
        siteAdmin: true,
        browseProjects: '*',
      });
      const viewer = byEmail.get('viewer@example.com');
      expect(viewer).toMatchObject({ apiToken: 'viewer-token', siteAdmin: false });
      expect(viewer?.browseProjects).toEqual(['CHK', 'MOB']);
      expect(viewer?.browseProjects).not.toContain('PLAT');
      const po = byEmail.get('po@example.com');
      expect(po).toMatchObject({ apiToken: 'po-token', siteAdmin: false, adminProjects: ['CHK'] });
      expect(po?.browseProjects).toEqual(['CHK', 'MOB', 'ANA']);
      // Browse and edit are separate grants: the viewer browses CHK and MOB but edits nothing.
      expect(viewer?.editProjects).toEqual([]);
      // Administer without browse: the people-ops lead administers PLAT but cannot browse it.
      const ops = byEmail.get('ops@example.com');
      expect(ops).toMatchObject({
        apiToken: 'ops-token',
        siteAdmin: false,
        browseProjects: ['CHK', 'HR'],
        editProjects: ['HR'],
        adminProjects: ['HR', 'PLAT'],
      });
      expect(
        dataset.users.filter((u) => !['admin', 'viewer', 'po'].includes(u.emailAddress.split('@')[0] ?? '')).length,
      ).toBeGreaterThanOrEqual(3);
      expect(new Set(dataset.users.map((u) => u.accountId)).size).toBe(dataset.users.length);
      expect(new Set(dataset.users.map((u) => u.apiToken)).size).toBe(dataset.users.length);
      for (const u of dataset.users) expect(u.accountId).toMatch(/^[0-9a-f]{24}$/);
    });

    it('assigns and reports issues only to users who can browse the project', () => {
      const users = new Map(dataset.users.map((u) => [u.accountId, u]));
      for (const issue of dataset.issues) {
        for (const person of [issue.fields.assignee, issue.fields.reporter]) {
          if (person === null) continue;
          const u = users.get(person.accountId);
          expect(u).toBeDefined();
          if (u && u.browseProjects !== '*') expect(u.browseProjects).toContain(projectKey(issue));
        }
      }
    });

    it('has more than 100 issues in some project at the default size (pagination)', () => {
      const perProject = new Map<string, number>();
      for (const i of dataset.issues) perProject.set(projectKey(i), (perProject.get(projectKey(i)) ?? 0) + 1);
      expect(Math.max(...perProject.values())).toBeGreaterThan(100);
      for (const key of ['CHK', 'MOB', 'ANA']) expect(perProject.get(key)).toBeGreaterThan(100);
    });
  });

  describe('referential integrity', () => {
    it('has unique numeric ids from 10000 and sequential keys per project in creation order', () => {
      expect(new Set(dataset.issues.map((i) => i.id)).size).toBe(dataset.issues.length);
      dataset.issues.forEach((issue, index) => expect(issue.id).toBe(String(10000 + index)));
      const next = new Map<string, number>();
      let previousCreated = '';
      for (const issue of dataset.issues) {
        const key = projectKey(issue);
        const n = (next.get(key) ?? 0) + 1;
        next.set(key, n);
        expect(issue.key).toBe(`${key}-${n}`);
        expect(issue.fields.created >= previousCreated).toBe(true);
        previousCreated = issue.fields.created;
      }
    });

    it('points every issue at an existing project, type and status', () => {
      for (const issue of dataset.issues) {
        expect(projectById.has(issue.fields.project.id)).toBe(true);
        expect(typeById.has(issue.fields.issuetype.id)).toBe(true);
        expect(statusById.has(issue.fields.status.id)).toBe(true);
      }
    });

    it('respects the hierarchy levels for parents, within the project', () => {
      let withParent = 0;
      for (const issue of dataset.issues) {
        const level = typeById.get(issue.fields.issuetype.id)?.hierarchyLevel;
        const parentRef = issue.fields.parent;
        if (level === -1) expect(parentRef).toBeDefined();
        if (!parentRef) continue;
        withParent += 1;
        const parent = issueById.get(parentRef.id);
        expect(parent).toBeDefined();
        if (!parent) continue;
        expect(parent.fields.project.id).toBe(issue.fields.project.id);
        const parentLevel = typeById.get(parent.fields.issuetype.id)?.hierarchyLevel;
        if (level === -1) expect(parentLevel).toBe(0);
        else if (level === 0) expect([1, 2]).toContain(parentLevel);
        else if (level === 1) expect(parentLevel).toBe(2);
        else throw new Error(`${issue.key} (level ${level}) must not have a parent`);
        expect(parent.fields.created <= issue.fields.created).toBe(true);
      }
      expect(withParent).toBeGreaterThan(dataset.issues.length / 2);
    });

    it('builds initiatives -> epics -> stories -> sub-tasks', () => {
      const parentType = (i: DatasetIssue) =>
        i.fields.parent ? typeName(issueById.get(i.fields.parent.id) as DatasetIssue) : undefined;
      expect(ofType('Epic').filter((e) => parentType(e) === 'Initiative').length).toBeGreaterThan(
        ofType('Epic').length * 0.8,
      );
      for (const name of ['Story', 'Task', 'Bug']) for (const i of ofType(name)) expect(parentType(i)).toBe('Epic');
      expect(ofType('Sub-task').filter((s) => parentType(s) === 'Story').length).toBeGreaterThan(
        ofType('Sub-task').length * 0.7,
      );
    });

    it('links to existing issues with declared link types, including Relates and Blocks', () => {
      const linkTypes = new Map(dataset.issueLinkTypes.map((t) => [t.id, t.name]));
      const used = new Set<string>();
      const linkIds = new Set<string>();
      for (const issue of dataset.issues) {
        for (const link of issue.fields.issuelinks) {
          expect(linkTypes.has(link.type.id)).toBe(true);
          expect(issueById.has(link.outwardIssue.id)).toBe(true);
          expect(link.outwardIssue.id).not.toBe(issue.id);
          used.add(linkTypes.get(link.type.id) ?? '');
          expect(linkIds.has(link.id)).toBe(false);
          linkIds.add(link.id);
        }
      }
      expect([...used]).toEqual(expect.arrayContaining(['Relates', 'Blocks']));
    });

    it('has a cross-project link from PLAT into a product the viewer can see', () => {
      const cross = dataset.issues.filter(
        (i) =>
          projectKey(i) === 'PLAT' &&
          i.fields.issuelinks.some((l) => projectKey(issueById.get(l.outwardIssue.id) as DatasetIssue) !== 'PLAT'),
      );
      expect(cross.length).toBeGreaterThan(0);
    });

    it('links requirement documents to strategic items of the same product and the right type', () => {
      const expected: Record<string, string[]> = {
        problemKey: ['Problem'],
        personaKey: ['Persona'],
        scenarioKey: ['Scenario'],
      };
      for (const issue of dataset.issues) {
        const doc = issue.properties[PM_PROPERTY_KEY];
        if (doc === undefined) continue;
        const pm = pmPropertySchema.parse(doc);
        for (const [field, types] of Object.entries(expected)) {
          const key = pm[field as 'problemKey' | 'personaKey' | 'scenarioKey'];
          if (key === undefined) continue;
          const target = issueByKey.get(key);
          expect(target && types.includes(typeName(target))).toBe(true);
          expect(target && projectKey(target)).toBe(projectKey(issue));
        }
        for (const key of pm.kpiKeys) {
          const target = issueByKey.get(key);
          expect(target && typeName(target)).toBe('KPI');
          expect(target && projectKey(target)).toBe(projectKey(issue));
        }
      }
    });
  });

  describe('dates', () => {
    const now = DEFAULT_NOW.toISOString();
    const earliest = new Date(DEFAULT_NOW.getTime() - 548 * 86_400_000).toISOString();

    it('keeps created <= resolved <= updated <= now, within the last 18 months', () => {
      for (const issue of dataset.issues) {
        const { created, updated, resolutiondate } = issue.fields;
        expect(created >= earliest).toBe(true);
        expect(created <= updated).toBe(true);
        expect(updated <= now).toBe(true);
        const done = statusById.get(issue.fields.status.id)?.statusCategory === 'done';
        expect(resolutiondate !== null).toBe(done);
        if (resolutiondate !== null) {
          expect(created <= resolutiondate).toBe(true);
          expect(resolutiondate <= updated).toBe(true);
        }
      }
    });

    it('dates scoring between creation and now', () => {
      for (const issue of dataset.issues) {
        const doc = issue.properties[PM_PROPERTY_KEY];
        if (doc === undefined) continue;
        const pm = pmPropertySchema.parse(doc);
        if (pm.scoredAt !== undefined) {
          expect(pm.scoredAt >= issue.fields.created).toBe(true);
          expect(pm.scoredAt <= now).toBe(true);
        }
        if (pm.updatedAt !== undefined) expect(pm.updatedAt <= now).toBe(true);
      }
    });
  });

  describe('PM content', () => {
    // Requirement documents (epics and stories); GTM items carry one only for their persona.
    const docs = dataset.issues.flatMap((i) =>
      i.properties[PM_PROPERTY_KEY] && ['Epic', 'Story'].includes(typeName(i))
        ? [pmPropertySchema.parse(i.properties[PM_PROPERTY_KEY])]
        : [],
    );

    it('has the whole workflow in each of CHK, MOB and ANA', () => {
      for (const key of ['CHK', 'MOB', 'ANA']) {
        const issues = dataset.issues.filter((i) => projectKey(i) === key);
        const has = (type: string, label?: string) =>
          issues.some((i) => typeName(i) === type && (label === undefined || i.fields.labels.includes(label)));
        for (const type of [
          'Interview',
          'Problem',
          'Persona',
          'Scenario',
          'Analysis',
          'KPI',
          'Business Case',
          'Initiative',
          'Epic',
          'Story',
          'Task',
          'Bug',
          'Sub-task',
          'Launch',
        ]) {
          expect([key, type, has(type)]).toEqual([key, type, true]);
        }
        for (const label of ['gtm-team', 'gtm-message', 'gtm-sales', 'gtm-packaging'])
          expect(has('Go-to-Market', label)).toBe(true);
        expect(has('Persona', 'user')).toBe(true);
        expect(has('Scenario', 'user')).toBe(true);
        const kpis = issues.filter((i) => typeName(i) === 'KPI').length;
        expect(kpis).toBeGreaterThanOrEqual(2);
        expect(kpis).toBeLessThanOrEqual(4);
        const initiatives = issues.filter((i) => typeName(i) === 'Initiative').length;
        expect(initiatives).toBeGreaterThanOrEqual(1);
        expect(initiatives).toBeLessThanOrEqual(3);
      }
    });

    it('has strategic items in different states, so readiness varies', () => {
      for (const type of ['Problem', 'Persona', 'Scenario']) {
        const categories = new Set(ofType(type).map((i) => statusById.get(i.fields.status.id)?.statusCategory));
        expect(categories.has('done')).toBe(true);
        expect(categories.size).toBeGreaterThan(1);
      }
      // The app's readiness (the share of the four rules met) as the app account sees the links.
      const readiness = new Set(docs.map((d) => d.index.readiness));
      expect(readiness.size).toBeGreaterThan(3);
      expect(readiness.has(100)).toBe(true);
      expect(docs.some((d) => d.problemKey === undefined)).toBe(true);
      expect(docs.some((d) => d.kpiKeys.length === 0)).toBe(true);
    });

    it('uses the scoring scales, with some deliberately unscorable inputs', () => {
      for (const d of docs) {
        const r = d.scores.rice;
        if (r?.impact != null && [3, 2, 1, 0.5, 0.25].includes(r.impact) && r.reach != null) {
          expect(r.reach).toBeGreaterThanOrEqual(100);
          expect(r.reach).toBeLessThanOrEqual(20000);
        }
        const wsjf = d.scores.wsjf;
        if (wsjf)
          for (const v of [wsjf.userBusinessValue, wsjf.timeCriticality, wsjf.riskReduction])
            expect([1, 2, 3, 5, 8, 13, 20]).toContain(v);
        if (d.scores.weighted) {
          for (const [criterion, rating] of Object.entries(d.scores.weighted)) {
            expect(['strategic-fit', 'customer-value', 'revenue', 'risk']).toContain(criterion);
            expect(rating).toBeGreaterThanOrEqual(1);
            expect(rating).toBeLessThanOrEqual(5);
          }
        }
        // The JQL index holds the app's own values (index-values.ts), not values of the generator's making.
        const rice = riceValue(d.scores.rice);
        expect(d.index.score).toBe(rice === null ? undefined : rice);
        expect(d.index.scores?.rice).toBe(rice === null ? undefined : rice);
        expect(d.index.phase).toBe('requirements');
      }
      const unscored = docs.filter((d) => d.index.score === undefined);
      expect(unscored.length).toBeGreaterThan(0);
      expect(unscored.length).toBeLessThan(docs.length * 0.2);
      expect(docs.some((d) => d.scores.rice?.effort === 0)).toBe(true);
      expect(docs.some((d) => d.scores.rice !== undefined && d.scores.rice.effort == null)).toBe(true);
      for (const method of ['wsjf', 'ice', 'valueEffort', 'weighted', 'moscow', 'kano'] as const) {
        expect([method, docs.some((d) => d.scores[method] !== undefined)]).toEqual([method, true]);
      }
    });

    it('indexes every model as the app does: its rank value (MoSCoW and Kano as their order), absent when not scored', () => {
      const ranked = new Set<string>();
      for (const d of docs) {
        const views = scoreIssue(d.scores, defaultWorkflowConfig.scoring);
        const stale = d.index.stale === 'true';
        const expected = Object.fromEntries(
          ALL_SCORE_MODELS.flatMap((m) => {
            const v = rankValue(scoreViewOf(m, views, stale));
            return v === undefined ? [] : [[m, v]];
          }),
        );
        expect(d.index.scores ?? {}).toEqual(expected);
        for (const m of Object.keys(expected)) ranked.add(m);
      }
      expect([...ranked].sort()).toEqual([...ALL_SCORE_MODELS].sort());
    });

    it('holds exactly the index the app writes (indexRequirements gives the same dataset back)', () => {
      const raw = generateDemoDataset({ seed: 3, issues: 600 });
      expect(JSON.stringify(indexRequirements(raw, DEFAULT_NOW))).toBe(JSON.stringify(raw));
    });

    it('has fresh and stale scores (older than 90 days)', () => {
      const stale = docs.filter((d) => d.index.stale === 'true');
      expect(stale.length).toBeGreaterThan(docs.length * 0.05);
      expect(docs.filter((d) => d.index.stale === 'false').length).toBeGreaterThan(docs.length / 2);
      for (const d of docs) {
        if (d.scoredAt === undefined) continue;
        const ageDays = (DEFAULT_NOW.getTime() - Date.parse(d.scoredAt)) / 86_400_000;
        expect(d.index.stale).toBe(String(ageDays > 90));
        expect(ageDays).toBeLessThanOrEqual(366);
      }
    });

    it('has KPIs in both directions with monthly actuals, and one with none', () => {
      const kpis = ofType('KPI').map((i) => kpiPropertySchema.parse(i.properties[KPI_PROPERTY_KEY]));
      expect(new Set(kpis.map((k) => k.direction))).toEqual(new Set(['higher-is-better', 'lower-is-better']));
      const withoutActuals = kpis.filter((k) => k.actuals.length === 0);
      expect(withoutActuals.length).toBeGreaterThanOrEqual(1);
      const today = DEFAULT_NOW.toISOString().slice(0, 10);
      const pace = (k: (typeof kpis)[number]) => {
        const last = k.actuals[k.actuals.length - 1];
        if (!last) return undefined;
        const elapsed =
          (Date.parse(last.date) - Date.parse(k.periodStart)) / (Date.parse(k.dueDate) - Date.parse(k.periodStart));
        return (last.value - k.baseline) / (k.target - k.baseline) / elapsed;
      };
      for (const k of kpis) {
        if (k.actuals.length === 0) continue;
        expect(k.actuals.length).toBeGreaterThanOrEqual(6);
        expect(k.actuals.length).toBeLessThanOrEqual(12);
        expect(k.direction === 'higher-is-better' ? k.target > k.baseline : k.target < k.baseline).toBe(true);
        expect(k.thresholds.atRisk).toBeGreaterThan(k.thresholds.offTrack);
        const dates = k.actuals.map((a) => a.date);
        expect(dates).toEqual([...dates].sort());
        expect(dates.every((d) => d > k.periodStart && d <= today)).toBe(true);
        expect(k.dueDate > k.periodStart).toBe(true);
      }
      const paces = kpis.map(pace).filter((p): p is number => p !== undefined);
      expect(paces.some((p) => p >= 0.95)).toBe(true); // on track
      expect(paces.some((p) => p >= 0.7 && p < 0.9)).toBe(true); // at risk
      expect(paces.some((p) => p < 0.7)).toBe(true); // off track
    });
  });

  describe('size', () => {
    it.each([60, 500, 3000, 10000])('honours issues=%i approximately', (n) => {
      const count = generateDemoDataset({ issues: n, seed: 3 }).issues.length;
      if (n >= 500) {
        expect(count).toBeGreaterThanOrEqual(n * 0.9);
        expect(count).toBeLessThanOrEqual(n * 1.1);
      } else {
        expect(count).toBeLessThan(100);
      }
    });

    it('keeps strategic items modest and scales the delivery work', () => {
      const strategic = (d: Pick<DatasetInput, 'issueTypes' | 'issues'>) => {
        const types = new Map(d.issueTypes.map((t) => [t.id, t.name]));
        return d.issues.filter(
          (i) => !['Epic', 'Story', 'Task', 'Bug', 'Sub-task'].includes(types.get(i.fields.issuetype.id) ?? ''),
        ).length;
      };
      const big = generateDemoDataset({ issues: 20000 });
      expect(strategic(big)).toBeLessThanOrEqual(200);
      expect(strategic(big)).toBeLessThanOrEqual(strategic(dataset) * 1.2);
      expect(big.issues.length - strategic(big)).toBeGreaterThan((dataset.issues.length - strategic(dataset)) * 5);
    });
  });
});
