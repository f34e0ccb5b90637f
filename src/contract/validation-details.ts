/**
 * The one shape of a `validation` error's details, whatever found the problem (a payload
 * schema, the workflow config schema, a use case's own check): each issue names the field
 * by its path in the payload, as strings, so the UI can highlight it.
 */
export interface FieldIssue {
  path: string[];
  message: string;
}

export interface ValidationDetails {
  issues: FieldIssue[];
}

/** At most this many issues are listed; each path segment and message is clipped. */
const MAX_ISSUES = 20;
const MAX_SEGMENT = 60;
const MAX_MESSAGE = 160;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What a zod error's `issues` (or a use case's own list) looks like: zod paths may hold numbers and symbols. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * `validation` details from zod issues (`error.issues`) or any list shaped like them.
 * `prefix` is where the validated value sits in the payload (e.g. `['config']` when the
 * config schema checked `payload.config`). Field names come from the caller (zod quotes an
 * unknown key), so they are clipped: a 5,000-character key is not sent back whole.
 *
 * validationDetails([{ path: ['scores', 'rice', 'effort'], message: 'Too small' }])
 *   => { issues: [{ path: ['scores', 'rice', 'effort'], message: 'Too small' }] }
 * validationDetails([{ path: [0, 'name'], message: 'Required' }], ['config', 'phases'])
 *   => { issues: [{ path: ['config', 'phases', '0', 'name'], message: 'Required' }] }
 */
export function validationDetails(issues: readonly IssueLike[], prefix: readonly string[] = []): ValidationDetails {
  return {
    issues: issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: [...prefix, ...issue.path.map(segmentOf)].map((segment) => clip(segment, MAX_SEGMENT)),
      message: clip(issue.message, MAX_MESSAGE),
    })),
  };
}

function segmentOf(key: PropertyKey): string {
  return typeof key === 'symbol' ? (key.description ?? 'symbol') : String(key);
}

/** The headline of a validation error: `Invalid changes.phase: message`, or `(payload)` for the whole value. */
export function validationMessage(details: ValidationDetails, fallback = 'bad payload'): string {
  const first = details.issues[0];
  const where = first && first.path.length > 0 ? clip(first.path.join('.'), 100) : '(payload)';
  return `Invalid ${where}: ${first?.message ?? fallback}`;
}
