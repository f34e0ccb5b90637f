import type { LaunchReadinessRowView, LaunchView } from '../../../../src/contract/views-launch-readiness';
import { formatDate, formatPercent } from '../../shared/format';
import { IssueLink } from '../../shared/lite';
import { Lozenge, type LozengeAppearance } from '../../shared/native';

/** Column order and names: the method's go-to-market steps after the message. */
const COLUMNS = [
  ['message', 'Market message'],
  ['sales', 'Sales arguments'],
  ['website', 'Website'],
  ['packaging', 'Packaging, adverts, demos'],
] as const;

const CELL: Record<'missing' | 'in-progress' | 'done', { label: string; appearance: LozengeAppearance }> = {
  missing: { label: 'Missing', appearance: 'removed' },
  'in-progress': { label: 'In progress', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
};

function personaLabel(row: LaunchReadinessRowView) {
  if (row.persona === null) return <span className="pm-muted">No persona named</span>;
  if ('hidden' in row.persona) return <span className="pm-muted">A persona you cannot see</span>;
  return (
    <>
      <IssueLink issueKey={row.persona.key} inText />{' '}
      <span className="pm-row-summary" style={{ display: 'inline' }}>
        {row.persona.summary}
      </span>
    </>
  );
}

/** One launch: its date and flags, then buyer persona / segment x deliverable with the items behind each cell. */
export function LaunchTable({ launch }: { launch: LaunchView }) {
  // A release is named by its version, which is no issue key: no link, and its own test id.
  const isRelease = launch.kind === 'release';
  const testId = isRelease ? `launch-release-${launch.key}` : `launch-${launch.key}`;
  const headingId = `pm-${testId}`;
  return (
    <article className="pm-stack-sm" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="pm-h3">
        {isRelease ? null : <IssueLink issueKey={launch.key} inText />} {launch.summary}
      </h3>
      <p className="pm-small pm-row" style={{ flexWrap: 'wrap', gap: 8 }}>
        <span>{launch.launchDate ? `Launch date ${formatDate(launch.launchDate)}` : 'No launch date set'}</span>
        {launch.overdue ? <Lozenge appearance="removed">Launch date passed, not ready</Lozenge> : null}
        {launch.personasWithoutMessage > 0 ? (
          <Lozenge appearance="removed">
            {launch.personasWithoutMessage === 1
              ? '1 persona without a market message'
              : `${launch.personasWithoutMessage} personas without a market message`}
          </Lozenge>
        ) : null}
        {launch.doneShare !== null ? <span className="pm-muted">{formatPercent(launch.doneShare)} done</span> : null}
        {launch.initiatives.length > 0 && launch.kind !== 'initiative' ? (
          <span className="pm-muted">
            Launches{' '}
            {launch.initiatives.map((i, n) => (
              <span key={i.key}>
                {n > 0 ? ', ' : ''}
                <IssueLink issueKey={i.key} inText />
              </span>
            ))}
          </span>
        ) : null}
      </p>
      {launch.hiddenPersonas > 0 ? (
        <p className="pm-small pm-muted">
          {launch.hiddenPersonas === 1
            ? '1 persona you cannot see is counted, not named.'
            : `${launch.hiddenPersonas} personas you cannot see are counted, not named.`}
        </p>
      ) : null}
      {launch.rows.length === 0 ? (
        <p className="pm-small pm-muted">
          No buyer persona yet: link personas to the launched initiative&apos;s requirements, or name one on a GTM item.
        </p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="pm-table">
            <caption className="pm-sr-only">
              Go-to-market readiness of {launch.key} per buyer persona and segment
            </caption>
            <thead>
              <tr>
                <th scope="col">Buyer persona and segment</th>
                {COLUMNS.map(([id, name]) => (
                  <th scope="col" key={id}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {launch.rows.map((row, r) => (
                <tr key={r} className={row.noMessage ? 'pm-launch-flagged' : undefined}>
                  <th scope="row">
                    {personaLabel(row)}
                    <div className="pm-small pm-muted">{row.segment ? `Segment: ${row.segment}` : 'All segments'}</div>
                    {row.noMessage ? (
                      <Lozenge appearance="removed" title="The market message derives from the strategic work">
                        No market message
                      </Lozenge>
                    ) : null}
                  </th>
                  {COLUMNS.map(([id]) => {
                    const cell = row.cells[id];
                    return (
                      <td key={id}>
                        <Lozenge appearance={CELL[cell.status].appearance}>{CELL[cell.status].label}</Lozenge>
                        {cell.items.length > 0 ? (
                          <ul className="pm-launch-items">
                            {cell.items.map((item) => (
                              <li key={item.key}>
                                <IssueLink issueKey={item.key} inText />{' '}
                                <span className="pm-small">
                                  {item.summary} ({item.status})
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
