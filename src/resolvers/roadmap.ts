import type Resolver from '@forge/resolver';
import { exportRoadmapCsv } from '../app/export/export-roadmap-csv';
import { getRoadmap } from '../app/roadmap/get-roadmap';
import { DASHBOARD_FUNCTIONS, PORTFOLIO_FUNCTIONS } from '../contract/function-keys';
import { requireProject } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';

const options = (payload: { level?: 'epic' | 'initiative' | undefined; nextWithinDays?: number | undefined }) => ({
  ...(payload.level ? { level: payload.level } : {}),
  ...(payload.nextWithinDays !== undefined ? { nextWithinDays: payload.nextWithinDays } : {}),
});

/** The roadmap of the project page's project (from the Forge context, never the payload). */
export function defineProjectRoadmap(resolver: Resolver): Resolver {
  return resolver
    .define(
      DASHBOARD_FUNCTIONS.getRoadmap,
      contractResolver(DASHBOARD_FUNCTIONS.getRoadmap, (deps, payload, context) =>
        getRoadmap(deps, { projectKey: requireProject(context), ...options(payload) }),
      ),
    )
    .define(
      DASHBOARD_FUNCTIONS.exportRoadmapCsv,
      contractResolver(DASHBOARD_FUNCTIONS.exportRoadmapCsv, (deps, payload, context) =>
        exportRoadmapCsv(deps, { projectKey: requireProject(context), ...options(payload), filter: payload.filter }),
      ),
    );
}

/** The roadmap across every project the caller can browse (the portfolio page). */
export function definePortfolioRoadmap(resolver: Resolver): Resolver {
  return resolver
    .define(
      PORTFOLIO_FUNCTIONS.getPortfolioRoadmap,
      contractResolver(PORTFOLIO_FUNCTIONS.getPortfolioRoadmap, (deps, payload) => getRoadmap(deps, options(payload))),
    )
    .define(
      PORTFOLIO_FUNCTIONS.exportPortfolioRoadmapCsv,
      contractResolver(PORTFOLIO_FUNCTIONS.exportPortfolioRoadmapCsv, (deps, payload) =>
        exportRoadmapCsv(deps, { ...options(payload), filter: payload.filter }),
      ),
    );
}
