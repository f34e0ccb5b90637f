/** A user the local pages can act as (the `as=` choice). */
export interface ActingUser {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  /** Jira administrator: sees the admin page. Unknown (real site) counts as true. */
  siteAdmin: boolean;
}

export const AS_COOKIE = 'pm_as';

/** The chosen user: `as=` query, then the cookie, then the first admin, then the first user. */
export function chooseActingUser(
  users: ActingUser[],
  fromQuery: string | undefined,
  fromCookie: string | undefined,
): ActingUser | undefined {
  const find = (id: string | undefined) => (id ? users.find((u) => u.accountId === id) : undefined);
  return find(fromQuery) ?? find(fromCookie) ?? users.find((u) => u.siteAdmin) ?? users[0];
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
