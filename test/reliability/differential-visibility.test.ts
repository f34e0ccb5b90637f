import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput, DatasetUser } from '../../dev/dataset/dataset-schema';
import { ADMIN, PEOPLE_OPS, PRODUCT_OWNER, VIEWER } from '../../dev/demo-data/users';
import type { Result } from '../../src/contract/result';
import type { PortfolioPage, RollupJob } from '../../src/contract/views';
import {
  adminPage,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Extension,
  type Harness,
} from '../integration/resolvers/resolver-harness';
import { AUDITOR, seedCrossProjectLinks, type CrossProjectSeed } from './cross-project-seed';

/**
 * Differential visibility: the permission matrix scans answers for hidden keys,
 * ids and summaries, but a count, total, average or score derived from issues
 * the caller cannot browse carries no string to find. So each restricted user
 * reads two worlds built from the same seeded dataset:
 *
 *   - world A: the dataset as it is (cross-project links, config, history);
 *   - world B: the same, with every issue the user cannot browse deleted.
 *
 * If every read answer is equal in both worlds (after removing what is
 * legitimately different, see `normalise`), nothing the user reads depends on
 * the hidden issues: no count or aggregate of them leaks.
 *
 * World B is what Jira leaves after deleting those issues (as the emulator's
 * DELETE /issue does): children elsewhere lose their `parent`, Jira issue links
 * to them are removed, sub-tasks go with their parent (they are in the same,
 * hidden, project). References the app keeps in its own data - PM-data keys in
 * entity properties, KPI weights in the config, keys in history records - stay
 * as dangling keys, as a deletion leaves them. The Jira-side changes do not
 * alter what the user legitimately sees: Jira already omits parents and links
 * the viewer cannot browse from the issues it returns to them.
 */
const USERS: { label: string; user: DatasetUser }[] = [
  { label: 'restricted viewer', user: VIEWER },
  // Hides only HR, which the app's own account cannot browse either (APP_HIDDEN_PROJECTS): the
  // app cannot count what it cannot read, so this row guards a future change of that grant.
  { label: 'browse-but-not-edit', user: AUDITOR },
  { label: 'restricted editor', user: PRODUCT_OWNER },
  { label: 'admin without browse (PLAT)', user: PEOPLE_OPS },
];

const browses = (user: DatasetUser, projectKey: string) =>
  user.browseProjects === '*' || user.browseProjects.includes(projectKey);

/** The dataset after deleting, as Jira would, every issue `user` cannot browse. */
function withoutHiddenIssues(dataset: DatasetInput, user: DatasetUser): DatasetInput {
  const world = structuredClone(dataset);
  const projectKeyOf = new Map(world.projects.map((p) => [p.id, p.key]));
  const gone = new Set(
    world.issues.filter((i) => !browses(user, projectKeyOf.get(i.fields.project.id) ?? '')).map((i) => i.id),
  );
  world.issues = world.issues.filter((i) => !gone.has(i.id));
  for (const issue of world.issues) {
    if (issue.fields.parent && gone.has(issue.fields.parent.id)) delete issue.fields.parent;
    issue.fields.issuelinks = (issue.fields.issuelinks ?? []).filter((l) => !gone.has(l.outwardIssue.id));
  }
  return world;
}

interface Call {
  name: string;
  result: Result<unknown>;
}

/** Opens one world, seeds the same app storage as the permission matrix, and returns its harness. */
async function openWorld(
  deleteHiddenFor: DatasetUser | undefined,
): Promise<{ h: Harness; seed: CrossProjectSeed; dataset: DatasetInput }> {
  let seed: CrossProjectSeed | undefined;
  let dataset: DatasetInput | undefined;
  const h = await openHarness({
    prepare: (generated) => {
      const seeded = seedCrossProjectLinks(generated);
      seed = seeded.seed;
      dataset = deleteHiddenFor ? withoutHiddenIssues(seeded.dataset, deleteHiddenFor) : seeded.dataset;
      return dataset;
    },
  });
  const s = seed as CrossProjectSeed;
  h.kvs.seed({
    'config:workflow': {
      version: 1,
      config: s.config,
      updatedAt: '2026-10-01T09:00:00.000Z',
      updatedBy: ADMIN.accountId,
    },
    ...s.appStorage,
  });
  return { h, seed: s, dataset: dataset as DatasetInput };
}

/** Every read the user can make, in a fixed order; then a roll-up they start, then the reads served from its caches. */
async function readAll(h: Harness, seed: CrossProjectSeed, projectKeys: string[], as: string): Promise<Call[]> {
  const calls: Call[] = [];
  const call = async (name: string, moduleKey: string, functionKey: string, payload: unknown, extension: Extension) => {
    const result = await invoke(h, moduleKey, functionKey, payload, as, extension);
    calls.push({ name: `${functionKey} ${name}`, result });
    return result;
  };
  const portfolio = async (phase: string) => {
    for (const model of [undefined, 'rice']) {
      const payload = model ? { model } : {};
      let cursor: string | undefined;
      let page = 0;
      do {
        const r = await call(
          `${phase} ${model ?? 'default'} page ${page++}`,
          'pm-portfolio',
          'getPortfolio',
          { pageSize: 1, ...payload, ...(cursor ? { cursor } : {}) },
          globalPage,
        );
        cursor = r.ok ? (r.data as PortfolioPage).nextCursor : undefined;
      } while (cursor && page < 20);
      await call(
        `${phase} ${model ?? 'default'} all`,
        'pm-portfolio',
        'getPortfolio',
        { pageSize: 50, ...payload },
        globalPage,
      );
      await call(`${phase} ${model ?? 'default'}`, 'pm-portfolio', 'exportPortfolioCsv', payload, globalPage);
    }
  };
  const reads = async (phase: string) => {
    // Hidden projects too: "not found" must not depend on whether the project holds issues.
    for (const key of projectKeys) {
      for (const model of [undefined, 'rice']) {
        const payload = model ? { model } : {};
        await call(`${phase} ${key} ${model ?? 'default'}`, 'pm-dashboard', 'getDashboard', payload, projectPage(key));
        await call(
          `${phase} ${key} ${model ?? 'default'} backlog`,
          'pm-dashboard',
          'getBacklogPage',
          { ...payload, pageSize: 50, filter: { status: 'all' } },
          projectPage(key),
        );
        await call(
          `${phase} ${key} ${model ?? 'default'}`,
          'pm-dashboard',
          'exportBacklogCsv',
          payload,
          projectPage(key),
        );
      }
    }
    for (const issueKey of [...seed.requirementKeys, seed.kpiKey]) {
      for (const moduleKey of ['pm-requirement-panel', 'pm-why-context']) {
        await call(
          `${phase} ${moduleKey} ${issueKey}`,
          moduleKey,
          'getRequirementContext',
          {},
          issuePanel(issueKey, 'CHK'),
        );
      }
    }
    await call(phase, 'pm-admin', 'getConfig', {}, adminPage);
    await portfolio(phase);
  };
  await reads('live');
  const job = await call('', 'pm-portfolio', 'startRollup', {}, globalPage);
  await h.runtime.idle();
  await call(
    '',
    'pm-portfolio',
    'getRollupProgress',
    { jobId: job.ok ? (job.data as RollupJob).jobId : 'none' },
    globalPage,
  );
  // The caches are built as the app, which browses every project: they are where a hidden count would hide.
  await reads('cached');
  await h.runtime.idle();
  return calls;
}

/**
 * Removes what legitimately differs between two runs of the same reads:
 * - `generatedAt` / `computedAt`: when the answer or the cache was made;
 * - `jobId`: a random UUID per roll-up job (startRollup, getRollupProgress);
 * - `nextCursor`: an opaque page token; the pages it leads to are compared instead.
 * CSV text is compared as it is (it carries no timestamp).
 */
const VOLATILE = new Set(['generatedAt', 'computedAt', 'jobId', 'nextCursor']);
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !VOLATILE.has(k))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

describe('differential visibility: deleting the issues a user cannot browse changes none of their answers', () => {
  const compared: Record<string, number> = {};

  for (const { label, user } of USERS) {
    it(`${label}: every read answer is the same with and without the hidden issues`, async () => {
      // One world at a time: the app's runtime overrides are process-wide.
      const run = async (deleteHidden: DatasetUser | undefined) => {
        const world = await openWorld(deleteHidden);
        try {
          const projectKeys = world.dataset.projects.map((p) => p.key).sort();
          return {
            issues: world.dataset.issues.length,
            calls: await readAll(world.h, world.seed, projectKeys, user.accountId),
          };
        } finally {
          await world.h.close();
        }
      };
      const a = await run(undefined);
      const b = await run(user);
      // Otherwise the comparison proves nothing for this user.
      expect(a.issues - b.issues).toBeGreaterThan(0);
      const inA = a.calls;
      const inB = b.calls;
      expect(inB.map((c) => c.name)).toEqual(inA.map((c) => c.name));
      // The reads must mostly succeed, or equal refusals would prove nothing.
      expect(inA.filter((c) => c.result.ok).length).toBeGreaterThan(inA.length / 2);
      const differing = inA.flatMap((c, i) => {
        const x = JSON.stringify(normalise(c.result));
        const y = JSON.stringify(normalise((inB[i] as Call).result));
        return x === y ? [] : [{ call: c.name, withHidden: x.slice(0, 3000), withoutHidden: y.slice(0, 3000) }];
      });
      compared[label] = inA.length;
      expect(differing).toEqual([]);
    });
  }

  afterAll(() => {
    // Figures for the README: answers compared per user.
    mkdirSync(join(__dirname, '../../test-output'), { recursive: true });
    writeFileSync(
      join(__dirname, '../../test-output/differential-visibility.json'),
      `${JSON.stringify({ compared }, null, 2)}\n`,
    );
  });
});
