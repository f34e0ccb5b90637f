import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './html';
import type { ForgeModuleContext } from './module-context';

/**
 * Serves a Custom UI resource's `index.html` with the bridge stand-in injected as
 * the first element of `<head>`, where Jira injects its own bridge script. The app's
 * HTML is otherwise untouched; its Content-Security-Policy comes from forge-csp.ts.
 */

/** `route`: a full-page module's own path and query in Jira's address (its view.createHistory() starts there). */
export function bridgeScriptTag(context: ForgeModuleContext, route?: string): string {
  const routeAttr = route ? ` data-forge-route="${escapeHtml(route)}"` : '';
  return `<script src="/__forge/bridge.js" data-forge-context="${escapeHtml(JSON.stringify(context))}"${routeAttr}></script>`;
}

export function injectBridge(indexHtml: string, context: ForgeModuleContext, route?: string): string {
  const tag = bridgeScriptTag(context, route);
  const head = /<head(\s[^>]*)?>/i.exec(indexHtml);
  if (head) return indexHtml.slice(0, head.index + head[0].length) + tag + indexHtml.slice(head.index + head[0].length);
  const htmlOpen = /<html(\s[^>]*)?>/i.exec(indexHtml);
  if (htmlOpen) {
    const at = htmlOpen.index + htmlOpen[0].length;
    return `${indexHtml.slice(0, at)}<head>${tag}</head>${indexHtml.slice(at)}`;
  }
  return `<head>${tag}</head>${indexHtml}`;
}

export function readResourceIndex(resourceDir: string): string | undefined {
  const file = join(resourceDir, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
