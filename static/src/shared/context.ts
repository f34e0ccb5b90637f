import { router } from '@forge/bridge';

/** Opens a Jira issue in the host (top window), not inside the iframe. */
export function openIssue(key: string, event?: { preventDefault(): void; metaKey?: boolean; ctrlKey?: boolean }): void {
  if (event && (event.metaKey || event.ctrlKey)) {
    event.preventDefault();
    void router.open(`/browse/${key}`).catch(() => undefined);
    return;
  }
  event?.preventDefault();
  void router.navigate(`/browse/${key}`).catch(() => undefined);
}
