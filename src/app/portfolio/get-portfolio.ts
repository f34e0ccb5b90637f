import type { ScoreModel } from '../../contract/payloads';
import type { PortfolioPage } from '../../contract/views';
import { loadConfig } from '../config/config-repository';
import { incomplete, invalid } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';
import { resolveModel } from '../shared/resolve-model';
import { portfolioRow } from './portfolio-row';

/** Projects read at once; Jira's rate limit is per app and site, so stay modest. */
export const PARTITION_CONCURRENCY = 3;

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
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = resolveModel(input.model, config);
  const now = deps.clock.now();
  const after = parseCursor(input.cursor);

  const visible = (await deps.jira.listProjects({ as: 'user' })).sort((a, b) => a.key.localeCompare(b.key));
  const remaining = after === undefined ? visible : visible.filter((p) => p.key.localeCompare(after) > 0);
  const page = remaining.slice(0, input.pageSize);
  const hasMore = remaining.length > page.length;

  const products = await mapBounded(page, PARTITION_CONCURRENCY, (project) => portfolioRow(deps, project, { config, model }));
  const incompleteReads = products.filter((p) => !p.complete);
  const issuesRead = products.reduce((sum, p) => sum + p.issuesRead, 0);
  const last = page[page.length - 1];

  const view: PortfolioPage = {
    model,
    products: products.map((p) => p.view),
    ...(hasMore && last ? { nextCursor: encodeCursor(last.key) } : {}),
    coverage: {
      complete: incompleteReads.length === 0,
      issuesRead,
      ...(incompleteReads.length > 0
        ? { note: `${incompleteReads.length} of ${products.length} products could not be read completely. ${incompleteReads[0]?.note ?? ''}`.trim() }
        : {}),
    },
    generatedAt: now.toISOString(),
  };
  if (incompleteReads.length > 0) {
    const retryAfter = incompleteReads.map((p) => p.retryAfterSeconds).find((s) => s !== undefined);
    throw incomplete(view, view.coverage.note, retryAfter);
  }
  return view;
}

const CURSOR_PREFIX = 'after:';

function encodeCursor(projectKey: string): string {
  return `${CURSOR_PREFIX}${projectKey}`;
}

function parseCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  if (!cursor.startsWith(CURSOR_PREFIX)) throw invalid('cursor is not one this function returned', { path: ['cursor'] });
  return cursor.slice(CURSOR_PREFIX.length);
}
