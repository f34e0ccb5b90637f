import Resolver from '@forge/resolver';
import { exportPortfolioCsv } from '../app/export/export-portfolio-csv';
import { getPortfolio } from '../app/portfolio/get-portfolio';
import { getRollupProgress } from '../app/rollup/get-rollup-progress';
import { startRollup } from '../app/rollup/start-rollup';
import { PORTFOLIO_FUNCTIONS as F } from '../contract/function-keys';
import { composeDeps } from './shared/compose-deps';
import { contractResolver } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';
import { definePortfolioRoadmap } from './roadmap';

/** Global page (`pm-portfolio`): only projects the caller can browse right now. */
export const portfolioHandler = definitionsFor(
  definePortfolioRoadmap(new Resolver())
    .define(
      F.getPortfolio,
      contractResolver(
        F.getPortfolio,
        (deps, payload) =>
          getPortfolio(deps, {
            pageSize: payload.pageSize,
            ...(payload.cursor ? { cursor: payload.cursor } : {}),
            ...(payload.model ? { model: payload.model } : {}),
          }),
        // Each page lists the caller's projects and reads the top items' summaries, nothing more:
        // the story-point fields (asked for by that read) come from app storage, not `GET /field`.
        () => composeDeps({ cacheStoryPointFields: true }),
      ),
    )
    .define(
      F.exportPortfolioCsv,
      contractResolver(F.exportPortfolioCsv, (deps, payload) =>
        exportPortfolioCsv(deps, payload.model ? { model: payload.model } : {}),
      ),
    )
    .define(
      F.startRollup,
      contractResolver(F.startRollup, (deps, _payload, context) => startRollup(deps, { accountId: context.accountId })),
    )
    .define(
      F.getRollupProgress,
      contractResolver(F.getRollupProgress, (deps, payload, context) =>
        getRollupProgress(deps, { accountId: context.accountId }, payload.jobId),
      ),
    ),
  F,
);
