import type { BusinessCaseInput, BusinessCaseProperty, DecisionInput } from '../../contract/business-case-property';
import { BUSINESS_CASE_PROPERTY_KEY, businessCasePropertySchema } from '../../contract/business-case-property';
import type { BusinessCaseView } from '../../contract/views-business-case';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps, Caller } from '../shared/app-deps';
import { AppError, forbidden, invalid, notFound } from '../shared/app-error';
import { withIssueLease } from '../shared/issue-lease';
import { assertVersion, writeVersioned, type StoredVersion } from '../shared/versioned-property';
import { businessCaseApplies, buildBusinessCaseView, readBusinessCase } from './business-case-view';

export interface BusinessCaseTarget {
  /** From the Forge context. */
  issueKey: string;
  caller: Caller;
  /** The version the client read (0 before the first save). */
  version: number;
}

const CONFLICT = 'Someone changed this business case after you opened it. Review their changes and try again.';
const BUSY = 'Someone is saving this business case right now. Review their changes and try again.';

/**
 * Saves the case's inputs. Benefit lines of KPIs the caller cannot see are kept (they
 * cannot be judged, so they are not silently dropped) unless `removeHiddenBenefits`; a new
 * line must name a KPI the caller can see.
 */
export async function saveBusinessCase(
  deps: AppDeps,
  target: BusinessCaseTarget,
  input: BusinessCaseInput,
  removeHiddenBenefits = false,
): Promise<BusinessCaseView> {
  return saveDocument(deps, target, async (current, who, at) => {
    const keys = [
      ...new Set([
        ...input.benefits.map((b) => b.kpiKey),
        ...(current.document?.case?.benefits.map((b) => b.kpiKey) ?? []),
      ]),
    ];
    const visible = new Set((await deps.jira.bulkFetch(keys, { as: 'user' })).map((r) => r.issue.key));
    const unseen = input.benefits.find((b) => !visible.has(b.kpiKey));
    if (unseen)
      throw invalid('A benefit names a KPI that does not exist or you cannot see.', {
        issues: [{ path: ['case', 'benefits'], message: 'unknown KPI' }],
      });
    const hidden = removeHiddenBenefits
      ? []
      : (current.document?.case?.benefits ?? []).filter((b) => !visible.has(b.kpiKey));
    return {
      ...base(current),
      decision: current.document?.decision,
      case: { ...input, benefits: [...input.benefits, ...hidden], updatedAt: at, updatedBy: who },
    };
  });
}

/** Saves the decision record; a choice made (or changed) now records who and when, from the Forge context. */
export async function saveDecision(
  deps: AppDeps,
  target: BusinessCaseTarget,
  input: DecisionInput,
): Promise<BusinessCaseView> {
  return saveDocument(deps, target, async (current, who, at) => {
    const before = current.document?.decision;
    const sameChoice = before?.input.choice !== undefined && before.input.choice === input.choice;
    const decided =
      input.choice === undefined
        ? {}
        : sameChoice && before.decidedBy && before.decidedAt
          ? { decidedBy: before.decidedBy, decidedAt: before.decidedAt }
          : { decidedBy: who, decidedAt: at };
    return {
      ...base(current),
      case: current.document?.case,
      decision: { input, updatedAt: at, updatedBy: who, ...decided },
    };
  });
}

const base = (current: StoredVersion<BusinessCaseProperty>) => ({
  schemaVersion: 1 as const,
  version: current.version + 1,
});

/**
 * The issue must be visible and editable by the caller and be an item that carries a case.
 * Version check and write run under the issue's lease, so of two saves at once one wins
 * and the other answers `conflict` (as the requirement save does).
 */
async function saveDocument(
  deps: AppDeps,
  target: BusinessCaseTarget,
  build: (
    current: StoredVersion<BusinessCaseProperty>,
    who: { accountId: string; displayName: string },
    at: string,
  ) => Promise<BusinessCaseProperty>,
): Promise<BusinessCaseView> {
  const record: JiraIssue | undefined = await deps.jira.getIssue(target.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  if (!businessCaseApplies(record, config))
    throw invalid('Business cases belong to initiatives and the Consolidation item; this issue is neither.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  const me = await deps.jira.myself();
  // The display name shown later is the caller's own; the identity is the Forge context's.
  const who = {
    accountId: target.caller.accountId,
    displayName: me.accountId === target.caller.accountId ? me.displayName : '',
  };
  const key = record.issue.key;
  await withIssueLease(
    deps,
    record.issue.id,
    async () => {
      const current = await readBusinessCase(deps, key);
      assertVersion(current, target.version, CONFLICT);
      const doc = await build(current, who, deps.clock.now().toISOString());
      await writeVersioned(
        deps.jira,
        key,
        BUSINESS_CASE_PROPERTY_KEY,
        businessCasePropertySchema,
        doc,
        'business case',
        'Shorten the assumptions or the rationale.',
      );
    },
    {
      onBusy: async () => {
        const current = await readBusinessCase(deps, key);
        return Promise.reject(
          new AppError('conflict', BUSY, { current: current.document ?? null, currentVersion: current.version }),
        );
      },
    },
  );
  const fresh = await deps.jira.getIssue(key, { as: 'user' });
  if (!fresh) throw notFound('The business case could not be read back after saving.');
  return buildBusinessCaseView(deps, fresh, config);
}
