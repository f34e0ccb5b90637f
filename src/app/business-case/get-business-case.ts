import type { BusinessCaseView } from '../../contract/views-business-case';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { notFound } from '../shared/app-error';
import { buildBusinessCaseView } from './business-case-view';

/** The business case of the issue in the Forge context, recomputed from what the caller can see now. */
export async function getBusinessCase(deps: AppDeps, input: { issueKey: string }): Promise<BusinessCaseView> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  return buildBusinessCaseView(deps, record, config);
}
