import { pmPropertySchema, PM_PROPERTY_KEY, type PmProperty } from '../../contract/pm-property';
import type { PmIssue } from '../../domain/issue/pm-issue';
import type { UpstreamFacts } from '../../domain/readiness/assess-readiness';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { AppDeps } from '../shared/app-deps';
import { withIssueLease } from '../shared/issue-lease';
import { mapBounded } from '../shared/map-bounded';
import { pmDataOf } from '../shared/pm-documents';
import { upstreamKeys } from '../shared/upstream';
import { readVersioned, writeVersioned } from '../shared/versioned-property';
import { indexValues } from './index-values';

/** A requirement as the daily read saw it: the issue and the index values its document carries. */
export interface IndexedRequirement {
  issue: PmIssue;
  stored: PmProperty['index'];
}

/** At most this many documents are rewritten in one run (Jira calls and KVS lease units); the rest wait for the next. */
export const REINDEX_MAX_PER_RUN = 1_000;
const REINDEX_CONCURRENCY = 4;

export interface ReindexOutcome {
  checked: number;
  /** Documents whose index values were out of date and were rewritten. */
  rewritten: number;
  /** Out of date but left for the next run: a save held the issue, or past REINDEX_MAX_PER_RUN. */
  deferred: number;
}

/**
 * Keeps the JQL index values true as time passes and configuration changes
 * (staleness, the primary score, each model's score, phase, readiness): they
 * are written on save, so a score that went stale overnight or a new scoring
 * weight would otherwise sort by an old copy. `sameProject` answers for keys
 * the project's stored state holds; other keys are read as the app (the
 * index is shared, so never as one person). A document is rewritten under the
 * issue's lease from what is stored at that moment, so a save in between is
 * never overwritten; its version stays (the index is derived, not an edit,
 * so nobody's open panel gets a conflict).
 */
export async function reindexRequirements(
  deps: AppDeps,
  config: WorkflowConfig,
  requirements: readonly IndexedRequirement[],
  sameProject: (key: string) => UpstreamFacts | undefined,
): Promise<ReindexOutcome> {
  const now = deps.clock.now();
  const others = new Set<string>();
  for (const { issue } of requirements) for (const key of upstreamKeys(issue)) if (!sameProject(key)) others.add(key);
  const fetched = new Map(
    (others.size > 0 ? await deps.jira.bulkFetch([...others], { as: 'app' }) : []).map((r) => [r.issue.key, r.issue]),
  );
  const lookup = (key: string) => sameProject(key) ?? fetched.get(key);

  const outdated = requirements.filter(
    ({ issue, stored }) => !sameIndex(indexValues(issue, config, lookup, now), stored),
  );
  const batch = outdated.slice(0, REINDEX_MAX_PER_RUN);
  let rewritten = 0;
  let busy = 0;
  await mapBounded(batch, REINDEX_CONCURRENCY, async ({ issue }) => {
    const done = await withIssueLease(
      deps,
      issue.id,
      async () => {
        const current = await readVersioned(deps.jira, issue.key, PM_PROPERTY_KEY, pmPropertySchema, 'app');
        if (!current.document) return false;
        const index = indexValues({ ...issue, pm: pmDataOf(current.document) }, config, lookup, now);
        if (sameIndex(index, current.document.index)) return false;
        await writeVersioned(
          deps.jira,
          issue.key,
          PM_PROPERTY_KEY,
          pmPropertySchema,
          { ...current.document, index },
          'PM data',
          '',
          'app',
        );
        return true;
      },
      { onBusy: async () => Promise.reject(new LeaseBusy()) },
    ).catch((error: unknown) => {
      if (error instanceof LeaseBusy) return 'busy' as const;
      throw error;
    });
    if (done === 'busy') busy += 1;
    else if (done) rewritten += 1;
  });
  return { checked: requirements.length, rewritten, deferred: outdated.length - batch.length + busy };
}

class LeaseBusy extends Error {}

/** Index values compare as JSON with sorted keys (documents written by other versions may order them differently). */
function sameIndex(a: PmProperty['index'] | undefined, b: PmProperty['index'] | undefined): boolean {
  return canonical(a ?? {}) === canonical(b ?? {});
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}
