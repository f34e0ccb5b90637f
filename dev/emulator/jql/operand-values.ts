/**
 * Operand atoms (a value or a function call) and the JQL functions: which exist in Jira, which the
 * emulator evaluates, and which field may use which.
 */
import type { Operand } from './ast';
import { LOCALE_DATE_FUNCTIONS, isDateFunction } from './date-values';
import { validationErrors } from './jql-error';

export type Atom = Extract<Operand, { kind: 'value' } | { kind: 'function' }>;

/** Functions Jira Cloud offers (lower case). Those the emulator does not evaluate are refused by name. */
const JIRA_FUNCTIONS = new Set(
  [
    'approved',
    'approver',
    'breached',
    'cascadeOption',
    'childIssuesOf',
    'choiceOption',
    'closedSprints',
    'completed',
    'componentsLeadByUser',
    'currentLogin',
    'currentUser',
    'earliestUnreleasedVersion',
    'elapsed',
    'endOfDay',
    'endOfMonth',
    'endOfWeek',
    'endOfYear',
    'everbreached',
    'futureSprints',
    'issueHistory',
    'issuesWithRemoteLinksByGlobalId',
    'lastLogin',
    'latestReleasedVersion',
    'linkedIssues',
    'membersOf',
    'myApproval',
    'myPending',
    'now',
    'openSprints',
    'organizationMembers',
    'parentEpic',
    'paused',
    'pending',
    'pendingBy',
    'portfolioChildIssuesOf',
    'projectsLeadByUser',
    'projectsWhereUserHasPermission',
    'projectsWhereUserHasRole',
    'releasedVersions',
    'remaining',
    'running',
    'standardIssueTypes',
    'startOfDay',
    'startOfMonth',
    'startOfWeek',
    'startOfYear',
    'subtaskIssueTypes',
    'unreleasedVersions',
    'updatedBy',
    'votedIssues',
    'watchedIssues',
    'withinCalendarHours',
  ].map((name) => name.toLowerCase()),
);

export type FunctionUse = 'user' | 'date';

/**
 * Checks a function call for a field that accepts `allowed` kinds of functions. Unknown names get
 * Jira's "Unable to find JQL function"; real Jira functions the emulator leaves out say so.
 */
export function checkFunction(
  atom: Extract<Atom, { kind: 'function' }>,
  allowed: FunctionUse | undefined,
  field: string,
): void {
  const lower = atom.name.toLowerCase();
  if (!JIRA_FUNCTIONS.has(lower)) throw validationErrors.unknownFunction(atom.name);
  const emulated = lower === 'currentuser' ? 'user' : isDateFunction(lower) ? 'date' : undefined;
  if (emulated === undefined || LOCALE_DATE_FUNCTIONS.has(lower)) throw validationErrors.emulatorFunction(atom.name);
  if (emulated !== allowed) throw validationErrors.functionNotSupportedHere(atom.name, field);
  if (emulated === 'user' && atom.args.length !== 0)
    throw validationErrors.functionArgumentCount(atom.name, 0, 0, atom.args.length);
}

/** The atoms of an operand (a list's items, or the operand itself), and whether EMPTY was among them. */
export function atomsOf(operand: Operand): { atoms: Atom[]; hasEmpty: boolean } {
  const items = operand.kind === 'list' ? operand.items : [operand];
  const atoms: Atom[] = [];
  let hasEmpty = false;
  for (const item of items) {
    if (item.kind === 'empty') hasEmpty = true;
    else if (item.kind === 'value' || item.kind === 'function') atoms.push(item);
  }
  return { atoms, hasEmpty };
}
