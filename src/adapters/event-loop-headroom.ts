import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** Busier than this over the last window, the invocation's one thread has no room for another stream. */
const BUSY_SHARE = 0.75;
/** The window the share is measured over (shorter ones swing with each page's parse). */
const WINDOW_MS = 300;

/**
 * Room for one more piece of work in flight, judged from this process's event-loop utilization
 * (Node's share of time spent running code rather than waiting): true at most once per window of
 * ~300 ms and only when that window was less than 75 % busy. A read that adds searches past that
 * point only queues their pages behind the parsing already waiting, so the searches in flight
 * stop paying for themselves; asking once per window lets it grow a step at a time and see.
 */
export function eventLoopHeadroom(): () => boolean {
  let mark: EventLoopUtilization = performance.eventLoopUtilization();
  let markedAt = performance.now();
  return () => {
    const now = performance.now();
    if (now - markedAt < WINDOW_MS) return false;
    const window = performance.eventLoopUtilization(mark);
    mark = performance.eventLoopUtilization();
    markedAt = now;
    return window.utilization < BUSY_SHARE;
  };
}
