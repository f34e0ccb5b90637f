import { getBusinessCase } from '../app/business-case/get-business-case';
import { getCheckDecisions } from '../app/business-case/get-check-decisions';
import { saveBusinessCase, saveDecision } from '../app/business-case/save-business-case';
import { requireIssue, requireProject } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';

/**
 * Business case and Build / Buy / Partner decision: the issue panel's three functions
 * (the issue from the Forge context) and the project page's decision status (the project
 * from the Forge context). Defined here, registered on those modules' resolvers.
 */
export const businessCaseResolvers = {
  getBusinessCase: contractResolver('getBusinessCase', (deps, _payload, context) =>
    getBusinessCase(deps, { issueKey: requireIssue(context) }),
  ),
  saveBusinessCase: contractResolver('saveBusinessCase', (deps, payload, context) =>
    saveBusinessCase(
      deps,
      { issueKey: requireIssue(context), caller: { accountId: context.accountId }, version: payload.version },
      payload.case,
      payload.removeHiddenBenefits ?? false,
    ),
  ),
  saveDecision: contractResolver('saveDecision', (deps, payload, context) =>
    saveDecision(
      deps,
      { issueKey: requireIssue(context), caller: { accountId: context.accountId }, version: payload.version },
      payload.decision,
    ),
  ),
};

export const checkDecisionsResolver = contractResolver('getCheckDecisions', (deps, _payload, context) =>
  getCheckDecisions(deps, { projectKey: requireProject(context) }),
);
