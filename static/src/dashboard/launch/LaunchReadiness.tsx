import { useEffect, useRef, useState } from 'react';
import type { LaunchPick } from '../../../../src/contract/payloads-launch-readiness';
import type { LaunchChoice } from '../../../../src/contract/views-launch-readiness';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { EmptyState, Loading } from '../../shared/ui';
import { useResolver } from '../../shared/useResolver';
import { LaunchTable } from './LaunchTable';

/**
 * Go-to-market readiness per launch: for each buyer persona and segment, the market message,
 * sales arguments, website and packaging / adverts / demos with their GTM items. Mounted after
 * the backlog answered and loaded only when scrolled near (each load is a billed invocation
 * that reads the launches' subtrees), so it stays off the page's time to content.
 */
export function LaunchReadiness() {
  const [visible, setVisible] = useState(false);
  const anchor = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = anchor.current;
    if (!el || typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      rootMargin: '200px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const [picked, setPicked] = useState('');
  const launch = pickOf(picked);
  const { data, error, loading, reload } = useResolver('getLaunchReadiness', launch ? { launch } : {}, visible);
  // The choices of the last answer stay while a pick loads, so the picker keeps its options.
  const choices = useRef<LaunchChoice[]>([]);
  if (data) choices.current = data.choices;
  const flagged = data?.launches.filter((l) => l.personasWithoutMessage > 0).length ?? 0;
  return (
    <section
      ref={anchor}
      aria-labelledby="pm-launch-h"
      className="pm-stack-sm"
      aria-busy={loading}
      data-testid="launch-readiness"
    >
      <h2 id="pm-launch-h" className="pm-h2">
        Launch readiness
      </h2>
      {choices.current.length > 0 ? (
        <LaunchPicker choices={choices.current} value={picked} onChange={setPicked} />
      ) : null}
      {error ? <ErrorPanel error={error} onRetry={reload} compact /> : null}
      {!data ? (
        error ? null : (
          <Loading label="Loading the launch readiness" rows={2} />
        )
      ) : data.launches.length === 0 ? (
        <EmptyState title={launch ? 'No go-to-market items for this launch' : 'No launches yet'}>
          A Launch item (linked to the initiative it launches) gathers the go-to-market items: market message, sales
          arguments, website, packaging, adverts and demos, each naming its buyer persona.
        </EmptyState>
      ) : (
        <>
          <p className="pm-small pm-muted">
            {flagged === 0
              ? 'Every buyer persona of every launch has a market message.'
              : `${flagged} of ${data.launches.length} ${data.launches.length === 1 ? 'launch has' : 'launches have'} a buyer persona without a market message: the message derives from the strategic work, so write it first.`}
            {data.note ? ` ${data.note}` : ''}
          </p>
          {data.launches.map((launch) => (
            <LaunchTable key={launch.key} launch={launch} />
          ))}
        </>
      )}
    </section>
  );
}

/** The picker's value: '' for the Launch items, else `release:<id>` or `initiative:<key>`. */
function pickOf(value: string): LaunchPick | undefined {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'release') return { kind, id };
  if (kind === 'initiative') return { kind, key: id };
  return undefined;
}

function LaunchPicker({
  choices,
  value,
  onChange,
}: {
  choices: LaunchChoice[];
  value: string;
  onChange: (value: string) => void;
}) {
  const releases = choices.filter((c): c is Extract<LaunchChoice, { kind: 'release' }> => c.kind === 'release');
  const initiatives = choices.filter(
    (c): c is Extract<LaunchChoice, { kind: 'initiative' }> => c.kind === 'initiative',
  );
  return (
    <p className="pm-small">
      <label htmlFor="pm-launch-pick" className="pm-muted">
        Launch{' '}
      </label>
      <select
        id="pm-launch-pick"
        className="pm-select"
        style={{ minHeight: 32 }}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Launch items</option>
        {releases.length > 0 ? (
          <optgroup label="Releases">
            {releases.map((r) => (
              <option key={r.id} value={`release:${r.id}`}>
                {r.name}
                {r.releaseDate ? ` (${r.releaseDate})` : ''}
                {r.released ? ', released' : ''}
              </option>
            ))}
          </optgroup>
        ) : null}
        {initiatives.length > 0 ? (
          <optgroup label="Initiatives">
            {initiatives.map((i) => (
              <option key={i.key} value={`initiative:${i.key}`}>
                {i.key} {i.summary}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </p>
  );
}
