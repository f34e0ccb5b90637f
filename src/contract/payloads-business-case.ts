import { z } from 'zod';
import { businessCaseInputSchema, decisionInputSchema } from './business-case-property';

/** The business case and decision of the issue in the Forge context (issue panel). */
export const getBusinessCasePayload = z.strictObject({});

/**
 * Saves the case's inputs under the version the client read. Benefit lines of KPIs the
 * caller cannot see are kept as they are unless `removeHiddenBenefits` is true.
 */
export const saveBusinessCasePayload = z.strictObject({
  version: z.number().int().min(0),
  case: businessCaseInputSchema,
  removeHiddenBenefits: z.boolean().optional(),
});

/** Saves the decision record; who decided and when come from the Forge context and the clock. */
export const saveDecisionPayload = z.strictObject({ version: z.number().int().min(0), decision: decisionInputSchema });

/** Per initiative of the project page's project: is the Check phase decision recorded? */
export const getCheckDecisionsPayload = z.strictObject({});
