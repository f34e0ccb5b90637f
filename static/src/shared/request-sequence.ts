/**
 * The request-sequence guard the UI's hooks share: each call takes a ticket, and only the
 * newest ticket's answer may change what the page shows (a slow first answer that arrives
 * after a second call is dropped). Kept free of React so Node tests can run it.
 */
export interface RequestSequence {
  /** A ticket for a new call; every earlier ticket stops being current. */
  next(): number;
  isCurrent(ticket: number): boolean;
  /** Drops every call in flight (a local change replaced what they would answer). */
  invalidate(): void;
}

export function requestSequence(): RequestSequence {
  let latest = 0;
  return {
    next: () => ++latest,
    isCurrent: (ticket) => ticket === latest,
    invalidate: () => {
      latest++;
    },
  };
}
