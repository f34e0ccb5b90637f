import type { z } from 'zod';
import type { requirementChangesSchema } from '../../contract/payloads';
import {
  PM_PROPERTY_KEY,
  PM_PROPERTY_SCHEMA_VERSION,
  pmPropertySchema,
  type PmProperty,
} from '../../contract/pm-property';
import type { RequirementContextView } from '../../contract/views';
import { phaseIdSet } from '../../domain/workflow/resolve-phase';
import { loadConfig } from '../config/config-repository';
import { forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { pmDataOf } from '../shared/pm-documents';
import { resolveUpstream } from '../shared/upstream';
import { withIssueLease } from '../shared/issue-lease';
import { readVersioned, writeVersioned } from '../shared/versioned-property';
import { noteProjectChanges } from '../project-events/note-project-changes';
import { buildRequirementContext } from './get-requirement-context';
import { appendHistory } from './history-repository';
import { indexValues } from './index-values';
import { linkIssues, mergeLinks, suppliedLinkKeys } from './merge-links';
import { pmConflict } from './pm-conflict';
import { historyEntries } from './requirement-history';

export interface SaveRequirementInput {
  issueKey: string;
  caller: Caller;
  /** The version the client read. */
  version: number;
  changes: z.infer<typeof requirementChangesSchema>;
}

/**
 * Saves an issue's PM data with optimistic concurrency: the client names the
 * version it read; if the stored one differs the answer is `conflict` with
 * the current value (as the caller may see it), so nothing is overwritten
 * silently. The stored version goes up by one, the JQL index values are
 * recomputed (as the app: see below), and every changed field is added to the score history.
 *
 * Jira has no compare-and-set for properties, so the read of the version, the
 * write and the history append run under the issue's KVS lease: of two saves
 * at the same moment one wins and the other sees the new version (conflict).
 * Links to items the caller cannot see are kept (see merge-links.ts).
 */
export async function saveRequirement(deps: AppDeps, input: SaveRequirementInput): Promise<RequirementContextView> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const changes = input.changes;
  if (changes.phase && !phaseIdSet(config).has(changes.phase)) {
    throw invalid(`Invalid changes.phase: "${changes.phase}" is not a phase of the workflow`, {
      issues: [{ path: ['changes', 'phase'], message: 'not a phase of the workflow' }],
    });
  }

  const readCurrent = () => readVersioned(deps.jira, record.issue.key, PM_PROPERTY_KEY, pmPropertySchema);
  await withIssueLease(
    deps,
    record.issue.id,
    async (saveId) => {
      const current = await readCurrent();
      if (current.version !== input.version) throw await pmConflict(deps, current, STALE);
      const now = deps.clock.now();
      const at = now.toISOString();
      const before = current.document;

      // One read as the caller tells which stored links they can see and whether what they link exists for them.
      const supplied = suppliedLinkKeys(changes);
      const upstream = await resolveUpstream(
        deps.jira,
        [{ ...record.issue, pm: pmDataOf(linksOnly(before, supplied)) }],
        new Map(),
        'user',
      );
      const unknown = supplied.filter((key) => !upstream.records.has(key));
      if (unknown.length > 0) {
        // Only keys the caller typed: a stored link they cannot see is never named.
        throw invalid(`Linked issue ${unknown[0]} does not exist or you cannot see it.`, {
          issues: linkIssues(changes, new Set(unknown)),
        });
      }
      const next: PmProperty = {
        schemaVersion: PM_PROPERTY_SCHEMA_VERSION,
        version: current.version + 1,
        ...mergeLinks(before, changes, (key) => upstream.records.has(key)),
        scores: changes.scores ?? before?.scores ?? {},
        index: {},
        ...optional('phase', changes.phase, before?.phase),
        updatedAt: at,
        updatedBy: input.caller.accountId,
      };
      const scoresChanged = JSON.stringify(next.scores) !== JSON.stringify(before?.scores ?? {});
      const scoredAt = scoresChanged ? at : before?.scoredAt;
      if (scoredAt) next.scoredAt = scoredAt;
      // Index values are shared (everyone's JQL sorts by them): readiness counts the links as the app
      // reads them, so it never depends on what this saver can see. The answer stays as the caller sees it.
      const saved = { ...record.issue, pm: pmDataOf(next) };
      const asApp = await resolveUpstream(deps.jira, [saved], new Map(), 'app');
      next.index = indexValues(saved, config, asApp.lookup, now);

      await writeVersioned(deps.jira, record.issue.key, PM_PROPERTY_KEY, pmPropertySchema, next, 'PM data');
      const me = await deps.jira.myself().catch(() => undefined);
      await appendHistory(
        deps.store,
        record.issue.id,
        next.version,
        historyEntries(before, next, at, input.caller.accountId, me?.displayName),
        saveId,
      );
    },
    { onBusy: async () => Promise.reject(await pmConflict(deps, await readCurrent(), BUSY)) },
  );

  // Keep the project's stored state in step (property writes fire no issue trigger and leave
  // `updated` alone, so the id is noted): a queued catch-up run, one per project at a time, takes
  // it in, so concurrent saves lose nothing.
  await noteProjectChanges(deps, record.issue.projectKey, [{ issueId: record.issue.id, change: 'upsert' }]).catch(
    (error: unknown) =>
      deps.logger.error('could not queue the cached roll-up update after a save', error, { issue: record.issue.key }),
  );

  const saved = (await deps.jira.getIssue(record.issue.key, { as: 'user' })) ?? record;
  return buildRequirementContext(deps, saved, config);
}

const STALE = "Someone saved this issue's PM data after you opened it. Review their changes and save again.";
const BUSY = "Someone is saving this issue's PM data right now. Review their changes and save again.";

/** The stored document's links plus the supplied keys: everything whose visibility the save needs to know. */
function linksOnly(before: PmProperty | undefined, supplied: string[]): PmProperty {
  return {
    schemaVersion: PM_PROPERTY_SCHEMA_VERSION,
    version: 0,
    kpiKeys: [...(before?.kpiKeys ?? []), ...supplied],
    scores: {},
    index: {},
    ...(before?.problemKey !== undefined ? { problemKey: before.problemKey } : {}),
    ...(before?.personaKey !== undefined ? { personaKey: before.personaKey } : {}),
    ...(before?.scenarioKey !== undefined ? { scenarioKey: before.scenarioKey } : {}),
  };
}

/** `null` clears a field, `undefined` keeps it. */
function optional<K extends string>(
  key: K,
  change: string | null | undefined,
  previous: string | undefined,
): Partial<Record<K, string>> {
  const value = change === null ? undefined : (change ?? previous);
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
