import type { Logger } from '../ports/logger';

/** Forge collects console output as the app's logs (`forge logs`). */
export const consoleLogger: Logger = {
  info: (message, meta) => console.info(message, meta ?? ''),
  warn: (message, meta) => console.warn(message, meta ?? ''),
  error: (message, error, meta) =>
    console.error(message, error instanceof Error ? (error.stack ?? error.message) : (error ?? ''), meta ?? ''),
};
