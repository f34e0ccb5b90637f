import { useEffect, useRef, useState } from 'react';
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
  const { data, error, loading, reload } = useResolver('getLaunchReadiness', {}, visible);
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
      {error ? <ErrorPanel error={error} onRetry={reload} compact /> : null}
      {!data ? (
        error ? null : (
          <Loading label="Loading the launch readiness" rows={2} />
        )
      ) : data.launches.length === 0 ? (
        <EmptyState title="No launches yet">
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
