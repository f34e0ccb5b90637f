import type { z } from 'zod';
import { JiraForbiddenError } from '../../ports/jira-errors';
import type { Actor, JiraGateway } from '../../ports/jira-gateway';
import { AppError, forbidden, invalid } from './app-error';

/** Jira's limit for one issue entity property value (characters of JSON). */
export const PROPERTY_MAX_CHARS = 32_768;

/**
 * Issue entity properties saved with optimistic concurrency (the requirement
 * and KPI documents): each carries a `version`; a save names the version it
 * read and writes `version + 1`. Jira has no compare-and-set for properties,
 * so callers re-read just before writing, which keeps the race to one request.
 */
export interface StoredVersion<T> {
  /** 0 when nothing is stored. An unreadable document still has a version to check against. */
  version: number;
  /** The stored document when it matches its schema. */
  document?: T;
}

export async function readVersioned<S extends z.ZodType<{ version: number }>>(
  jira: JiraGateway,
  issueKey: string,
  propertyKey: string,
  schema: S,
  as: Actor = 'user',
): Promise<StoredVersion<z.infer<S>>> {
  const raw = await jira.getIssueProperty(issueKey, propertyKey, { as });
  if (raw === undefined) return { version: 0 };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { version: (parsed.data as { version: number }).version, document: parsed.data };
  const version = (raw as { version?: unknown } | null)?.version;
  return { version: typeof version === 'number' ? version : 0 };
}

/** `conflict` with the stored document when someone saved after `expected` was read. */
export function assertVersion(current: StoredVersion<unknown>, expected: number, message: string): void {
  if (current.version === expected) return;
  throw new AppError('conflict', message, { current: current.document ?? null, currentVersion: current.version });
}

/** Checks the document against its schema and Jira's size limit (refused, never truncated), then writes it (as the user unless told). */
export async function writeVersioned<S extends z.ZodType>(
  jira: JiraGateway,
  issueKey: string,
  propertyKey: string,
  schema: S,
  doc: z.infer<S>,
  what: string,
  hint = '',
  as: Actor = 'user',
): Promise<void> {
  if (!schema.safeParse(doc).success) throw new AppError('internal', `The ${what} could not be assembled.`);
  const size = JSON.stringify(doc).length;
  if (size > PROPERTY_MAX_CHARS) {
    throw invalid(
      `The ${what} is ${size} characters; Jira stores at most ${PROPERTY_MAX_CHARS} per issue property.${hint ? ` ${hint}` : ''}`,
    );
  }
  try {
    await jira.setIssueProperty(issueKey, propertyKey, doc, { as });
  } catch (error) {
    // Jira answers 403 when the user may browse the issue but not edit it (Edit Issues).
    if (error instanceof JiraForbiddenError)
      throw forbidden(`Jira does not let you edit this issue, so the ${what} was not saved.`);
    throw error;
  }
}
