/**
 * Light building blocks with no @atlaskit component behind them, for the compact
 * "why" glance that must load fast in a narrow column (and the crash fallback).
 */
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { ResultError } from './api';
import { openIssue } from './context';

export type PillTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'discovery';

const TONES: Record<PillTone, { bg: string; fg: string }> = {
  neutral: { bg: token('color.background.neutral', '#091E420F'), fg: token('color.text.subtle', '#44546F') },
  success: { bg: token('color.background.success', '#DCFFF1'), fg: token('color.text.success', '#216E4E') },
  warning: { bg: token('color.background.warning', '#FFF7D6'), fg: token('color.text.warning', '#A54800') },
  danger: { bg: token('color.background.danger', '#FFECEB'), fg: token('color.text.danger', '#AE2E24') },
  info: { bg: token('color.background.information', '#E9F2FF'), fg: token('color.text.information', '#0055CC') },
  discovery: { bg: token('color.background.discovery', '#F3F0FF'), fg: token('color.text.discovery', '#5E4DB2') },
};

export function Pill({ tone = 'neutral', children, title }: { tone?: PillTone; children: ReactNode; title?: string }) {
  const t = TONES[tone];
  return (
    <span
      title={title}
      style={{
        display: 'inline-block',
        padding: '0 4px',
        borderRadius: 3,
        background: t.bg,
        color: t.fg,
        font: token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif'),
        fontWeight: 700,
        textTransform: 'uppercase',
        fontSize: 11,
        lineHeight: '16px',
        whiteSpace: 'nowrap',
        maxWidth: '100%',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        verticalAlign: 'middle',
      }}
    >
      {children}
    </span>
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
        <button type="button" onClick={onRetry} style={{ all: 'unset', cursor: 'pointer', color: token('color.link', '#0C66E4'), marginTop: 4 }}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A link to a Jira issue that opens in the host page (not inside the app's iframe). */
export function IssueLink({ issueKey, children }: { issueKey: string; children?: ReactNode }) {
  return (
    <a href={`/browse/${issueKey}`} onClick={(e) => openIssue(issueKey, e)} title={`Open ${issueKey}`} style={children ? undefined : { whiteSpace: 'nowrap' }}>
      {children ?? issueKey}
    </a>
  );
}
