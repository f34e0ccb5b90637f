import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { ScoringInputs } from '../../../src/contract/api';
import { kanoPairLabel, kanoSurveyPreview } from '../../../src/contract/score-views';
import { messagesFor, type FieldError } from '../shared/ErrorPanel';
import { SelectField, TextField } from '../shared/fields';
import { formatNumber } from '../shared/format';
import { Button } from '../shared/native';
import {
  MAX_SURVEY_ANSWERS,
  answerCount,
  cleanSurvey,
  editRow,
  surveyRows,
  withSurveyRows,
  type SurveyRow,
} from './kano-survey-draft';
import { KANO_ANSWERS } from './scales';

/** Two lines per respondent (the answers, then who and the pair's category), so it fits the panel's narrow column. */
const LIST: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const ROW: React.CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '1.5em minmax(0, 1fr) minmax(0, 1fr) auto',
  gap: '4px 8px',
  padding: '6px 0',
  borderTop: `1px solid ${token('color.border', '#091E4224')}`,
};

/** The survey's live result in words: what the saved category would be, with Better / Worse. */
function liveSummary(rows: readonly SurveyRow[]): string {
  const complete = cleanSurvey(rows);
  if (!complete.length) return 'No complete answer pair yet: the category comes from the single pair above.';
  const view = kanoSurveyPreview(complete);
  if (!view.scored) return `Not classified: ${view.reasons.join('; ')}`;
  const s = view.kanoSurvey;
  const coeff =
    s?.better !== undefined && s.worse !== undefined
      ? ` · Better ${formatNumber(s.better)} · Worse ${formatNumber(s.worse)}`
      : ' · no Better / Worse (every answer Reverse or Questionable)';
  const pending = rows.length - complete.length;
  return `${view.display} from ${answerCount(complete.length)}${coeff}${pending ? ` · ${pending} incomplete` : ''}`;
}

/**
 * Kano answers from many respondents (`scores.kanoSurvey`): one row per respondent with the
 * functional / dysfunctional pair, the row's own category, and the survey's category and
 * Better / Worse recomputed as you type. Saved with the rest of the form.
 */
export function KanoSurveyInputs({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: ScoringInputs;
  onChange: (next: ScoringInputs) => void;
  errors: FieldError[];
  disabled?: boolean;
}) {
  const rows = surveyRows(value);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLDivElement>(null);
  // After adding or removing a row, keyboard focus goes where the user continues (never lost to <body>).
  const [focusAfter, setFocusAfter] = useState<number | 'add' | undefined>();
  useEffect(() => {
    if (focusAfter === undefined) return;
    if (focusAfter === 'add') addRef.current?.querySelector('button')?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-survey-row="${focusAfter}"] select`)?.focus();
    setFocusAfter(undefined);
  }, [focusAfter]);
  const set = (next: SurveyRow[]) => onChange(withSurveyRows(value, next));
  const err = (i: number, f: string) => messagesFor(errors, `scores.kanoSurvey.responses.${i}.${f}`);
  const full = rows.length >= MAX_SURVEY_ANSWERS;
  return (
    <div className="pm-stack-sm" style={{ gridColumn: '1 / -1' }} data-testid="kano-survey-inputs">
      <div className="pm-row" style={{ justifyContent: 'space-between', flexWrap: 'wrap', alignItems: 'baseline' }}>
        <strong>Survey answers ({answerCount(rows.length)})</strong>
        <span className="pm-small" aria-live="polite" data-testid="kano-survey-live">
          {liveSummary(rows)}
        </span>
      </div>
      <p className="pm-small pm-subtlest">
        One row per respondent. With survey answers, Kano uses the most frequent category (ties: Must-be,
        One-dimensional, Attractive, Indifferent) instead of the single pair above.
      </p>
      {rows.length ? (
        // Column headings for the eye; each control has its own full label for assistive technology.
        <div className="pm-small pm-muted" style={{ ...ROW, borderTop: 'none', paddingBottom: 0 }} aria-hidden>
          <span>#</span>
          <span>If present…</span>
          <span>If absent…</span>
        </div>
      ) : null}
      {rows.length ? (
        <ol aria-label="Kano survey answers, one per respondent" style={LIST} ref={listRef}>
          {rows.map((r, i) => (
            <li key={i} data-survey-row={i} style={ROW}>
              <span className="pm-small pm-muted" style={{ paddingTop: 8 }} aria-hidden>
                {i + 1}.
              </span>
              {(['functional', 'dysfunctional'] as const).map((side) => (
                <SelectField
                  key={side}
                  hideLabel
                  label={`Respondent ${i + 1}: if the feature is ${side === 'functional' ? 'present' : 'absent'}`}
                  value={r[side]}
                  options={KANO_ANSWERS}
                  emptyLabel="Not answered"
                  onChange={(v) => set(editRow(rows, i, { [side]: v }))}
                  errors={err(i, side)}
                  {...(disabled !== undefined ? { disabled } : {})}
                />
              ))}
              <Button
                appearance="subtle"
                spacing="compact"
                aria-label={`Remove respondent ${i + 1}`}
                title="Remove this respondent"
                isDisabled={!!disabled}
                onClick={() => {
                  set(rows.filter((_, j) => j !== i));
                  setFocusAfter(rows.length > 1 ? Math.min(i, rows.length - 2) : 'add');
                }}
              >
                ✕
              </Button>
              <span />
              <TextField
                hideLabel
                label={`Respondent ${i + 1}: who answered`}
                value={r.respondent ?? ''}
                placeholder="Who answered (optional)"
                onChange={(v) => set(editRow(rows, i, { respondent: v }))}
                errors={err(i, 'respondent')}
                {...(disabled !== undefined ? { disabled } : {})}
              />
              <span className="pm-small" style={{ paddingTop: 8, gridColumn: 'span 2' }}>
                <span className="pm-sr-only">Category: </span>
                <span data-testid="kano-survey-row-category">
                  {kanoPairLabel(r.functional, r.dysfunctional) ?? '—'}
                </span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {errors
        .filter((e) => e.path === 'scores.kanoSurvey.responses')
        .map(({ message: m }) => (
          <span key={m} className="pm-error-text" role="alert">
            {m}
          </span>
        ))}
      <div ref={addRef}>
        <Button
          isDisabled={!!disabled || full}
          onClick={() => {
            set([...rows, {}]);
            setFocusAfter(rows.length);
          }}
        >
          Add respondent
        </Button>
        {full ? <span className="pm-small pm-subtlest"> At most {MAX_SURVEY_ANSWERS} answers.</span> : null}
      </div>
    </div>
  );
}
