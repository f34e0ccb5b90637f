import { token } from '@atlaskit/tokens';
import type { Horizon, KpiStatus, RoadmapItem, RoadmapProgress } from '../../../src/contract/api';
import { formatDate } from '../shared/format';

export const HORIZON_LABEL: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later', done: 'Done' };
export const BOARD_HORIZONS: Horizon[] = ['now', 'next', 'later', 'done'];

/** KPI status as a colour (a dot on the timeline; always with its words beside or in a title). */
export const KPI_COLOR: Record<KpiStatus, string> = {
  'on-track': token('color.icon.success', '#22A06B'),
  'at-risk': token('color.icon.warning', '#E2B203'),
  'off-track': token('color.icon.danger', '#C9372C'),
  'no-data': token('color.icon.subtle', '#626F86'),
};

export function progressText(p: RoadmapProgress): string {
  if (p.state === 'available') return `${p.done} of ${p.total} children done`;
  if (p.state === 'no-children') return 'No child issues yet';
  return p.reason;
}

/** "due 15 Dec 2026", or "due by release 2.4 (15 Dec 2026)" when the day is its fix version's release date. */
export function dueText(item: Pick<RoadmapItem, 'dueDate' | 'dueByRelease'>): string {
  if (!item.dueDate) return 'no due date';
  return item.dueByRelease
    ? `due by release ${item.dueByRelease} (${formatDate(item.dueDate)})`
    : `due ${formatDate(item.dueDate)}`;
}
