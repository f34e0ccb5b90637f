import { useEffect, useState, type ReactNode } from 'react';

const TOGGLE_STYLE = {
  display: 'flex',
  alignItems: 'baseline',
  gap: 8,
  width: '100%',
  padding: 0,
  border: 0,
  background: 'none',
  color: 'inherit',
  font: 'inherit',
  textAlign: 'left',
  cursor: 'pointer',
} as const;

/**
 * One titled part of the admin form, collapsible (the disclosure pattern: the
 * heading is a button with aria-expanded). Collapsed, it shows a one-line
 * summary, so the form reads as an overview. It opens by itself when a save
 * error points into it, since the reason is shown next to the field. The body
 * is hidden, not unmounted, so what was typed or previewed stays.
 */
export function Card({
  title,
  id,
  description,
  summary,
  errorCount = 0,
  errorKey,
  defaultOpen = false,
  children,
}: {
  title: string;
  id: string;
  description?: ReactNode;
  summary?: string;
  errorCount?: number;
  /** The save error itself: a new one re-opens the card. */
  errorKey?: object;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen || errorCount > 0);
  // Every failed save (a new error) opens it again, even with as many errors as last time.
  useEffect(() => {
    if (errorCount > 0) setOpen(true);
  }, [errorCount, errorKey]);
  const bodyId = `${id}-body`;
  return (
    <section className="pm-card pm-stack-sm" aria-labelledby={id} data-open={open}>
      <h2 id={id} className="pm-h2">
        <button
          type="button"
          style={TOGGLE_STYLE}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" style={{ width: 12, flex: 'none' }}>
            {open ? '▾' : '▸'}
          </span>
          <span>{title}</span>
        </button>
      </h2>
      {!open && (summary || errorCount) ? (
        <p className="pm-small pm-muted" data-testid={`${id}-summary`} style={{ paddingLeft: 20 }}>
          {summary}
          {errorCount ? (
            <span className="pm-error-text">
              {' '}
              · {errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} fixing
            </span>
          ) : null}
        </p>
      ) : null}
      <div id={bodyId} className="pm-stack-sm" hidden={!open}>
        {description ? <p className="pm-small pm-muted">{description}</p> : null}
        {children}
      </div>
    </section>
  );
}

/** Messages that belong to a whole list (not one field), under it. */
export function ErrorText({ messages }: { messages: string[] }) {
  return messages.length ? <p className="pm-error-text">{messages.join(' ')}</p> : null;
}
