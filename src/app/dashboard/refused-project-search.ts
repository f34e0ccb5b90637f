import type { AppDeps } from '../shared/app-deps';
import { forbidden, notFound, type AppError } from '../shared/app-error';

/**
 * Why Jira refused (400) a search of a project's issues as the caller, found
 * out only then: the project is unknown or hidden from them (not-found), or
 * they only administer it (forbidden); undefined when neither (the refusal
 * was about something else). Saves the two permission calls on every answer.
 */
export async function refusedProjectSearch(deps: AppDeps, projectKey: string): Promise<AppError | undefined> {
  const project = await deps.jira.getProject(projectKey, { as: 'user' });
  if (!project) return notFound('This project does not exist or you cannot browse it.');
  const { BROWSE_PROJECTS } = await deps.jira.myPermissions(['BROWSE_PROJECTS'], { projectKey: project.key });
  if (!BROWSE_PROJECTS)
    return forbidden(
      'You administer this project but Jira does not let you browse its issues (Browse Projects permission).',
    );
  return undefined;
}
