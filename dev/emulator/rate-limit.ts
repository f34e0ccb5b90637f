/**
 * Cost-based rate limiting per account, after Jira Cloud's points model: a read
 * costs 1 point plus 1 per object returned (an issue, a project...), a write 1.
 * Fixed windows: each account has `pointsPerWindow` points per `windowMs`. A request
 * made while the account's budget is spent gets 429 with Retry-After (seconds until
 * the window resets). Every response carries X-RateLimit-Limit / -Remaining / -Reset.
 */
export interface RateLimitConfig {
  pointsPerWindow: number;
  windowMs: number;
}

/** Generous default: 200,000 points a minute per account - the demo never meets it; tests lower it. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { pointsPerWindow: 200_000, windowMs: 60_000 };

interface Window {
  start: number;
  used: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly clock: () => number,
  ) {}

  private window(account: string): Window {
    const now = this.clock();
    let w = this.windows.get(account);
    if (!w || now - w.start >= this.config.windowMs) {
      w = { start: now, used: 0 };
      this.windows.set(account, w);
    }
    return w;
  }

  /** Seconds to wait when the account has no points left, else undefined. */
  exhausted(account: string): number | undefined {
    const w = this.window(account);
    if (w.used < this.config.pointsPerWindow) return undefined;
    return Math.max(1, Math.ceil((w.start + this.config.windowMs - this.clock()) / 1000));
  }

  charge(account: string, points: number): void {
    this.window(account).used += points;
  }

  headers(account: string): Record<string, string> {
    const w = this.window(account);
    return {
      'x-ratelimit-limit': String(this.config.pointsPerWindow),
      'x-ratelimit-remaining': String(Math.max(0, this.config.pointsPerWindow - w.used)),
      'x-ratelimit-reset': new Date(w.start + this.config.windowMs).toISOString(),
    };
  }
}
