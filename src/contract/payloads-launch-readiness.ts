import { z } from 'zod';

/** The project page's launches (project from the Forge context) with their go-to-market readiness. */
export const getLaunchReadinessPayload = z.strictObject({});
