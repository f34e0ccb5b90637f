import { Card, ErrorText } from './Card';
import { evidenceInForce } from './config-model';
import type { CardProps } from './editor-props';

/** Which phases' issues are customer evidence (interviews, tickets, sales feedback), and which issues take evidence. */
export function EvidenceCard({ config, dispatch, readOnly: ro, at, card }: CardProps) {
  const inForce = evidenceInForce(config);
  const group = (list: 'itemPhases' | 'targetPhases', legend: string) => (
    <fieldset style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
      <legend className="pm-label">{legend}</legend>
      <div className="pm-row" style={{ marginTop: 6, gap: 12, flexWrap: 'wrap' }}>
        {config.phases.map((p) => (
          <label key={p.id} className="pm-row" style={{ gap: 6 }}>
            <input
              type="checkbox"
              disabled={ro}
              checked={inForce[list].includes(p.id)}
              onChange={(e) => dispatch({ type: 'evidence-phase', list, phaseId: p.id, on: e.target.checked })}
            />
            {p.name}
          </label>
        ))}
      </div>
      <ErrorText messages={at(`evidence.${list}`)} />
    </fieldset>
  );
  return (
    <Card
      {...card('evidence')}
      title="Customer evidence"
      id="pm-evidence-h"
      description="Product owners link evidence issues to problems and requirements in the issue panel, with a strength and a source; the evidence suggests a RICE confidence."
    >
      {config.evidence ? null : (
        <p className="pm-small pm-muted">Not customised: the default below applies until you change it.</p>
      )}
      {group('itemPhases', 'Issues in these phases are evidence')}
      {group('targetPhases', 'Evidence is linked to issues in these phases')}
    </Card>
  );
}
