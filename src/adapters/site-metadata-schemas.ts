import { z } from 'zod';
import type { SiteStatus } from '../ports/site-metadata';

/** `GET /rest/api/3/issuetype`: only the fields the pickers use. */
export const issueTypeListSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    subtask: z.boolean().optional(),
    hierarchyLevel: z.number().int().optional(),
  }),
);

/** `GET /rest/api/3/status`. */
export const statusListSchema = z.array(
  z.object({ id: z.string(), name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }),
);

/** `GET /rest/api/3/issueLinkType` wraps its list. */
export const issueLinkTypeListSchema = z.object({
  issueLinkTypes: z.array(z.object({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() })),
});

/** `POST /rest/api/3/search/approximate-count`. */
export const approximateCountSchema = z.object({ count: z.number().int().min(0) });

/** Jira's status category keys; "undefined" (no category) reads as not started. */
export function statusCategoryOf(key: string | undefined): SiteStatus['category'] {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}
