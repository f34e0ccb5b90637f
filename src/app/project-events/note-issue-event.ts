import type { AppDeps } from '../shared/app-deps';
import type { TouchedIssue } from './catch-up-records';
import { noteProjectChanges, type NoteOutcome } from './note-project-changes';

/** A Jira issue event, as the trigger parsed it. */
export type IssueEventNote =
  | {
      kind: 'issue';
      change: 'created' | 'updated' | 'deleted';
      issueId: string;
      /** The issue's project as the event carries it (read from Jira when absent). */
      projectKey?: string;
      /** The project the issue was moved out of, when the event's changelog says so. */
      movedFromProjectKey?: string;
    }
  | { kind: 'link'; issueIds: readonly string[] };

/**
 * Turns one issue event into notes for the projects it changes (see
 * noteProjectChanges): an edit or a new issue needs nothing but the note (the
 * catch-up run finds it by `updated`); a deletion carries the id; a move also
 * tells the old project, which must drop the issue; a link changes both
 * issues without touching their `updated`, so both ids go to their projects.
 * Returns what each project's note did (none: the event was about nothing
 * the app can read).
 */
export async function noteIssueEvent(deps: AppDeps, event: IssueEventNote): Promise<Record<string, NoteOutcome>> {
  const notes = new Map<string, TouchedIssue[]>();
  const add = (projectKey: string, touched?: TouchedIssue) => {
    const list = notes.get(projectKey) ?? [];
    if (touched) list.push(touched);
    notes.set(projectKey, list);
  };
  if (event.kind === 'issue') {
    const projectKey = event.projectKey ?? (await deps.jira.getIssue(event.issueId, { as: 'app' }))?.issue.projectKey;
    if (!projectKey) {
      deps.logger.warn('issue event without a project', { change: event.change, issueId: event.issueId });
      return {};
    }
    add(projectKey, event.change === 'deleted' ? { issueId: event.issueId, change: 'delete' } : undefined);
    if (event.movedFromProjectKey && event.movedFromProjectKey !== projectKey)
      add(event.movedFromProjectKey, { issueId: event.issueId, change: 'upsert' });
  } else {
    const linked = await deps.jira.bulkFetch([...event.issueIds], { as: 'app' });
    for (const record of linked) add(record.issue.projectKey, { issueId: record.issue.id, change: 'upsert' });
  }
  const outcomes: Record<string, NoteOutcome> = {};
  const spreadKey = event.kind === 'issue' ? event.issueId : event.issueIds[0];
  for (const [projectKey, touched] of notes)
    outcomes[projectKey] = await noteProjectChanges(deps, projectKey, touched, spreadKey ? { spreadKey } : {});
  return outcomes;
}
