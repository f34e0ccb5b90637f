import { randomUUID } from 'node:crypto';
import { buildStateFromFacts } from '../../domain/project-state/build-project-state';
import type { IssueFacts } from '../../domain/project-state/issue-facts';
import { configFingerprint } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { readProjectFacts } from '../project-state/read-project-state';
import { dropStagedRead, readStagedFacts, readStagedPlan, stageFacts } from '../project-state/staged-read';
import { writeBuiltState } from '../project-state/write-built-state';
import type { AppDeps } from '../shared/app-deps';
import { siteTimeZone } from '../shared/site-time-zone';
import { queueRollupProperties } from '../rollup-property/queue-rollup-properties';

/**
 * A read in parts stops when this little of the invocation is left: enough to stage what it
 * read (or to build and store the state of a large project) before Forge ends it.
 */
export const READ_STOP_MARGIN_MS = 120_000;

export interface RefreshOptions {
  /** Ids just changed, so the eventually consistent search includes their change. */
  reconcileIssues?: string[];
  /**
   * Background chunks: the read stops before the invocation's time is up, stages what it read
   * and answers `continues`; the next call for the project reads only what is left, then builds
   * the state from every part. A project larger than one invocation can read is read in several.
   */
  resumable?: boolean;
}

export interface RefreshOutcome {
  cached: boolean;
  issues: number;
  note?: string;
  /** The read goes on in a later invocation (what it read so far is staged). */
  continues?: boolean;
  /** When the read of the stored state began (its first part's start for a read in parts). */
  startedAtMs?: number;
}

/**
 * Reads one project as the app (background work has no user) and stores its
 * state. Only a complete read is stored - a partial one would serve silently
 * wrong numbers later - so it answers whether it could.
 */
export async function refreshProjectCache(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  const startedAtMs = deps.clock.now().getTime();
  const remaining = deps.remainingMs;
  let plan = options.resumable ? await readStagedPlan(deps.store, project.key) : undefined;
  if (plan && plan.configFingerprint !== configFingerprint(config, await siteTimeZone(deps))) {
    // Facts taken under another configuration would not add up with these: read again.
    await dropStagedRead(deps.store, project.key, plan);
    plan = undefined;
  }
  const { read, facts, ctx } = await readProjectFacts(deps, project, config, 'app', {
    reconcileIssues: options.reconcileIssues ?? [],
    control: {
      ...(options.resumable && remaining ? { shouldStop: () => remaining() < READ_STOP_MARGIN_MS } : {}),
      ...(plan ? { ranges: plan.left } : {}),
    },
  });
  if (read.left) {
    const base = plan ?? {
      buildId: randomUUID().slice(0, 8),
      configFingerprint: ctx.configFingerprint,
      startedAtMs,
      records: 0,
      issues: 0,
    };
    const staged = await stageFacts(deps.store, deps.clock, project.key, { ...base, left: read.left }, facts);
    deps.logger.info('project read goes on in the next invocation', {
      projectKey: project.key,
      issuesStaged: staged.issues,
      rangesLeft: read.left.length,
    });
    return { cached: false, continues: true, issues: staged.issues, ...(read.note ? { note: read.note } : {}) };
  }
  if (!read.complete) return { cached: false, issues: read.issues, ...(read.note ? { note: read.note } : {}) };
  let all: IssueFacts[] = facts;
  if (plan) {
    const staged = await readStagedFacts(deps.store, project.key, plan);
    await dropStagedRead(deps.store, project.key, plan);
    // A staged part went missing: nothing half-built is stored; the next call reads the project again.
    if (!staged) return { cached: false, continues: true, issues: 0, note: 'A staged part of the read was lost.' };
    all = uniqueById([...staged, ...facts]);
  }
  await writeBuiltState(deps.store, deps.clock, project, buildStateFromFacts(all, ctx));
  await queueRollupProperties(deps, project.key);
  return { cached: true, issues: all.length, startedAtMs: plan?.startedAtMs ?? startedAtMs };
}

/** One fact per issue id, the later one kept (key ranges do not overlap, but an issue may move in between). */
function uniqueById(facts: IssueFacts[]): IssueFacts[] {
  const byId = new Map<string, IssueFacts>();
  for (const f of facts) byId.set(f.id, f);
  return byId.size === facts.length ? facts : [...byId.values()];
}
