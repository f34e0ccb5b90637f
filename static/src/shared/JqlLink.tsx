import type { ReactNode } from 'react';
import { router } from '@forge/bridge';

/** Jira's issue search for a JQL, as a path in the host site. */
export function jqlSearchPath(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql)}`;
}

/**
 * A link to Jira's issue search for `jql`, opened in the host page (Ctrl / Cmd: a new tab), so a
 * count leads to the issues behind it, as Jira lets the user see them.
 */
export function JqlLink({ jql, children, title }: { jql: string; children: ReactNode; title?: string }) {
  const path = jqlSearchPath(jql);
  return (
    <a
      href={path}
      title={title ?? `Search Jira: ${jql}`}
      onClick={(e) => {
        e.preventDefault();
        const go = e.metaKey || e.ctrlKey ? router.open(path) : router.navigate(path);
        void go.catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}
