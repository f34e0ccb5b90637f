import type Resolver from '@forge/resolver';
import { exportRoadmapCsv } from '../app/export/export-roadmap-csv';
import { getRoadmap } from '../app/roadmap/get-roadmap';
import { DASHBOARD_FUNCTIONS, PORTFOLIO_FUNCTIONS } from '../contract/function-keys';
import { exportRoadmapCsvPayload, getRoadmapPayload } from '../contract/roadmap';
import { requireProject } from './shared/forge-context';
import { resolverFor } from './shared/define-resolver';

const options = (payload: { level?: 'epic' | 'initiative' | undefined; nextWithinDays?: number | undefined }) => ({
  ...(payload.level ? { level: payload.level } : {}),
  ...(payload.nextWithinDays !== undefined ? { nextWithinDays: payload.nextWithinDays } : {}),
});

/** The roadmap of the project page's project (from the Forge context, never the payload). */
export function defineProjectRoadmap(resolver: Resolver): Resolver {
  return resolver
    .define(
      DASHBOARD_FUNCTIONS.getRoadmap,
      resolverFor(DASHBOARD_FUNCTIONS.getRoadmap, getRoadmapPayload, (deps, payload, context) =>
        getRoadmap(deps, { projectKey: requireProject(context), ...options(payload) }),
      ),
    )
    .define(
      DASHBOARD_FUNCTIONS.exportRoadmapCsv,
      resolverFor(DASHBOARD_FUNCTIONS.exportRoadmapCsv, exportRoadmapCsvPayload, (deps, payload, context) =>
        exportRoadmapCsv(deps, { projectKey: requireProject(context), ...options(payload), filter: payload.filter }),
      ),
    );
}

/** The roadmap across every project the caller can browse (the portfolio page). */
export function definePortfolioRoadmap(resolver: Resolver): Resolver {
  return resolver
    .define(
      PORTFOLIO_FUNCTIONS.getPortfolioRoadmap,
      resolverFor(PORTFOLIO_FUNCTIONS.getPortfolioRoadmap, getRoadmapPayload, (deps, payload) => getRoadmap(deps, options(payload))),
    )
    .define(
      PORTFOLIO_FUNCTIONS.exportPortfolioRoadmapCsv,
      resolverFor(PORTFOLIO_FUNCTIONS.exportPortfolioRoadmapCsv, exportRoadmapCsvPayload, (deps, payload) =>
        exportRoadmapCsv(deps, { ...options(payload), filter: payload.filter }),
      ),
    );
}
