/** Sizes of every measurement at a scale (1 = the issue's figures; `--scale 0.1` a tenth). */
export interface BenchSizes {
  scale: number;
  siteIssues: number;
  projectIssues: number;
  rollupIssues: number;
  burstEvents: number;
  /** The burst keeps the issue's rate (2,000 a minute): a smaller burst is sent in a shorter window. */
  burstWindowMs: number;
  saveTrials: number;
  /** Projects of the portfolio site (generate-portfolio-site.ts). */
  portfolioProjects: number;
  dashboardCalls: number;
  browserRuns: number;
  latencyMs: number;
  /**
   * Milliseconds per second of async-event delays (a project's coalesced catch-up run waits
   * 20 s for the events after the first, its settle run 30 s more): real seconds at scale 1;
   * a smaller bench, whose burst window shrinks the same way, shrinks them alike.
   */
  eventMsPerSecond: number;
}

export function sizesAt(scale: number, latencyMs = 100): BenchSizes {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`--scale must be in (0, 1], got ${scale}`);
  const at = (n: number, min: number): number => Math.max(min, Math.round(n * scale));
  return {
    scale,
    siteIssues: at(200_000, 400),
    projectIssues: at(50_000, 100),
    rollupIssues: at(100_000, 500),
    burstEvents: at(2_000, 4),
    burstWindowMs: at(60_000, 100),
    saveTrials: at(100, 2),
    portfolioProjects: at(200, 2),
    dashboardCalls: 20,
    browserRuns: 5,
    latencyMs,
    eventMsPerSecond: at(1000, 5),
  };
}
