import type { EvidenceView } from '../../../../src/contract/api';

/** The strengths as the product owner picks them. */
export const STRENGTH_LABEL: Record<1 | 2 | 3, string> = { 1: '+1 weak', 2: '+2 clear', 3: '+3 strong' };

export function ageWords(ageDays: number | undefined): string {
  if (ageDays === undefined) return 'dated ahead';
  if (ageDays === 0) return 'today';
  if (ageDays === 1) return 'yesterday';
  if (ageDays < 60) return `${ageDays} days ago`;
  const months = Math.round(ageDays / 30);
  return months < 24 ? `${months} months ago` : `${Math.round(ageDays / 365)} years ago`;
}

/** "3 items, +7, latest 12 days ago" for the summary line. */
export function summaryLine(view: EvidenceView): string {
  const s = view.summary;
  if (s.count === 0) return 'No evidence you can see.';
  const latest = s.latestAgeDays !== undefined ? `, latest ${ageWords(s.latestAgeDays)}` : '';
  return `${s.count} ${s.count === 1 ? 'item' : 'items'}, strength +${s.strength}${latest}`;
}
