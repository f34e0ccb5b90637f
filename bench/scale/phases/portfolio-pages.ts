import { ADMIN } from '../../../dev/demo-data/users';
import { PORTFOLIO_PAGE_SIZE } from '../../../src/contract/portfolio-page-size';
import type { PortfolioPage, RollupJob } from '../../../src/contract/views';
import { emptyMeasured, type Measured } from '../bench-fields';
import { percentile } from '../percentile';
import { endpointProfile, globalPage, type PhaseContext } from './phase-context';
import { timedInvocations, type TimedCalls } from './timed-invocations';

/** Passes through every page: the first after the roll-up, the second as a user coming back. */
const PASSES = 2;

/**
 * The portfolio of a site of many projects (its own Jira process: generate-portfolio-site.ts):
 * the app's cold roll-up stores every project's state (`startRollup` as a Jira admin, every
 * queued chunk until the runtime is idle), then the admin pages through the whole portfolio at
 * the UI's page size, each page timed with its answer's size and its Jira calls. Only profile
 * lines: the JSON line keeps issue 9's fields.
 */
export async function portfolioPages({ side }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const projects = Object.keys(side.info.perProject).length;
  side.jira.reset();
  const started = performance.now();
  const job = await side.invoke<RollupJob>('pm-portfolio', 'startRollup', {}, ADMIN.accountId, globalPage);
  if (!job.ok) throw new Error(`startRollup answered ${job.error.code}: ${job.error.message}`);
  await side.runtime.idle();
  const coldMs = performance.now() - started;
  const coldCalls = side.jira.counts();

  const pagesPerPass = Math.ceil(projects / PORTFOLIO_PAGE_SIZE);
  let cursor: string | undefined;
  const seen: string[][] = [];
  let live = 0;
  const pages = await timedInvocations(side, PASSES * pagesPerPass, async (i) => {
    if (i % pagesPerPass === 0) {
      cursor = undefined;
      seen.push([]);
    }
    const result = await side.invoke<PortfolioPage>(
      'pm-portfolio',
      'getPortfolio',
      { pageSize: PORTFOLIO_PAGE_SIZE, ...(cursor ? { cursor } : {}) },
      ADMIN.accountId,
      globalPage,
    );
    if (result.ok) {
      cursor = result.data.nextCursor;
      seen[seen.length - 1]?.push(...result.data.products.map((p) => p.projectKey));
      live += result.data.products.filter((p) => p.computedAt === undefined).length;
    }
    return result;
  });

  // The counts of the last page are still there (timedInvocations resets them before each page).
  const lastPage = endpointProfile(side.jira.counts().byEndpoint);
  const complete = seen.every((keys) => new Set(keys).size === projects && keys.length === projects);
  out.profile.push(portfolioLine(projects, pagesPerPass, pages, coldMs));
  out.profile.push(
    `portfolio: ${PASSES} passes, ${complete ? 'each listed every project once' : `NOT every project once (${seen.map((k) => k.length).join(', ')} rows)`}, ${live} rows read live (not from stored state); ms per page ${pages.okMs.map((ms) => ms.toFixed(0)).join(', ')}; Jira calls per page ${pages.jiraCalls.join(', ')}${pages.failures.length > 0 ? `; ${pages.failures.length} failed, first: ${pages.failures[0]}` : ''}`,
  );
  out.profile.push(`portfolio: Jira calls of the last page: ${lastPage || 'none'}`);
  out.profile.push(
    `portfolio: cold roll-up ${coldCalls.calls} Jira calls (${coldCalls.maxInFlight} in flight at most): ${endpointProfile(coldCalls.byEndpoint)}`,
  );
  if (side.errors.length > 0)
    out.profile.push(`portfolio: ${side.errors.length} errors logged, first: ${side.errors[0]?.slice(0, 300)}`);
  return out;
}

/** The headline: pages, p95, largest answer, Jira calls per page, the roll-up that stored the state. */
function portfolioLine(projects: number, pages: number, calls: TimedCalls, coldMs: number): string {
  const p95 = calls.okMs.length > 0 ? `${Math.round(percentile(calls.okMs, 95))} ms` : 'none answered';
  const kb = calls.okBytes.length > 0 ? `${(Math.max(...calls.okBytes) / 1024).toFixed(1)} KB` : '-';
  const range = calls.jiraCalls.length > 0 ? `${Math.min(...calls.jiraCalls)}-${Math.max(...calls.jiraCalls)}` : '-';
  return `portfolio (${projects} projects): ${pages} page${pages === 1 ? '' : 's'} of ${PORTFOLIO_PAGE_SIZE}, p95 ${p95}, largest answer ${kb}, Jira calls per page ${range}, cold roll-up of the ${projects} projects ${(coldMs / 1000).toFixed(1)} s`;
}
