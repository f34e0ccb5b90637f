import { SITE_PHASES, type SitePhase } from './site-phases';

export interface BenchArgs {
  json: boolean;
  scale: number;
  browser: boolean;
  /** Only the portfolio step (its own site): its profile lines, no JSON fields. */
  portfolioOnly: boolean;
  /**
   * Only the site phases up to this one (each needs the stored state of those before it): no
   * domain roll-up bench, portfolio or Chromium. A quick look at one figure, e.g. `--until dashboard`.
   */
  until?: SitePhase;
}

/** `npm run bench -- [--json] [--scale 0.1] [--no-browser] [--portfolio-only] [--until dashboard]` */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { json: false, scale: 1, browser: true, portfolioOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--no-browser') args.browser = false;
    else if (arg === '--portfolio-only') args.portfolioOnly = true;
    else if (arg === '--until' || arg?.startsWith('--until=')) {
      const value = arg === '--until' ? argv[++i] : arg.slice('--until='.length);
      const phase = SITE_PHASES.find((p) => p === value);
      if (!phase) throw new RangeError(`--until takes one of ${SITE_PHASES.join(', ')}, got ${String(value)}`);
      args.until = phase;
    } else if (arg === '--scale' || arg?.startsWith('--scale=')) {
      const value = Number(arg === '--scale' ? argv[++i] : arg.slice('--scale='.length));
      if (!(value > 0 && value <= 1)) throw new RangeError(`--scale takes a number in (0, 1], got ${String(value)}`);
      args.scale = value;
    } else
      throw new Error(
        `unknown option ${String(arg)}: use --json, --scale N, --no-browser, --portfolio-only, --until PHASE`,
      );
  }
  return args;
}
