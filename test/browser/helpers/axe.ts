import type { Frame, Page } from 'playwright-core';

/** One axe-core rule that failed, with the nodes it failed on (selectors only). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The impacts the browser tests refuse; `moderate` and `minor` are reported but allowed. */
export const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core inside one document (a page or a module's iframe): the script is
 * injected from node_modules (the page needs a context with `bypassCSP`, since Forge's
 * CSP forbids inline scripts), then `axe.run` checks the whole document.
 */
export async function runAxe(target: Page | Frame): Promise<AxeViolation[]> {
  // The minified build of the same release: less script to parse in every frame it is injected into.
  await target.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** The violations that fail a test: serious or critical ones. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact !== null && BLOCKING_IMPACTS.has(v.impact));
}
