import type { ScoreModel } from '../../contract/payloads';
import type { PortfolioPage } from '../../contract/views';
import { invalid } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete } from '../shared/read-all-issues';
import { portfolioScope, readPortfolioRows } from './read-portfolio';
import { productSearches } from './product-searches';
import { withTopSummaries } from './with-top-summaries';

export interface GetPortfolioInput {
  cursor?: string;
  pageSize: number;
  model?: ScoreModel;
}

/**
 * One page of the cross-project portfolio. Products are the projects the
 * caller can browse right now (listed as the user), in key order; each is
 * read as the user, so no issue, count or aggregate of another project can
 * appear. The cursor is the key of the last product of the previous page.
 */
export async function getPortfolio(deps: AppDeps, input: GetPortfolioInput): Promise<PortfolioPage> {
  const after = parseCursor(input.cursor);
  const scope = await portfolioScope(deps, input.model);
  const remaining = after === undefined ? scope.projects : scope.projects.filter((p) => p.key.localeCompare(after) > 0);
  const page = remaining.slice(0, input.pageSize);
  const last = page[page.length - 1];
  const { rows, coverage, outcome } = await readPortfolioRows(deps, page, scope);
  const view: PortfolioPage = {
    model: scope.model,
    products: (
      await withTopSummaries(
        deps.jira,
        rows.map((r) => r.view),
      )
    ).map((p) => ({
      ...p,
      searches: productSearches(
        p.projectKey,
        p.phases.map((c) => c.phase),
        scope.config,
      ),
    })),
    ...(remaining.length > page.length && last ? { nextCursor: encodeCursor(last.key) } : {}),
    coverage,
    generatedAt: scope.now.toISOString(),
  };
  return completeOrIncomplete(view, outcome);
}

const CURSOR_PREFIX = 'after:';

function encodeCursor(projectKey: string): string {
  return `${CURSOR_PREFIX}${projectKey}`;
}

function parseCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  if (!cursor.startsWith(CURSOR_PREFIX))
    throw invalid('cursor is not one this function returned', {
      issues: [{ path: ['cursor'], message: 'not one this function returned' }],
    });
  return cursor.slice(CURSOR_PREFIX.length);
}
