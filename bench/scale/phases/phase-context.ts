import type { AppSide } from '../app-side';
import type { Measured } from '../bench-fields';
import type { BenchSizes } from '../bench-sizes';

export interface PhaseContext {
  side: AppSide;
  sizes: BenchSizes;
}

export type Phase = (ctx: PhaseContext) => Promise<Measured>;

/** Extension contexts as Jira sends them. */
export const projectPage = (key: string): Record<string, unknown> => ({
  type: 'jira:projectPage',
  project: { key, type: 'software' },
});
export const issuePanel = (issueKey: string, projectKey: string): Record<string, unknown> => ({
  type: 'jira:issuePanel',
  issue: { key: issueKey },
  project: { key: projectKey },
});
export const globalPage: Record<string, unknown> = { type: 'jira:globalPage' };

/** Calls by endpoint, biggest first: where a measurement's Jira calls went. */
export function endpointProfile(byEndpoint: Record<string, number>): string {
  return Object.entries(byEndpoint)
    .sort(([, a], [, b]) => b - a)
    .map(([endpoint, n]) => `${endpoint} ${n}`)
    .join(', ');
}

/** The error of a refused invocation or of an app envelope, in a few words. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error)
    return `${(error as { code?: string }).code ?? error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
