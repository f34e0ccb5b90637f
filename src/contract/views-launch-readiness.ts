import type { GtmDeliverable } from '../domain/gtm/gtm-deliverable';
import type { CellStatus } from '../domain/gtm/launch-readiness';
import type { StatusCategory } from '../domain/issue/pm-issue';

/** A GTM item behind a readiness cell, linking to its Jira issue. */
export interface GtmItemView {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
}

/** The buyer persona of a row: named when the caller can browse it, else only said to exist. */
export type ReadinessPersona = { key: string; summary: string } | { hidden: true };

export interface LaunchReadinessRowView {
  /** null: the launch's items that name no persona. */
  persona: ReadinessPersona | null;
  /** From the items' `segment-` label; null: no segment named. */
  segment: string | null;
  /** The row's persona has no market message item in any segment. */
  noMessage: boolean;
  cells: Record<GtmDeliverable, { status: CellStatus; items: GtmItemView[] }>;
}

/** A Launch-phase issue, a Jira release (fix version) of the project, or an initiative. */
export type LaunchKind = 'launch' | 'release' | 'initiative';

export interface LaunchView {
  kind: LaunchKind;
  /** The issue key; for a release, the version's name. */
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  /** YYYY-MM-DD: the launch item's or initiative's due date, or the release's release date. */
  launchDate?: string;
  /** The initiatives (strategies) it launches, whose requirements name the buyer personas. */
  initiatives: { key: string; summary: string }[];
  rows: LaunchReadinessRowView[];
  /** Personas (named or not) without a market message: the launch is flagged when above 0. */
  personasWithoutMessage: number;
  /** Rows whose persona the caller cannot browse (counted, never named). */
  hiddenPersonas: number;
  overdue: boolean;
  /** Share of the persona rows' cells done, 0..1; null without persona rows. */
  doneShare: number | null;
}

/** A launch the caller may pick (releases they can list, initiatives they can browse). */
export type LaunchChoice =
  | { kind: 'release'; id: string; name: string; releaseDate?: string; released: boolean }
  | { kind: 'initiative'; key: string; summary: string };

export interface LaunchReadinessView {
  /** The picked launch alone, or without a pick every Launch-phase issue (up to LAUNCHES_MAX). */
  launches: LaunchView[];
  /** What can be picked: the project's unarchived releases, then its initiatives (capped). */
  choices: LaunchChoice[];
  /** Launch items of the project the caller can see (more than are shown past LAUNCHES_MAX). */
  total: number;
  /** YYYY-MM-DD in the site's time zone: what `overdue` compared with. */
  today: string;
  complete: boolean;
  note?: string;
}
