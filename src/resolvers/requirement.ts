import Resolver from '@forge/resolver';
import { getEvidence } from '../app/evidence/get-evidence';
import { saveEvidence } from '../app/evidence/save-evidence';
import { defineKpi, recordKpiActual } from '../app/kpi/kpi-use-cases';
import { getRequirementContext } from '../app/requirement/get-requirement-context';
import { previewScore } from '../app/requirement/preview-score';
import { saveRequirement } from '../app/requirement/save-requirement';
import { scoreRanks } from '../app/requirement/score-ranks';
import { REQUIREMENT_FUNCTIONS as F } from '../contract/function-keys';
import { businessCaseResolvers } from './business-case';
import { requireIssue } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';

/**
 * Issue panel and issue context (`pm-requirement-panel`, `pm-why-context`):
 * the issue always comes from the Forge context, the account from the platform.
 */
export const requirementHandler = definitionsFor(
  new Resolver()
    .define(
      F.getRequirementContext,
      contractResolver(F.getRequirementContext, (deps, _payload, context) =>
        getRequirementContext(deps, { issueKey: requireIssue(context) }),
      ),
    )
    .define(
      F.saveRequirement,
      contractResolver(F.saveRequirement, (deps, payload, context) =>
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
      contractResolver(F.previewScore, (deps, payload) => previewScore(deps, payload.scores)),
    )
    .define(
      F.defineKpi,
      contractResolver(F.defineKpi, (deps, payload, context) =>
        defineKpi(deps, { issueKey: requireIssue(context), version: payload.version }, payload.definition),
      ),
    )
    .define(
      F.recordKpiActual,
      contractResolver(F.recordKpiActual, (deps, payload, context) =>
        recordKpiActual(deps, { issueKey: requireIssue(context), version: payload.version }, payload.actual),
      ),
    )
    .define(
      F.getEvidence,
      contractResolver(F.getEvidence, (deps, _payload, context) => getEvidence(deps, requireIssue(context))),
    )
    .define(
      F.saveEvidence,
      contractResolver(F.saveEvidence, (deps, payload, context) =>
        saveEvidence(deps, {
          issueKey: requireIssue(context),
          caller: { accountId: context.accountId },
          version: payload.version,
          change: payload.change,
        }),
      ),
    )
    .define(F.getBusinessCase, businessCaseResolvers.getBusinessCase)
    .define(F.saveBusinessCase, businessCaseResolvers.saveBusinessCase)
    .define(F.saveDecision, businessCaseResolvers.saveDecision)
    .define(
      F.getScoreRanks,
      contractResolver(F.getScoreRanks, (deps, payload, context) =>
        scoreRanks(deps, { issueKey: requireIssue(context), scores: payload.scores }),
      ),
    ),
  F,
);
