import Resolver from '@forge/resolver';
import { defineKpi, recordKpiActual } from '../app/kpi/kpi-use-cases';
import { getRequirementContext } from '../app/requirement/get-requirement-context';
import { previewScore } from '../app/requirement/preview-score';
import { saveRequirement } from '../app/requirement/save-requirement';
import { REQUIREMENT_FUNCTIONS as F } from '../contract/function-keys';
import {
  defineKpiPayload,
  getRequirementContextPayload,
  previewScorePayload,
  recordKpiActualPayload,
  saveRequirementPayload,
} from '../contract/payloads';
import { requireIssue } from './shared/forge-context';
import { resolverFor } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';

/**
 * Issue panel and issue context (`pm-requirement-panel`, `pm-why-context`):
 * the issue always comes from the Forge context, the account from the platform.
 */
export const requirementHandler = definitionsFor(
  new Resolver()
    .define(
      F.getRequirementContext,
      resolverFor(F.getRequirementContext, getRequirementContextPayload, (deps, _payload, context) =>
        getRequirementContext(deps, { issueKey: requireIssue(context) }),
      ),
    )
    .define(
      F.saveRequirement,
      resolverFor(F.saveRequirement, saveRequirementPayload, (deps, payload, context) =>
        saveRequirement(deps, {
          issueKey: requireIssue(context),
          caller: { accountId: context.accountId },
          version: payload.version,
          changes: payload.changes,
        }),
      ),
    )
    .define(
      F.previewScore,
      resolverFor(F.previewScore, previewScorePayload, (deps, payload) => previewScore(deps, payload.scores)),
    )
    .define(
      F.defineKpi,
      resolverFor(F.defineKpi, defineKpiPayload, (deps, payload, context) =>
        defineKpi(deps, { issueKey: requireIssue(context), version: payload.version }, payload.definition),
      ),
    )
    .define(
      F.recordKpiActual,
      resolverFor(F.recordKpiActual, recordKpiActualPayload, (deps, payload, context) =>
        recordKpiActual(deps, { issueKey: requireIssue(context), version: payload.version }, payload.actual),
      ),
    ),
  F,
);
