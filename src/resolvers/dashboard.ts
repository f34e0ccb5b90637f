import Resolver from '@forge/resolver';
import { getBacklogPage } from '../app/dashboard/get-backlog-page';
import { getDashboard } from '../app/dashboard/get-dashboard';
import { exportBacklogCsv } from '../app/export/export-backlog-csv';
import { liftBlocker } from '../app/ranking/lift-blocker';
import { getBacklogScoring, saveBacklogScoring } from '../app/requirement/backlog-scoring';
import { DASHBOARD_FUNCTIONS as F } from '../contract/function-keys';
import { checkDecisionsResolver } from './business-case';
import { launchReadinessResolver } from './launch-readiness';
import { deliveryProgressResolver } from './delivery-progress';
import { composeDeps } from './shared/compose-deps';
import { requireProject } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';
import { defineProjectRoadmap } from './roadmap';

/** Project page (`pm-dashboard`): the project always comes from the Forge context. */
export const dashboardHandler = definitionsFor(
  defineProjectRoadmap(new Resolver())
    .define(
      F.getDashboard,
      contractResolver(
        F.getDashboard,
        (deps, payload, context) =>
          getDashboard(
            deps,
            { accountId: context.accountId },
            { projectKey: requireProject(context), ...(payload.model ? { model: payload.model } : {}) },
          ),
        // Served from stored state with one Jira call: the story-point fields come from app storage.
        () => composeDeps({ cacheStoryPointFields: true }),
      ),
    )
    .define(
      F.getBacklogPage,
      contractResolver(
        F.getBacklogPage,
        (deps, payload, context) =>
          getBacklogPage(deps, {
            projectKey: requireProject(context),
            ...(payload.model ? { model: payload.model } : {}),
            pageSize: payload.pageSize,
            ...(payload.pageToken ? { pageToken: payload.pageToken } : {}),
            filter: payload.filter,
          }),
        // Held to two Jira calls a page: the site's story-point fields come from app storage.
        () => composeDeps({ cacheStoryPointFields: true }),
      ),
    )
    .define(
      F.exportBacklogCsv,
      contractResolver(F.exportBacklogCsv, (deps, payload, context) =>
        exportBacklogCsv(deps, {
          projectKey: requireProject(context),
          ...(payload.model ? { model: payload.model } : {}),
          filter: payload.filter,
        }),
      ),
    )
    .define(F.getCheckDecisions, checkDecisionsResolver)
    .define(F.getLaunchReadiness, launchReadinessResolver)
    .define(F.getDeliveryProgress, deliveryProgressResolver)
    // Inline scoring in the backlog: the row's issue is read as the caller and must be in this page's project.
    .define(
      F.getBacklogScoring,
      contractResolver(F.getBacklogScoring, (deps, payload, context) =>
        getBacklogScoring(deps, { projectKey: requireProject(context), issueKey: payload.issueKey }),
      ),
    )
    .define(
      F.saveBacklogScoring,
      contractResolver(F.saveBacklogScoring, (deps, payload, context) =>
        saveBacklogScoring(deps, {
          projectKey: requireProject(context),
          issueKey: payload.issueKey,
          caller: { accountId: context.accountId },
          version: payload.version,
          scores: payload.scores,
        }),
      ),
    )
    // A blocker's lift in Jira's rank: the row's issue is read as the caller, in this page's project.
    .define(
      F.liftBlocker,
      contractResolver(F.liftBlocker, (deps, payload, context) =>
        liftBlocker(deps, {
          projectKey: requireProject(context),
          issueKey: payload.issueKey,
          ...(payload.model ? { model: payload.model } : {}),
        }),
      ),
    ),
  F,
);
