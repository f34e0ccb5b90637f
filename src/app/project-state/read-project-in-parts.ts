import { randomUUID } from 'node:crypto';
import type { IssueFacts } from '../../domain/project-state/issue-facts';
import { configFingerprint, type RollupContext } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { siteTimeZone } from '../shared/site-time-zone';
import { readProjectFacts } from './read-project-state';
import {
  dropStagedRead,
  readStagedFacts,
  readStagedPlan,
  stageFacts,
  type StagedPlan,
  type StagedPurpose,
} from './staged-read';

/**
 * A read in parts stops when this little of the invocation is left: enough to stage what it
 * read (or to build and store the state of a large project) before Forge ends it.
 */
export const READ_STOP_MARGIN_MS = 120_000;

export interface PartsReadOptions {
  /** What the read in parts is for (its own staged plan); absent: one read, never stopped or staged. */
  purpose?: StagedPurpose;
  /** Ids just changed, so the eventually consistent search includes their change. */
  reconcileIssues?: string[];
  /** Sees each issue of this part once as it is read. */
  onIssue?: (record: JiraIssue) => void;
  /** What to keep in the plan beside the facts when this part is staged (the snapshot's KPI actuals). */
  carry?: (plan: StagedPlan | undefined) => Pick<StagedPlan, 'kpiActuals'>;
}

export type PartsRead =
  /** This part is staged; the next invocation reads what is left. */
  | { kind: 'continues'; issuesStaged: number; note?: string }
  /** Jira would not let the app read everything (rate limit, outage): nothing to store; this part's facts as read. */
  | {
      kind: 'incomplete';
      issues: number;
      facts: IssueFacts[];
      ctx: RollupContext;
      note?: string;
      retryAfterSeconds?: number;
    }
  /** Every part is read: all the project's facts (staged parts dropped), and the plan they came with. */
  | { kind: 'whole'; facts: IssueFacts[]; ctx: RollupContext; startedAtMs: number; plan?: StagedPlan };

/**
 * Reads one project as the app, in as many invocations as it takes: when less than
 * READ_STOP_MARGIN_MS of this invocation is left (Forge's remaining time, `deps.remainingMs`),
 * the read stops page-aligned, its facts are staged in KVS with the key ranges left
 * (staged-read.ts) and the caller queues the next part; the part that reads the rest gets every
 * fact, as one read would have given them. Parts taken under another configuration (or a lost
 * staged record) start the read again. Without a `purpose` or `deps.remainingMs` it is one read.
 */
export async function readProjectInParts(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  options: PartsReadOptions,
): Promise<PartsRead> {
  const startedAtMs = deps.clock.now().getTime();
  const purpose = options.purpose;
  const remaining = purpose ? deps.remainingMs : undefined;
  let plan = purpose ? await readStagedPlan(deps.store, project.key, purpose) : undefined;
  if (purpose && plan && plan.configFingerprint !== configFingerprint(config, await siteTimeZone(deps))) {
    await dropStagedRead(deps.store, project.key, purpose, plan);
    plan = undefined;
  }
  const { read, facts, ctx } = await readProjectFacts(deps, project, config, 'app', {
    reconcileIssues: options.reconcileIssues ?? [],
    ...(options.onIssue ? { onIssue: options.onIssue } : {}),
    control: {
      ...(remaining ? { shouldStop: () => remaining() < READ_STOP_MARGIN_MS } : {}),
      ...(plan ? { ranges: plan.left } : {}),
    },
  });
  if (read.left && purpose) {
    const base: StagedPlan = plan ?? {
      buildId: randomUUID().slice(0, 8),
      configFingerprint: ctx.configFingerprint,
      startedAtMs,
      records: 0,
      issues: 0,
      left: read.left,
    };
    const next = { ...base, left: read.left, ...options.carry?.(plan) };
    const staged = await stageFacts(deps.store, deps.clock, project.key, purpose, next, facts);
    deps.logger.info('project read goes on in the next invocation', {
      projectKey: project.key,
      purpose,
      issuesStaged: staged.issues,
      rangesLeft: read.left.length,
    });
    return { kind: 'continues', issuesStaged: staged.issues, ...(read.note ? { note: read.note } : {}) };
  }
  if (!read.complete)
    return {
      kind: 'incomplete',
      issues: read.issues,
      facts,
      ctx,
      ...(read.note ? { note: read.note } : {}),
      ...(read.retryAfterSeconds !== undefined ? { retryAfterSeconds: read.retryAfterSeconds } : {}),
    };
  if (!plan || !purpose) return { kind: 'whole', facts, ctx, startedAtMs };
  const staged = await readStagedFacts(deps.store, project.key, plan);
  await dropStagedRead(deps.store, project.key, purpose, plan);
  // A staged part went missing: nothing half-built is used; the next part reads the project again.
  if (!staged) return { kind: 'continues', issuesStaged: 0, note: 'A staged part of the read was lost.' };
  return { kind: 'whole', facts: uniqueById([...staged, ...facts]), ctx, startedAtMs: plan.startedAtMs, plan };
}

/** One fact per issue id, the later one kept (key ranges do not overlap, but an issue may move in between). */
function uniqueById(facts: IssueFacts[]): IssueFacts[] {
  const byId = new Map<string, IssueFacts>();
  for (const f of facts) byId.set(f.id, f);
  return byId.size === facts.length ? facts : [...byId.values()];
}
