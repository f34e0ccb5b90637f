import { MOSCOW_CATEGORIES } from '../../../src/contract/ui-runtime-shared';
import type { Option } from '../shared/fields';
import { MOSCOW_LABEL } from '../shared/format';

/** The canonical input scales (DESIGN.md section 2). */
export const RICE_IMPACT: Option<number>[] = [
  { value: 3, label: '3 — massive' },
  { value: 2, label: '2 — high' },
  { value: 1, label: '1 — medium' },
  { value: 0.5, label: '0.5 — low' },
  { value: 0.25, label: '0.25 — minimal' },
];

export const RICE_CONFIDENCE: Option<number>[] = [
  { value: 100, label: '100% — high' },
  { value: 80, label: '80% — medium' },
  { value: 50, label: '50% — low' },
];

export const FIBONACCI: Option<number>[] = [1, 2, 3, 5, 8, 13, 20].map((v) => ({ value: v, label: String(v) }));

export const ONE_TO_TEN: Option<number>[] = Array.from({ length: 10 }, (_, i) => ({
  value: i + 1,
  label: String(i + 1),
}));

/** The domain's categories, most important first; Won't says "this time", as DSDM means it. */
export const MOSCOW = MOSCOW_CATEGORIES.map((value) => ({
  value,
  label: value === 'wont' ? `${MOSCOW_LABEL[value]} (this time)` : MOSCOW_LABEL[value],
}));

export type KanoAnswer = 'like' | 'expect' | 'neutral' | 'tolerate' | 'dislike';

export const KANO_ANSWERS: Option<KanoAnswer>[] = [
  { value: 'like', label: 'I like it' },
  { value: 'expect', label: 'I expect it' },
  { value: 'neutral', label: 'I am neutral' },
  { value: 'tolerate', label: 'I can tolerate it' },
  { value: 'dislike', label: 'I dislike it' },
];

export { fieldName } from './field-names';
