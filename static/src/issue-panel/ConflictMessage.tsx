import { SectionMessage, SectionMessageAction } from '../shared/native';
import { describeValue, formatDateTime } from '../shared/format';
import { diffPm, savedByName, scoreLeaves, type Changes, type ValueChange } from './conflict-merge';
import type { Pm } from './editor-draft';
import type { Conflict } from './editor-state';
import { fieldName } from './scales';
import { answerCount } from './kano-survey-draft';

function ValueTable({
  label,
  rows,
  fromHeading,
  toHeading,
}: {
  label: string;
  rows: ValueChange[];
  fromHeading: string;
  toHeading: string;
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="pm-table" style={{ marginTop: 8 }} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{fromHeading}</th>
            <th scope="col">{toHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.path}>
              <td style={{ whiteSpace: 'nowrap' }}>{fieldName(r.path)}</td>
              <td>{describeAt(r.path, r.from)}</td>
              <td>
                <strong>{describeAt(r.path, r.to)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A survey's answers are named by their number ("4 answers"), not listed pair by pair. */
function describeAt(path: string, value: unknown): string {
  return path === 'scores.kanoSurvey.responses' && Array.isArray(value)
    ? answerCount(value.length)
    : describeValue(value);
}

/** The value at a `diffPm` path (a field, or `scores.<model>[.<input>]`). */
function valueAt(pm: Pm, path: string): unknown {
  if (!path.startsWith('scores.')) return pm[path as keyof Pm] ?? null;
  return scoreLeaves(pm.scores ?? {}).get(path) ?? null;
}

/** Someone saved first: who, what they changed, what I changed, and the two ways on. */
export function ConflictMessage({
  conflict,
  base,
  mine,
  onReload,
  onReapply,
  busy,
}: {
  conflict: Conflict;
  base: Pm;
  mine: Changes;
  onReload: () => void;
  onReapply: () => void;
  busy: boolean;
}) {
  const fresh = conflict.fresh;
  const who = fresh ? (savedByName(fresh) ?? 'Someone') : undefined;
  const theirs = fresh ? diffPm(base, fresh.pm) : [];
  const yours = diffPm(base, { ...base, ...mine, scores: mine.scores ?? base.scores } as Pm).map((r) => ({
    ...r,
    from: fresh ? valueAt(fresh.pm, r.path) : r.from,
  }));
  return (
    <div role="alert" data-testid="conflict">
      <SectionMessage
        appearance="warning"
        title="Someone saved this requirement while you were editing"
        actions={[
          <SectionMessageAction key="reload" onClick={onReload}>
            Discard mine and load theirs
          </SectionMessageAction>,
          <SectionMessageAction key="reapply" onClick={onReapply}>
            {busy ? 'Re-applying…' : 'Re-apply my changes on top'}
          </SectionMessageAction>,
        ]}
      >
        <p>
          {conflict.error.message}
          {fresh
            ? ` Saved by ${who}${fresh.pm.updatedAt ? ` on ${formatDateTime(fresh.pm.updatedAt)}` : ''}.`
            : ''}{' '}
          Nothing was overwritten. Re-applying writes only the fields you changed; everything else keeps their values.
        </p>
        {fresh ? (
          <>
            <h4 className="pm-h3" style={{ marginTop: 8 }}>
              Changes by {who}
            </h4>
            {theirs.length > 0 ? (
              <ValueTable label={`Changes by ${who}`} rows={theirs} fromHeading="You loaded" toHeading="Now saved" />
            ) : (
              <p className="pm-small">No field differs from what you loaded.</p>
            )}
          </>
        ) : (
          <p className="pm-small">Loading their changes…</p>
        )}
        <h4 className="pm-h3" style={{ marginTop: 8 }}>
          Your changes
        </h4>
        <ValueTable label="Your changes" rows={yours} fromHeading="Saved now" toHeading="Your change" />
      </SectionMessage>
    </div>
  );
}
