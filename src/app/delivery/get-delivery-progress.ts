import { DELIVERY_HISTORY_DAYS } from '../../domain/delivery/delivery-history';
import type { DeliveryProgressView } from '../../contract/views-delivery';
import { refusedProjectSearch } from '../dashboard/refused-project-search';
import type { AppDeps } from '../shared/app-deps';
import { notFound } from '../shared/app-error';
import { readDeliveryHistory } from './delivery-history-store';

/**
 * The project page's burn-up: the project's daily delivery totals as the snapshots stored them.
 * Only for a project the caller may browse (checked as them first: the totals are counts the
 * app took, so a caller who cannot browse the project gets not-found or forbidden, nothing of
 * it). Two reads, no search: it loads after the backlog without slowing it.
 */
export async function getDeliveryProgress(deps: AppDeps, input: { projectKey: string }): Promise<DeliveryProgressView> {
  const project = await deps.jira.getBrowsableProject(input.projectKey, { as: 'user' });
  if (!project)
    throw (
      (await refusedProjectSearch(deps, input.projectKey)) ??
      notFound('This project does not exist or you cannot browse it.')
    );
  const points = await readDeliveryHistory(deps.store, project.key, deps.logger);
  return {
    projectKey: project.key,
    points: points.map((p) => ({
      date: p.date,
      done: p.unitsDone,
      total: p.units,
      effortDone: p.effortDone,
      effortTotal: p.effortTotal,
    })),
    days: DELIVERY_HISTORY_DAYS,
    hasEffort: points.some((p) => p.effortTotal > 0),
  };
}
