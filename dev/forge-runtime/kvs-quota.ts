import { rateLimitExceeded, type KvsLimits } from './kvs-errors';

/**
 * Forge's per-installation KVS quota: requests per second, and read and write
 * units per minute, where a unit is 10 KB of request size rounded up (a 65 KB
 * write costs 7, anything up to 10 KB costs 1). Fixed windows, as the Jira
 * emulator's rate limit: a window starts with the first request after the last
 * one ended. The clock is injected, so tests never wait for a minute to pass.
 */

export interface KvsUsage {
  /** Requests answered (including rejected ones) since the store opened. */
  requests: number;
  readUnits: number;
  writeUnits: number;
  /** Requests refused with 429 RATE_LIMIT_EXCEEDED. */
  rateLimited: number;
}

export interface KvsQuota {
  /** Counts one request; throws 429 when the second's budget is spent. */
  admitRequest(): void;
  /** Charges a write before it happens; throws 429 (nothing written) when it would exceed the minute's budget. */
  chargeWrite(units: number): void;
  /** Throws 429 when the minute's read budget is already spent (a read's size is known only after it). */
  admitRead(): void;
  chargeRead(units: number): void;
  usage(): KvsUsage;
}

/** Units of a JSON value: its UTF-8 size over `unitBytes`, rounded up, at least 1. */
export function unitsOf(value: unknown, unitBytes: number): number {
  const json = value === undefined ? '' : JSON.stringify(value);
  return Math.max(1, Math.ceil(Buffer.byteLength(json ?? '', 'utf8') / unitBytes));
}

interface Window {
  start: number;
  used: number;
}

export function createKvsQuota(limits: KvsLimits, now: () => number): KvsQuota {
  const totals: KvsUsage = { requests: 0, readUnits: 0, writeUnits: 0, rateLimited: 0 };
  const second: Window = { start: -Infinity, used: 0 };
  const readMinute: Window = { start: -Infinity, used: 0 };
  const writeMinute: Window = { start: -Infinity, used: 0 };

  const current = (window: Window, lengthMs: number): Window => {
    const t = now();
    if (t - window.start >= lengthMs) {
      window.start = t;
      window.used = 0;
    }
    return window;
  };
  const refuse = (message: string): never => {
    totals.rateLimited += 1;
    throw rateLimitExceeded(message);
  };

  return {
    admitRequest(): void {
      totals.requests += 1;
      const w = current(second, 1000);
      if (w.used >= limits.requestsPerSecond)
        refuse(`More than ${limits.requestsPerSecond} storage requests in a second for this installation.`);
      w.used += 1;
    },
    chargeWrite(units: number): void {
      if (units === 0) return;
      const w = current(writeMinute, 60_000);
      if (w.used + units > limits.writeUnitsPerMinute) {
        refuse(
          `This request needs ${units} write units; ${limits.writeUnitsPerMinute - w.used} of ${limits.writeUnitsPerMinute} are left this minute.`,
        );
      }
      w.used += units;
      totals.writeUnits += units;
    },
    admitRead(): void {
      const w = current(readMinute, 60_000);
      if (w.used >= limits.readUnitsPerMinute)
        refuse(`The ${limits.readUnitsPerMinute} read units of this minute are spent.`);
    },
    chargeRead(units: number): void {
      current(readMinute, 60_000).used += units;
      totals.readUnits += units;
    },
    usage: () => ({ ...totals }),
  };
}
