import { SectionMessage, SectionMessageAction } from './native';
import { useEffect, useState } from 'react';
import type { ResultError } from './api';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * Field messages from a `validation` error's details (the contract's one shape,
 * `{ issues: [{ path: string[], message }] }`), paths joined with dots. With `prefix` (the
 * payload key the form's values travel under, e.g. `config`), paths come without it:
 * `config.phases.0.name` -> `phases.0.name`.
 */
export function fieldErrors(error: ResultError | undefined, prefix?: string): FieldError[] {
  if (!error || error.code !== 'validation' || !error.details) return [];
  const strip = (path: string): string =>
    prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
  return error.details.issues.map((issue) => ({ path: strip(issue.path.join('.')), message: issue.message }));
}

/** Messages for a field path: exact match, or any path under it (`scores.rice` gets `scores.rice.reach`). */
export function messagesFor(errors: FieldError[], path: string): string[] {
  return errors
    .filter((e) => e.path === path || e.path.startsWith(`${path}.`) || (path.endsWith('.') && e.path.startsWith(path)))
    .map((e) => e.message);
}

function retryAfter(error: ResultError): number | undefined {
  const n = error.code === 'rate-limited' ? Number(error.details?.retryAfterSeconds) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.ceil(n) : undefined;
}

function RetryCountdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    const t = setInterval(() => setLeft((l) => Math.max(0, l - 1)), 1000);
    return () => clearInterval(t);
  }, [seconds]);
  return <>{left > 0 ? `You can retry in ${left} s.` : 'You can retry now.'}</>;
}

const TITLES: Record<ResultError['code'], string> = {
  validation: 'Some values need fixing',
  forbidden: 'You don’t have permission for this',
  'not-found': 'We couldn’t find that',
  conflict: 'Someone else saved first',
  'rate-limited': 'Jira is busy right now',
  incomplete: 'Showing partial data',
  internal: 'Something went wrong',
};

function advice(error: ResultError): string {
  switch (error.code) {
    case 'forbidden':
      return 'Ask a Jira admin (or the project admin) to give you access, then reload this page.';
    case 'not-found':
      return 'It may have been deleted or moved, or it is in a project you cannot browse.';
    case 'conflict':
      return 'Reload to see their change, then apply yours again.';
    case 'rate-limited':
      return 'Jira limited the number of requests this app can make.';
    case 'incomplete':
      return 'Not everything could be read, so totals may be low. Try again in a minute.';
    case 'validation':
      return 'Check the highlighted fields.';
    default:
      return 'Try again. If it keeps happening, tell your Jira admin what you were doing.';
  }
}

/** One place that turns an error envelope into a message a person can act on. */
export function ErrorPanel({
  error,
  onRetry,
  compact = false,
}: {
  error: ResultError;
  onRetry?: () => void;
  compact?: boolean;
}) {
  const appearance =
    error.code === 'incomplete' || error.code === 'rate-limited' || error.code === 'conflict'
      ? 'warning'
      : error.code === 'forbidden'
        ? 'information'
        : 'error';
  const wait = error.code === 'rate-limited' ? retryAfter(error) : undefined;
  const fields = fieldErrors(error);
  const actions =
    onRetry && error.code !== 'forbidden' && error.code !== 'validation'
      ? [
          <SectionMessageAction key="retry" onClick={onRetry}>
            Try again
          </SectionMessageAction>,
        ]
      : undefined;
  return (
    <div data-error-code={error.code} role={error.code === 'incomplete' ? 'status' : 'alert'}>
      <SectionMessage appearance={appearance} title={TITLES[error.code]} actions={actions}>
        <p>
          {error.message && !compact ? <>{error.message} </> : null}
          {advice(error)} {wait ? <RetryCountdown seconds={wait} /> : null}
        </p>
        {fields.length ? (
          <ul style={{ marginTop: 6, paddingLeft: 18, listStyle: 'disc' }}>
            {fields.map((f, i) => (
              <li key={i}>
                {f.path ? <strong>{f.path.replace(/^(config|changes|definition|actual)\./, '')}: </strong> : null}
                {f.message}
              </li>
            ))}
          </ul>
        ) : null}
      </SectionMessage>
    </div>
  );
}

/** Shows the coverage warning of a view (partial reads are never silent). */
export function CoverageWarning({ coverage }: { coverage: { complete: boolean; issuesRead: number; note?: string } }) {
  if (coverage.complete) return null;
  return (
    <div role="status" data-testid="coverage-warning">
      <SectionMessage appearance="warning" title="These numbers are incomplete">
        <p>
          Only {coverage.issuesRead.toLocaleString()} issues could be read.{' '}
          {coverage.note ?? 'Jira did not answer for every page.'} Totals and rankings may change once everything is
          read.
        </p>
      </SectionMessage>
    </div>
  );
}
