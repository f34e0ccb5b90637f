import type { ReactNode } from 'react';
import { Lozenge } from '../shared/native';
import type { ScoreModel, ScoreView } from '../../../src/contract/api';
import { formatNumber } from '../shared/format';
import { ScoreExplanation, scoreText } from '../shared/ui';
import type { RankState } from './useScoreRanks';

type RankOf = (model: ScoreModel, value: number | undefined) => RankState | undefined;

/** "+1,200" / "−0.5": how much a score moves, for numeric models. */
export function scoreDelta(from: ScoreView | undefined, to: ScoreView | undefined): string | undefined {
  // MoSCoW and Kano are categories: their order moves, not an amount.
  if (
    !from?.scored ||
    !to?.scored ||
    from.value === undefined ||
    to.value === undefined ||
    from.model === 'moscow' ||
    from.model === 'kano'
  )
    return undefined;
  const d = to.value - from.value;
  if (d === 0) return undefined;
  return `${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d))}`;
}

function rankText(r: RankState | undefined): string {
  if (!r) return '';
  if ('rank' in r) return `#${r.rank}`;
  if ('pending' in r) return '…';
  return '';
}

/** "#12 → #4 in this project's open work", or "Rank unavailable" (with why on hover) when Jira could not count. */
function RankLine({
  saved,
  next,
  short,
}: {
  saved: RankState | undefined;
  next: RankState | undefined;
  short?: boolean;
}) {
  const unavailable = [saved, next].find((r): r is { unavailable: string } => !!r && 'unavailable' in r);
  if (unavailable)
    return (
      <span className="pm-small pm-subtlest" title={unavailable.unavailable} data-testid="rank">
        Rank unavailable
      </span>
    );
  if (!saved && !next) return null;
  const moved = next && rankText(next) !== rankText(saved);
  return (
    <span
      className="pm-small pm-muted"
      data-testid="rank"
      title="Rank among the project's open work you can see, by this model"
    >
      {saved ? rankText(saved) : 'Unranked'}
      {moved ? (
        <>
          {' → '}
          <strong>{rankText(next)}</strong>
        </>
      ) : null}
      {short ? '' : ' in this project’s open work'}
    </span>
  );
}

/** Saved score → with your changes, and the difference. */
function ScoreFigure({
  model,
  was,
  next,
  testId = `score-${model}`,
}: {
  model: ScoreModel;
  was: ScoreView;
  next: ScoreView | undefined;
  testId?: string;
}) {
  const shown = next ?? was;
  const changed = next !== undefined && scoreText(next) !== scoreText(was);
  const delta = changed ? scoreDelta(was, next) : undefined;
  return (
    <span className="pm-num" style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      {changed ? (
        <>
          <span className="pm-subtlest" style={{ textDecoration: 'line-through' }}>
            {scoreText(was)}
          </span>
          {' → '}
          <strong>{scoreText(shown)}</strong>
        </>
      ) : (
        <strong
          className={shown.scored ? undefined : 'pm-subtlest'}
          style={shown.scored ? undefined : { fontWeight: 400 }}
        >
          {scoreText(shown)}
        </strong>
      )}
      {delta ? (
        <span className="pm-delta" data-testid={`delta-${model}`}>
          {' '}
          ({delta})
        </span>
      ) : null}
    </span>
  );
}

const ranksOf = (model: ScoreModel, was: ScoreView, next: ScoreView | undefined, rankOf: RankOf) => {
  const changed = next !== undefined && scoreText(next) !== scoreText(was);
  return {
    saved: rankOf(model, was.scored ? was.value : undefined),
    next: changed && next.scored ? rankOf(model, next.value) : undefined,
  };
};

/** A model's live score and rank for its heading in the inputs, so the number sits beside what moves it. */
export function ModelScoreBadge({
  model,
  saved,
  preview,
  rankOf,
}: {
  model: ScoreModel;
  saved: readonly ScoreView[];
  preview: readonly ScoreView[] | undefined;
  rankOf: RankOf;
}) {
  const was = saved.find((s) => s.model === model);
  if (!was) return null;
  const next = preview?.find((p) => p.model === model);
  const ranks = ranksOf(model, was, next, rankOf);
  return (
    <span className="pm-row pm-small" style={{ gap: 8 }} data-testid={`badge-${model}`}>
      <ScoreFigure model={model} was={was} next={next} testId={`badge-score-${model}`} />
      <RankLine saved={ranks.saved} next={ranks.next} short />
    </span>
  );
}

/**
 * Each shown model's score beside the inputs: saved → with your changes, the difference, the
 * rank change in the project and the breakdown. `children` is the save bar, at the top where it is seen first.
 */
export function ScoreAside({
  models,
  mainModel,
  saved,
  preview,
  rankOf,
  children,
}: {
  models: readonly ScoreModel[];
  mainModel: ScoreModel;
  saved: readonly ScoreView[];
  preview: readonly ScoreView[] | undefined;
  rankOf: RankOf;
  children: ReactNode;
}) {
  return (
    <aside className="pm-editor-aside" aria-labelledby="pm-preview-h" data-testid="score-aside">
      {children}
      <h3 id="pm-preview-h" className="pm-h3">
        Scores
      </h3>
      <p className="pm-small pm-subtlest">
        {preview
          ? 'With your unsaved inputs, next to the saved ones.'
          : 'Change an input to see the new score and rank before saving.'}
      </p>
      <ul className="pm-score-list" aria-live="polite" aria-label="Scores per model">
        {models.map((model) => {
          const was = saved.find((s) => s.model === model);
          if (!was) return null;
          const next = preview?.find((p) => p.model === model);
          const shown = next ?? was;
          const ranks = ranksOf(model, was, next, rankOf);
          return (
            <li key={model} data-model={model}>
              <div className="pm-row" style={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
                <span>
                  <strong>{was.label}</strong>
                  {model === mainModel ? (
                    <span style={{ marginLeft: 6 }}>
                      <Lozenge appearance="new">main</Lozenge>
                    </span>
                  ) : null}
                </span>
                <ScoreFigure model={model} was={was} next={next} />
              </div>
              {was.scored || shown.scored ? <RankLine saved={ranks.saved} next={ranks.next} /> : null}
              {/* The breakdown of the main model and of any the draft moves; the others stay one line. */}
              {model === mainModel || (next !== undefined && scoreText(next) !== scoreText(was)) || !shown.scored ? (
                <span className="pm-small pm-muted" style={{ display: 'block' }}>
                  <ScoreExplanation score={shown} hideTitle hideStale />
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
