import type { EvidenceEntry } from './evidence-property';
import type { StatusCategory } from './views';

/** A linked evidence issue the caller can see, with its rating. */
export interface EvidenceEntryView extends Omit<EvidenceEntry, 'linkedBy'> {
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  /** Days since it was heard; absent when the day lies ahead. */
  ageDays?: number;
}

/** An evidence issue linked to this one in Jira (an issue link) that nobody has rated yet. */
export interface UnratedEvidenceView {
  key: string;
  summary: string;
  status: string;
}

export interface EvidenceSourceView {
  kind: 'customer' | 'segment';
  name: string;
  count: number;
  strength: number;
}

/** The suggestion for RICE confidence from the evidence the caller can see (never applied by the app). */
export interface ConfidenceSuggestionView {
  confidence: 100 | 80 | 50;
  weight: number;
  reason: string;
}

/** getEvidence / saveEvidence: the evidence behind the issue in the context, as the caller may see it. */
export interface EvidenceView {
  issueKey: string;
  /** The stored document's version (0 when none): a save names it. */
  version: number;
  /** Whether this issue takes evidence (its phase is one of the configured targets). */
  applies: boolean;
  /** Whether this issue is itself an evidence item. */
  isEvidenceItem: boolean;
  /** Names of the phases whose issues count as evidence (for the UI's hints). */
  evidencePhases: string[];
  /** Edit Issues on this issue (false, unasked, where the issue takes no evidence). */
  canEdit: boolean;
  entries: EvidenceEntryView[];
  unrated: UnratedEvidenceView[];
  /**
   * Linked evidence the caller cannot see: only how many (never a key, summary or rating).
   * The figures below leave them out and say so through this count.
   */
  hiddenCount: number;
  summary: {
    count: number;
    strength: number;
    latestOn?: string;
    latestAgeDays?: number;
    undated: number;
    sources: EvidenceSourceView[];
  };
  suggestion: ConfidenceSuggestionView;
  /** The stored document could not be read (it fails its schema): shown, not overwritten. */
  unreadable: boolean;
}
