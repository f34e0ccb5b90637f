import { useEffect, useRef, useState } from 'react';
import type { ScoreModel, ScoreView } from '../../../src/contract/api';
import { invoke } from '../shared/api';

/** A rank as the aside shows it: a number, unavailable (with why), or still being counted. */
export type RankState = { rank: number } | { unavailable: string } | { pending: true };

/** Wait this long after the last keystroke before asking Jira (every invocation is billed). */
const SETTLE_MS = 700;

const keyOf = (model: ScoreModel, value: number) => `${model}:${value}`;

/**
 * Ranks in the project for the saved scores of `models` and, once typing settles, for the
 * previewed ones: one `getScoreRanks` call for all that are not known yet (Jira counts each:
 * score-ranks.ts). Answers are kept by model and value, so typing back a known value asks nothing.
 */
export function useScoreRanks(
  models: readonly ScoreModel[],
  saved: readonly ScoreView[],
  preview: readonly ScoreView[] | undefined,
): (model: ScoreModel, value: number | undefined) => RankState | undefined {
  const [known, setKnown] = useState<ReadonlyMap<string, RankState>>(new Map());
  const asked = useRef(new Set<string>());
  const wanted = [...saved, ...(preview ?? [])]
    .filter((s) => models.includes(s.model) && s.scored && s.value !== undefined && Number.isFinite(s.value))
    .map((s) => ({ model: s.model, value: s.value as number }));
  const missing = wanted.filter((w) => !asked.current.has(keyOf(w.model, w.value)));
  const missingJson = JSON.stringify(missing.slice(0, 14));

  useEffect(() => {
    const scores = JSON.parse(missingJson) as { model: ScoreModel; value: number }[];
    if (scores.length === 0) return;
    const timer = setTimeout(
      () => {
        for (const s of scores) asked.current.add(keyOf(s.model, s.value));
        setKnown(
          (m) =>
            new Map([...m, ...scores.map((s) => [keyOf(s.model, s.value), { pending: true } as RankState] as const)]),
        );
        void invoke('getScoreRanks', { scores }).then((res) => {
          const answers: [string, RankState][] = res.ok
            ? res.data.ranks.map((r) => [
                keyOf(r.model, r.value),
                r.rank !== undefined
                  ? { rank: r.rank }
                  : { unavailable: r.unavailable ?? 'Jira could not count the ranking.' },
              ])
            : scores.map((s) => [keyOf(s.model, s.value), { unavailable: res.error.message }]);
          setKnown((m) => new Map([...m, ...answers]));
        });
      },
      // The saved scores' ranks are asked at once; previews wait for typing to settle.
      preview ? SETTLE_MS : 0,
    );
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missingJson]);

  // Models not in `models` are never asked about: no rank rather than one forever pending.
  return (model, value) =>
    value === undefined || !models.includes(model) ? undefined : (known.get(keyOf(model, value)) ?? { pending: true });
}
