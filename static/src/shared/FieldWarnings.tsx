import { Button } from './native';

/**
 * A value that is accepted but looks like the wrong unit (0.8 typed for 80 %). Shown under its
 * field as a warning, never an error: the form still saves what was typed. `fix` is the value
 * probably meant, applied only when the person clicks it.
 */
export interface FieldWarning {
  message: string;
  fix?: { label: string; apply: () => void };
}

/** The warnings of one field; `id` is what the control's `aria-describedby` points at. */
export function FieldWarnings({ id, warnings }: { id: string; warnings: readonly FieldWarning[] }) {
  return (
    <span
      id={id}
      className="pm-warning-text"
      data-testid="field-warning"
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
    >
      {warnings.map((w, i) => (
        <span key={i}>
          <span>Check: {w.message}</span>
          {w.fix ? (
            <>
              {' '}
              <Button spacing="compact" appearance="subtle" onClick={w.fix.apply}>
                {w.fix.label}
              </Button>
            </>
          ) : null}
        </span>
      ))}
    </span>
  );
}
