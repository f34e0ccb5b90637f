/**
 * Light building blocks with no @atlaskit component behind them, for the compact
 * "why" glance that must load fast in a narrow column (and the crash fallback).
 */
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { ResultError } from './api';
import { openIssue } from './context';
import { Lozenge, type LozengeAppearance } from './native';

export type PillTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'discovery';

/** The lozenge appearance of each tone. */
const TONE_APPEARANCE: Record<PillTone, LozengeAppearance> = {
  neutral: 'default',
  success: 'success',
  warning: 'moved',
  danger: 'removed',
  info: 'inprogress',
  discovery: 'new',
};

/** A status pill: `Lozenge` from native.tsx, chosen by tone. */
export function Pill({ tone = 'neutral', children, title }: { tone?: PillTone; children: ReactNode; title?: string }) {
  return (
    <Lozenge appearance={TONE_APPEARANCE[tone]} title={title}>
      {children}
    </Lozenge>
  );
}

export function LiteLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="pm-stack-sm">
      <span className="pm-sr-only">{label}…</span>
      <div className="pm-skeleton" style={{ height: 20, width: '60%' }} />
      <div className="pm-skeleton" style={{ height: 14, width: '90%' }} />
      <div className="pm-skeleton" style={{ height: 14, width: '75%' }} />
    </div>
  );
}

const LITE_TEXT: Record<ResultError['code'], string> = {
  validation: 'The request was not valid.',
  forbidden: 'You don’t have access to this. Ask a Jira admin for access.',
  'not-found': 'Not found: it may have been deleted or be in a project you cannot browse.',
  conflict: 'Someone else changed this first. Reload to see it.',
  'rate-limited': 'Jira is busy. Try again in a moment.',
  incomplete: 'Only part of the data could be read.',
  internal: 'Something went wrong. Try again.',
};

export function LiteError({ error, onRetry }: { error: ResultError; onRetry?: () => void }) {
  return (
    <div
      role="alert"
      data-error-code={error.code}
      style={{
        borderLeft: `3px solid ${error.code === 'incomplete' || error.code === 'rate-limited' ? token('color.border.warning', '#E56910') : token('color.border.danger', '#E2483D')}`,
        background: token('color.background.neutral.subtle', '#00000000'),
        padding: '4px 8px',
      }}
    >
      <p>{LITE_TEXT[error.code]}</p>
      {error.message ? <p className="pm-small pm-subtlest">{error.message}</p> : null}
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          style={{ all: 'unset', cursor: 'pointer', color: token('color.link', '#0C66E4'), marginTop: 4 }}
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A link to a Jira issue that opens in the host page (not inside the app's iframe). */
export function IssueLink({
  issueKey,
  children,
  inText = false,
}: {
  issueKey: string;
  children?: ReactNode;
  inText?: boolean;
}) {
  // Inside running text colour alone does not tell a link apart (WCAG 1.4.1): underline it.
  const style = {
    ...(children ? {} : { whiteSpace: 'nowrap' as const }),
    ...(inText ? { textDecoration: 'underline', textUnderlineOffset: '2px' } : {}),
  };
  return (
    <a href={`/browse/${issueKey}`} onClick={(e) => openIssue(issueKey, e)} title={`Open ${issueKey}`} style={style}>
      {children ?? issueKey}
    </a>
  );
}
