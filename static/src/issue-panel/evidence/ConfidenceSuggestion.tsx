import { Button } from '../../shared/native';
import { useEvidence } from './EvidenceContext';

/**
 * Beside the RICE confidence input: the confidence the evidence suggests, with its
 * reason. Never applied by itself: the button puts it in the input, and the user still saves.
 */
export function ConfidenceSuggestion({
  current,
  onApply,
  disabled,
}: {
  current: number | null | undefined;
  onApply: (confidence: number) => void;
  disabled?: boolean;
}) {
  const evidence = useEvidence();
  const view = evidence?.data;
  if (!view || !view.applies) return null;
  const { confidence, reason } = view.suggestion;
  const same = current === confidence;
  return (
    <span
      style={{ display: 'flex', flexDirection: 'column', gap: 4, alignItems: 'flex-start' }}
      data-testid="confidence-suggestion"
      role="note"
      aria-label="Confidence suggested from evidence"
    >
      <span>
        <strong>Suggested from evidence: {confidence} %.</strong> <span className="pm-muted">{reason}</span>
      </span>
      <span>
        {/* The visible words are the accessible name (axe label-content-name-mismatch: a voice user says what they see). */}
        <Button spacing="compact" isDisabled={disabled || same} onClick={() => onApply(confidence)}>
          {same ? 'Matches the suggestion' : `Use the suggested confidence, ${confidence} %`}
        </Button>
      </span>
    </span>
  );
}
