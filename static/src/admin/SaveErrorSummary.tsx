import type { ResultError } from '../shared/api';
import { ErrorPanel, type FieldError } from '../shared/ErrorPanel';
import { SectionMessage } from '../shared/native';
import { fieldLabel } from './error-words';

/**
 * Above the form after a failed save: for validation, which fields need fixing
 * (their messages are next to them); anything else, the shared error panel.
 */
export function SaveErrorSummary({
  error,
  errors,
  onRetry,
}: {
  error: ResultError;
  errors: FieldError[];
  onRetry: () => void;
}) {
  if (error.code !== 'validation' || errors.length === 0) return <ErrorPanel error={error} onRetry={onRetry} />;
  const fields = [...new Set(errors.map((e) => fieldLabel(e.path)))];
  return (
    <div role="alert" data-error-code="validation">
      <SectionMessage
        appearance="error"
        title={`${fields.length === 1 ? 'One field needs' : `${fields.length} fields need`} fixing before this can be saved`}
      >
        <p>{fields.join(', ')}. The reason is next to each field below.</p>
      </SectionMessage>
    </div>
  );
}
