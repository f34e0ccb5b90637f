import type { ProductRollupView } from '../../contract/views';
import type { JiraGateway } from '../../ports/jira-gateway';
import type { StoredProductView } from '../project-state/product-views-from-state';

/**
 * Adds each product's top item summary, read as the caller in one bulk fetch. Stored roll-ups
 * carry no text, and an item the caller cannot see (issue security, a move) loses its entry
 * rather than showing a key they may not know.
 */
export async function withTopSummaries(
  jira: JiraGateway,
  views: readonly StoredProductView[],
): Promise<Omit<ProductRollupView, 'searches'>[]> {
  const keys = views.flatMap((v) => (v.topScore ? [v.topScore.key] : []));
  const visible = keys.length === 0 ? [] : await jira.bulkFetch(keys, { as: 'user' });
  const summaries = new Map(visible.map((r) => [r.issue.key, r.issue.summary]));
  return views.map(({ topScore, ...rest }) => {
    const summary = topScore ? summaries.get(topScore.key) : undefined;
    return topScore && summary !== undefined ? { ...rest, topScore: { ...topScore, summary } } : rest;
  });
}
