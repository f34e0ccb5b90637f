import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio';
import { z } from 'zod';

/**
 * The Content-Security-Policy Forge sends with a Custom UI resource page, computed
 * by Atlassian's own @forge/csp from the manifest's `permissions` and the page's
 * HTML (inline scripts get their sha256 hash, as on Forge), for production
 * (`prod`). Forge allows its injected bridge script by host: script-src lists
 * the Forge CDN, no nonce is involved. The local stand-in is served from this
 * server, so `'self'` allows it the same way.
 *
 * The one change: `report-uri` points at this server instead of Atlassian's
 * collector, so violations show up in the local log and leave the machine never.
 */

export const CSP_REPORT_PATH = '/__forge/csp-report';

const egress = z.array(z.union([z.string(), z.object({ address: z.string() }).passthrough()])).optional();

/** The parts of `permissions` @forge/csp reads; anything else passes through untouched. */
const cspPermissions = z
  .object({
    content: z.object({ scripts: z.array(z.string()).optional(), styles: z.array(z.string()).optional() }).optional(),
    external: z
      .object({
        fetch: z
          .object({ client: z.array(z.string()).optional() })
          .passthrough()
          .optional(),
        fonts: egress,
        frames: egress,
        images: egress,
        media: egress,
        scripts: egress,
        styles: egress,
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export interface ForgeCspInput {
  /** The page as served (after the bridge stand-in is injected). */
  html: string;
  /** The manifest's `permissions` section. */
  permissions: unknown;
  /** The product site the page is embedded in (Forge's `hostname`), e.g. `https://x.atlassian.net`. */
  siteOrigin: string;
  log?: (message: string) => void;
}

export function forgeCsp(input: ForgeCspInput): string {
  const permissions = cspPermissions.parse(input.permissions ?? {}) as Permissions;
  const log = input.log ?? (() => undefined);
  const details = new CSPProcessingService(
    { info: (message: string) => log(`[local runtime] CSP: ${message}`) },
    load,
  ).getCspDetails(input.html, permissions);
  const directives = new CSPInjectionService().getInjectableCSP({
    existingCSPDetails: details,
    microsEnv: 'prod',
    hostname: input.siteOrigin,
  });
  return directives
    .map((directive) => (directive.startsWith('report-uri ') ? `report-uri ${CSP_REPORT_PATH}` : directive))
    .join('; ');
}
