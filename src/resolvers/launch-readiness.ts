import { getLaunchReadiness } from '../app/launch/get-launch-readiness';
import { requireProject } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';

/** The project page's launch readiness: the project from the Forge context, read as the caller. */
export const launchReadinessResolver = contractResolver('getLaunchReadiness', (deps, payload, context) =>
  getLaunchReadiness(deps, {
    projectKey: requireProject(context),
    ...(payload.launch ? { launch: payload.launch } : {}),
  }),
);
