import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { RequirementRow, ScoreModel, ScoreView } from '../../../src/contract/api';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import { ScoreCell } from '../shared/ui';
import { InlineScoreEditor } from './InlineScoreEditor';

/**
 * A backlog row's score with an edit button: the row's inputs for the backlog's model open in
 * place, in a box under the cell (placed in the page, so the table's scrolling never clips it).
 * After a save the cell shows the new score and `onSaved` lets the table re-rank.
 */
export function InlineScoreCell({
  row,
  model,
  onSaved,
}: {
  row: RequirementRow;
  model: ScoreModel | undefined;
  onSaved: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<ScoreView>();
  const [pos, setPos] = useState<{ left: number; top: number }>();
  const button = useRef<HTMLButtonElement>(null);
  const shown = saved ?? row.mainScore;
  const editModel = model ?? row.mainScore.model;

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const r = button.current.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    setPos({
      left: Math.max(8, Math.min(r.right + window.scrollX - width, document.documentElement.clientWidth - width - 8)),
      top: r.bottom + window.scrollY + 4,
    });
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <span className="pm-nowrap" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <ScoreCell score={shown} />
      <button
        ref={button}
        type="button"
        className="pm-icon-btn"
        aria-label={`Edit ${MODEL_LABELS[editModel]} inputs of ${row.key}`}
        aria-expanded={open}
        data-testid={`inline-edit-${row.key}`}
        onClick={() => setOpen((o) => !o)}
      >
        ✎
      </button>
      {open
        ? createPortal(
            <div
              style={{
                position: 'absolute',
                zIndex: 20,
                width: 'min(420px, calc(100vw - 16px))',
                ...(pos ?? { left: 0, top: 0, visibility: 'hidden' }),
              }}
            >
              <InlineScoreEditor
                issueKey={row.key}
                model={editModel}
                onClose={close}
                onSaved={(view) => {
                  const next = view.scoreViews.find((s) => s.model === editModel);
                  if (next) setSaved(next);
                  close();
                  onSaved();
                }}
              />
            </div>,
            document.body,
          )
        : null}
    </span>
  );
}
