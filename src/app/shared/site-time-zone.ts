import { DEFAULT_TIME_ZONE, isTimeZone } from '../../domain/shared/day-in-zone';
import type { AppDeps } from './app-deps';

/**
 * The site's time zone for the domain's calendar days (a KPI due on a day is due at the end of
 * that day there): Jira's `serverTimeZone`, or UTC with a logged warning when Jira gave none or a
 * name this runtime does not know. Costs at most one Jira call an hour (the gateway keeps it in app
 * storage); Jira being unavailable propagates like any read.
 */
export async function siteTimeZone(deps: Pick<AppDeps, 'jira' | 'logger'>): Promise<string> {
  const answered = await deps.jira.serverTimeZone();
  if (answered !== undefined && isTimeZone(answered)) return answered;
  deps.logger.warn(
    `Jira's server time zone ${answered === undefined ? 'is missing' : `'${answered.slice(0, 100)}' is unknown`}: KPI dates are read in ${DEFAULT_TIME_ZONE}`,
    {
      serverTimeZone: answered ?? null,
    },
  );
  return DEFAULT_TIME_ZONE;
}
