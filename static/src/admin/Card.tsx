import type { ReactNode } from 'react';

/** One titled part of the admin form. */
export function Card({ title, id, description, children }: { title: string; id: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="pm-card pm-stack-sm" aria-labelledby={id}>
      <h2 id={id} className="pm-h2">
        {title}
      </h2>
      {description ? <p className="pm-small pm-muted">{description}</p> : null}
      {children}
    </section>
  );
}

/** Messages that belong to a whole list (not one field), under it. */
export function ErrorText({ messages }: { messages: string[] }) {
  return messages.length ? <p className="pm-error-text">{messages.join(' ')}</p> : null;
}
