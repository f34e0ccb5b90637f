import { useEffect, useMemo, useRef, useState } from 'react';
import { filterRoadmapItems, roadmapThemes } from '../../../src/contract/roadmap-filter';
import type { Horizon, RoadmapFilter, RoadmapLevel, ResultError, StatusCategory } from '../../../src/contract/api';
import { invoke } from '../shared/api';
import { CoverageWarning, ErrorPanel } from '../shared/ErrorPanel';
import { STATUS_CATEGORY_LABEL, formatNumber } from '../shared/format';
import { Button } from '../shared/native';
import { useResolver } from '../shared/useResolver';
import { EmptyState, Loading, downloadText } from '../shared/ui';
import { downloadBlob, pngBlob, svgBlob } from './export-image';
import { RoadmapBoard } from './RoadmapBoard';
import { RoadmapTimeline } from './RoadmapTimeline';
import { BOARD_HORIZONS, HORIZON_LABEL } from './roadmap-words';

const WINDOWS = [30, 60, 90, 180];
const STATUSES: StatusCategory[] = ['new', 'indeterminate', 'done'];
const DEFAULT_HORIZONS: Horizon[] = ['now', 'next', 'later'];

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Checks<T extends string>({
  legend,
  options,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  options: T[];
  chosen: T[];
  label: (v: T) => string;
  onChange: (v: T[]) => void;
}) {
  return (
    <fieldset className="pm-row" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="pm-label" style={{ float: 'left', marginRight: 8 }}>
        {legend}
      </legend>
      {options.map((o) => (
        <label key={o} className="pm-row pm-small" style={{ gap: 4 }}>
          <input type="checkbox" checked={chosen.includes(o)} onChange={() => onChange(toggle(chosen, o))} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The roadmap of the project page (`scope="project"`) or of the portfolio: a now / next /
 * later board or a timeline of initiatives or epics, filtered by theme, status and horizon,
 * exported as CSV (the server applies the same filter) or as an SVG / PNG image of the
 * timeline. Loads when it scrolls into view (each load is a billed invocation).
 */
export function RoadmapPanel({ scope }: { scope: 'project' | 'portfolio' }) {
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
  const [level, setLevel] = useState<RoadmapLevel>('epic');
  const [nextWithinDays, setWindow] = useState(90);
  const [view, setView] = useState<'board' | 'timeline'>('board');
  const [theme, setTheme] = useState<string>('*');
  const [statuses, setStatuses] = useState<StatusCategory[]>([]);
  const [horizons, setHorizons] = useState<Horizon[]>(DEFAULT_HORIZONS);
  const payload = { level, nextWithinDays };
  const { data, error, loading, reload } = useResolver(
    scope === 'project' ? 'getRoadmap' : 'getPortfolioRoadmap',
    payload,
    visible,
  );
  const filter = useMemo<RoadmapFilter>(
    () => ({ ...(theme !== '*' ? { themes: [theme] } : {}), statuses, horizons }),
    [theme, statuses, horizons],
  );
  const items = useMemo(() => (data ? filterRoadmapItems(data.items, filter) : []), [data, filter]);
  const themes = useMemo(() => (data ? roadmapThemes(data.items) : []), [data]);
  // One reason for every item (typically: no stored roll-up yet) is said once, not on each card.
  const reasons = new Set(data?.items.map((i) => (i.progress.state === 'unavailable' ? i.progress.reason : '')) ?? []);
  const sharedReason = reasons.size === 1 && !reasons.has('') ? [...reasons][0] : undefined;
  const svg = useRef<SVGSVGElement>(null);
  const [note, setNote] = useState<string>();
  const [exportError, setExportError] = useState<ResultError>();
  const [busy, setBusy] = useState<string>();
  const base = data
    ? `roadmap-${data.scope.kind === 'project' ? data.scope.key : 'portfolio'}-${data.today}`
    : 'roadmap';

  const exportCsv = async () => {
    setBusy('csv');
    setNote(undefined);
    setExportError(undefined);
    const res = await invoke(scope === 'project' ? 'exportRoadmapCsv' : 'exportPortfolioRoadmapCsv', {
      ...payload,
      filter,
    });
    setBusy(undefined);
    if (!res.ok) return setExportError(res.error);
    downloadText(res.data.filename, res.data.csv);
    setNote(
      `${formatNumber(res.data.rows)} rows exported${res.data.coverage.complete ? '' : ' (incomplete: not every item could be read)'}`,
    );
  };
  const exportImage = async (kind: 'svg' | 'png') => {
    if (!svg.current) return;
    setBusy(kind);
    setNote(undefined);
    try {
      downloadBlob(`${base}.${kind}`, kind === 'svg' ? svgBlob(svg.current) : await pngBlob(svg.current));
      setNote(`Timeline saved as ${kind.toUpperCase()}`);
    } catch (e) {
      setExportError({ code: 'internal', message: e instanceof Error ? e.message : 'The image could not be made.' });
    } finally {
      setBusy(undefined);
    }
  };

  const title = data
    ? `${data.scope.kind === 'project' ? data.scope.name : 'Portfolio'} roadmap, ${level === 'epic' ? 'epics' : 'initiatives'}, as of ${data.today}`
    : 'Roadmap';
  return (
    <section ref={anchor} aria-labelledby="pm-roadmap-h" className="pm-stack-sm" data-testid="roadmap">
      <div className="pm-toolbar">
        <h2 id="pm-roadmap-h" className="pm-h2">
          Roadmap
        </h2>
        <div className="pm-row">
          <div className="pm-seg" role="group" aria-label="Roadmap view">
            {(['board', 'timeline'] as const).map((v) => (
              <Button
                key={v}
                appearance={v === view ? 'primary' : 'default'}
                aria-pressed={v === view}
                onClick={() => setView(v)}
              >
                {v === 'board' ? 'Now / next / later' : 'Timeline'}
              </Button>
            ))}
          </div>
          <Button onClick={() => void exportCsv()} isLoading={busy === 'csv'} isDisabled={!data}>
            Export CSV
          </Button>
          {view === 'timeline' ? (
            <>
              <Button onClick={() => void exportImage('svg')} isLoading={busy === 'svg'} isDisabled={!data}>
                Download SVG
              </Button>
              <Button onClick={() => void exportImage('png')} isLoading={busy === 'png'} isDisabled={!data}>
                Download PNG
              </Button>
            </>
          ) : null}
          <span role="status" className="pm-small pm-muted">
            {note}
          </span>
        </div>
      </div>
      <div className="pm-row" style={{ gap: 16 }}>
        <label className="pm-row">
          <span className="pm-label">Items</span>
          <select
            className="pm-select"
            style={{ width: 130 }}
            value={level}
            onChange={(e) => setLevel(e.target.value as RoadmapLevel)}
          >
            <option value="epic">Epics</option>
            <option value="initiative">Initiatives</option>
          </select>
        </label>
        <label className="pm-row">
          <span className="pm-label">Next means within</span>
          <select
            className="pm-select"
            style={{ width: 110 }}
            value={nextWithinDays}
            onChange={(e) => setWindow(Number(e.target.value))}
          >
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
        <label className="pm-row">
          <span className="pm-label">Theme</span>
          <select
            className="pm-select"
            style={{ width: 220 }}
            value={theme}
            onChange={(e) => setTheme(e.target.value)}
            data-testid="roadmap-theme"
          >
            <option value="*">All themes</option>
            {themes.map((t) => (
              <option key={t.key} value={t.key}>
                {t.key ? `${t.key} ${t.summary}` : t.summary}
              </option>
            ))}
          </select>
        </label>
        <Checks
          legend="Horizon"
          options={BOARD_HORIZONS}
          chosen={horizons}
          label={(h) => HORIZON_LABEL[h]}
          onChange={setHorizons}
        />
        <Checks
          legend="Status"
          options={STATUSES}
          chosen={statuses}
          label={(s) => STATUS_CATEGORY_LABEL[s]}
          onChange={setStatuses}
        />
      </div>
      {exportError ? <ErrorPanel error={exportError} compact onRetry={() => setExportError(undefined)} /> : null}
      {error ? <ErrorPanel error={error} onRetry={reload} /> : null}
      {data ? <CoverageWarning coverage={data.coverage} /> : null}
      {!data ? (
        error ? null : (
          <Loading label="Loading the roadmap" rows={3} />
        )
      ) : data.items.length === 0 ? (
        <EmptyState title={`No ${level === 'epic' ? 'epics' : 'initiatives'} yet`}>
          The roadmap lists the {level === 'epic' ? 'epics' : 'initiatives'} you can browse
          {scope === 'portfolio' ? ' in every project' : ' in this project'}; give them start and due dates to place
          them on the timeline.
        </EmptyState>
      ) : (
        <>
          <p className="pm-small pm-subtlest" aria-live="polite" aria-busy={loading}>
            {formatNumber(items.length)} of {formatNumber(data.items.length)}{' '}
            {level === 'epic' ? 'epics' : 'initiatives'} shown · now = in progress or started, next = starting or due
            within {data.nextWithinDays} days, later = beyond or unscheduled
          </p>
          {sharedReason ? (
            <p className="pm-small" role="note" data-testid="roadmap-progress-shared">
              <strong>Delivery progress:</strong> {sharedReason}
            </p>
          ) : null}
          {view === 'board' ? (
            <RoadmapBoard
              items={items}
              horizons={horizons.length ? BOARD_HORIZONS.filter((h) => horizons.includes(h)) : BOARD_HORIZONS}
              showProject={scope === 'portfolio'}
              byTheme={data.level === 'epic'}
              {...(sharedReason ? { sharedReason } : {})}
            />
          ) : (
            <>
              <RoadmapTimeline ref={svg} items={items} today={data.today} title={title} releases={data.releases} />
              {data.releasesNote ? (
                <p className="pm-small pm-subtlest" data-testid="roadmap-releases-note">
                  {data.releasesNote}
                </p>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
