import { z } from 'zod';

/** The project page's delivery progress over time (the project comes from the Forge context). */
export const getDeliveryProgressPayload = z.strictObject({});

/** One day of the burn-up: units of work (issues without children) and their effort. */
export interface DeliveryDayView {
  date: string;
  done: number;
  total: number;
  effortDone: number;
  effortTotal: number;
}

/**
 * The burn-up from the daily snapshots, oldest day first, at most `days` days; empty until the
 * first snapshot ran. `hasEffort`: some day had estimated effort, so "by effort" can be drawn.
 */
export interface DeliveryProgressView {
  projectKey: string;
  points: DeliveryDayView[];
  days: number;
  hasEffort: boolean;
}
