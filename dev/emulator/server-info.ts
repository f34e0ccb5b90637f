import type { RequestContext } from './context';
import { json } from './errors';

/** What Jira Cloud answers for the site in this emulator (the dataset has no site settings). */
export const EMULATOR_VERSION = { version: '1001.0.0-SNAPSHOT', versionNumbers: [1001, 0, 0], buildNumber: 100296 };

/**
 * GET /serverInfo (anonymous on Jira Cloud) -> the ServerInformation object of Jira's
 * published schema; `serverTimeZone` is the site's default time zone (an IANA name), set
 * with the emulator's `serverTimeZone` option (default Etc/UTC).
 */
export function serverInfo(timeZone: () => string) {
  return (ctx: RequestContext): Response => {
    const now = ctx.core.now();
    return json(200, {
      baseUrl: ctx.origin,
      displayUrl: ctx.origin,
      ...EMULATOR_VERSION,
      deploymentType: 'Cloud',
      buildDate: '2026-01-01T00:00:00.000+0000',
      serverTime: now.toISOString().replace('Z', '+0000'),
      scmInfo: 'emulator',
      serverTitle: 'Jira',
      serverTimeZone: timeZone(),
    });
  };
}
