import type { ConfigView } from '../../contract/views';
import type { AppDeps } from '../shared/app-deps';
import { configForCaller } from './config-for-caller';
import { configView } from './config-view';
import { loadConfig } from './config-repository';

/** What a non-admin learns of a stored config that could not be used (its paths may name projects and issues). */
export const CONFIG_PROBLEM_FOR_USERS =
  'The saved workflow configuration could not be used; the default template applies until a Jira administrator fixes it.';

/**
 * The workflow configuration for the admin page. Anyone may read it (the
 * pages need the phases), but only what applies to what they can see: Jira
 * admins get all of it; others only the rules and KPI weights of projects
 * and issues Jira shows them. `canEdit` says whether the caller may save the
 * site-wide settings (Jira admin).
 */
export async function getConfig(deps: AppDeps): Promise<ConfigView> {
  const [loaded, permissions] = await Promise.all([
    loadConfig(deps.store, deps.logger),
    deps.jira.myPermissions(['ADMINISTER']),
  ]);
  const problem = permissions.ADMINISTER ? loaded.problem : loaded.problem && CONFIG_PROBLEM_FOR_USERS;
  const config = await configForCaller(deps, loaded.config, permissions.ADMINISTER);
  return configView(loaded.version, config, permissions.ADMINISTER, problem);
}
